import { PeerError } from "../../kit/peer-client";

/** True when a peer could not be reached or failed, as opposed to refusing the request or being cancelled. */
export function isUnavailable(err: unknown): boolean {
  return err instanceof PeerError && err.code !== "aborted" && (err.status === undefined || err.status >= 500);
}
