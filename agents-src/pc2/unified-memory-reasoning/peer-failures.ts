import { HttpError, PeerError, serviceUnavailable } from "../../kit";

/** A peer that is down or failing makes this service unavailable too (503); anything else is a fault here. */
export function peerUnavailable(err: unknown): unknown {
  if (err instanceof PeerError && (err.status === undefined || err.status >= 500)) {
    return serviceUnavailable(`${err.peer} is unavailable: ${err.message}`, 1);
  }
  return err;
}

export function unexpectedPeerBody(peer: string, issues: unknown): HttpError {
  return new HttpError(502, "bad_gateway", `${peer} answered with an unexpected body`, issues);
}
