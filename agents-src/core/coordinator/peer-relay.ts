import type { FastifyReply } from "fastify";
import { serviceUnavailable } from "../../kit/errors";
import { isUnavailable } from "./peer-unavailable";

/** A peer that is down or failing is the stack's trouble, not the client's: 503, saying which. */
export function asServiceUnavailable(err: unknown): never {
  if (isUnavailable(err)) throw serviceUnavailable(`${(err as Error).message}; try again shortly`, 1);
  throw err;
}

/** Answers a device with the peer's answer; a peer's 4xx (404 for what is not the user's, 409 for a finished timer) is the client's answer as it stands. */
export async function relayPeerAnswer(reply: FastifyReply, call: Promise<{ status: number; body: unknown }>): Promise<FastifyReply> {
  const { status, body } = await call.catch(asServiceUnavailable);
  return status === 204 ? reply.status(204).send() : reply.status(status).send(body);
}
