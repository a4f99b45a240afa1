import type { RawData, WebSocket } from "ws";
import { z } from "zod";
import { admitDevice, DeviceOwner, DeviceTokenVerifier } from "../../kit/device-auth";
import { HttpError } from "../../kit/errors";
import { bearerToken } from "../../kit/internal-credential";
import type { RateLimiter } from "../../kit/rate-limit";

/** Close code of a connection without a valid device token (4000-4999 are the application's; 4401 mirrors HTTP 401). */
export const unauthorizedCloseCode = 4401;

/** How long a client that sent no Authorization header has to send its `auth` event. */
export const authEventTimeoutMs = 5000;
/** Frames a client may send while its token is being checked; they are handled once it is admitted. */
const framesBeforeAdmission = 256;

const authEvent = z.strictObject({ type: z.literal("auth"), token: z.string().min(1).max(200) });

export type EarlyFrame = [data: RawData, isBinary: boolean];

export type Admission = { admitted: true; owner: DeviceOwner; early: EarlyFrame[] } | { admitted: false; code: string; message: string; closeCode: number };

/**
 * Admits a new audio connection for a device: its token comes from the upgrade's `Authorization:
 * Bearer` header (satellites, the `talk` command) or, for browsers, which cannot set headers on a
 * WebSocket, from a first event `{"type":"auth","token"}`. Frames that arrive while the token is
 * checked are kept, in order, for the session.
 */
export async function admitConnection(
  socket: WebSocket,
  authorization: string | string[] | undefined,
  verifier: DeviceTokenVerifier,
  limiter: RateLimiter,
): Promise<Admission> {
  const early: EarlyFrame[] = [];
  let arrived: () => void = () => undefined;
  const keep = (data: RawData, isBinary: boolean) => {
    early.push([data, isBinary]);
    arrived();
  };
  socket.on("message", keep);
  try {
    let token = bearerToken(authorization);
    if (token === undefined) {
      if (early.length === 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, authEventTimeoutMs);
          arrived = () => {
            clearTimeout(timer);
            resolve();
          };
          socket.once("close", arrived);
        });
      }
      const first = early.shift();
      token = first && !first[1] ? authTokenOf(first[0]) : undefined;
      if (token === undefined) {
        return refusal("unauthorized", "send a device token as Authorization: Bearer on the upgrade, or as a first event {\"type\":\"auth\",\"token\"}", unauthorizedCloseCode);
      }
    }
    const owner = await admitDevice(`Bearer ${token}`, verifier, limiter);
    if (early.length > framesBeforeAdmission) return refusal("too_early", "too many frames before the device was admitted", unauthorizedCloseCode);
    return { admitted: true, owner, early };
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    const closeCode = err.statusCode === 401 ? unauthorizedCloseCode : 1013;
    return refusal(err.code, err.message, closeCode);
  } finally {
    socket.off("message", keep);
  }
}

function authTokenOf(data: RawData): string | undefined {
  try {
    const parsed = authEvent.safeParse(JSON.parse(Buffer.isBuffer(data) ? data.toString("utf8") : String(data)));
    return parsed.success ? parsed.data.token : undefined;
  } catch {
    return undefined;
  }
}

const refusal = (code: string, message: string, closeCode: number): Admission => ({ admitted: false, code, message, closeCode });
