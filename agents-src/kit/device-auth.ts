import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { isEdgeRoute } from "./access-control";
import { HttpError, serviceUnavailable } from "./errors";
import { bearerToken } from "./internal-credential";
import { PeerClient, PeerError } from "./peer-client";
import { RateLimiter } from "./rate-limit";
import { runAsUser } from "./request-context";

export interface DeviceOwner {
  userId: string;
  tokenId: string;
}

/** Settings every edge agent (coordinator, audio ingress) reads from its environment. */
export const edgeAccessVariables = {
  /** How long a token's answer is reused: a revoked token still works for at most this long on an agent that saw it. */
  DEVICE_TOKEN_CACHE_MS: z.coerce.number().int().min(0).default(2000),
  /** Per device token. Sized to stop a runaway device without throttling `npm run bench:ask` (171 turns/s at its peak). */
  EDGE_RATE_PER_SECOND: z.coerce.number().positive().default(200),
  EDGE_RATE_BURST: z.coerce.number().int().positive().default(400),
};

/** Where memory-orchestrator, which owns the users table, answers whose token this is. */
export const verifyDeviceTokenPath = "/v1/device-tokens/verify";

export const unauthorized = (message: string) => new HttpError(401, "unauthorized", message);

export const missingDeviceToken = () =>
  unauthorized("send a device token as Authorization: Bearer (create one with `npm run users -- token NAME`)");

/**
 * Checks device tokens against memory-orchestrator, remembering each answer for a short time so a
 * busy device costs one lookup every `cacheMs` rather than one per request.
 */
export class DeviceTokenVerifier {
  private readonly answers = new Map<string, { owner: DeviceOwner | null; until: number }>();

  constructor(
    private readonly identity: PeerClient,
    private readonly cacheMs: number,
  ) {}

  /** The token's owner; a 401 for an unknown or revoked token, a 503 when it cannot be checked. */
  async owner(token: string | undefined): Promise<DeviceOwner> {
    if (token === undefined) throw missingDeviceToken();
    const now = Date.now();
    const cached = this.answers.get(token);
    const owner = cached && cached.until > now ? cached.owner : await this.lookup(token, now);
    if (owner === null) throw unauthorized("device token not recognised or revoked");
    return owner;
  }

  private async lookup(token: string, now: number): Promise<DeviceOwner | null> {
    let owner: DeviceOwner | null;
    try {
      owner = await this.identity.post<DeviceOwner>(verifyDeviceTokenPath, { token }, { idempotent: true });
    } catch (err) {
      if (!(err instanceof PeerError && err.status === 401)) throw serviceUnavailable(`cannot check the device token: ${(err as Error).message}`, 1);
      owner = null;
    }
    if (this.cacheMs > 0) {
      if (this.answers.size > 10_000) this.answers.clear();
      this.answers.set(token, { owner, until: now + this.cacheMs });
    }
    return owner;
  }
}

/** An edge request's device: its token checked, and its rate taken; what the user acts as. */
export async function admitDevice(
  authorization: string | string[] | undefined,
  verifier: DeviceTokenVerifier,
  limiter: RateLimiter,
): Promise<DeviceOwner> {
  const owner = await verifier.owner(bearerToken(authorization));
  const taken = limiter.take(owner.tokenId);
  if (!taken.allowed) {
    throw new HttpError(429, "rate_limited", `too many requests from this device; retry in ${taken.retryAfterSeconds} s`, undefined, taken.retryAfterSeconds);
  }
  return owner;
}

/**
 * Edge routes (route config `access: "edge"`) admit a device instead of the internal credential;
 * the handler and every peer call it makes then act for the token's user.
 */
export function guardEdgeRoutes(app: FastifyInstance, verifier: DeviceTokenVerifier, limiter: RateLimiter): void {
  app.addHook("onRequest", (request, _reply, done) => {
    if (!isEdgeRoute(request)) return done();
    admitDevice(request.headers.authorization, verifier, limiter).then(
      (owner) => runAsUser(owner.userId, done),
      (err: Error) => done(err),
    );
  });
}
