import type { FastifyRequest } from "fastify";
import { HttpError } from "./errors";
import { currentUserId } from "./request-context";

/**
 * The user a request to an internal agent acts for. The coordinator and the audio ingress set it
 * from the caller's device token; peers trust it only on requests that carried the internal
 * credential (the kit checks that before any route runs) and forward it on their own peer calls.
 */
export const userScopeHeader = "x-voice-user";

/** What a user id may be: also a safe folder name (no "/", never "." or ".."). */
export const userScopePattern = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

/** The header's value when it is well formed; the kit's onRequest hook reads it once per request. */
export function userScopeOf(request: FastifyRequest): string | undefined {
  const value = request.headers[userScopeHeader];
  return typeof value === "string" && userScopePattern.test(value) ? value : undefined;
}

/**
 * The user this request is scoped to. A user-scoped route without one is refused, never widened to
 * every user; a body that names another user than the scope is refused too.
 */
export function requireUserScope(request: FastifyRequest, namedInBody?: string | null): string {
  const userId = currentUserId();
  if (userId === undefined) {
    const sent = request.headers[userScopeHeader];
    throw new HttpError(
      400,
      "user_scope_required",
      sent === undefined ? `this route acts for one user: send the ${userScopeHeader} header` : `${userScopeHeader} must match ${userScopePattern}`,
    );
  }
  if (namedInBody !== undefined && namedInBody !== null && namedInBody !== userId) {
    throw new HttpError(403, "scope_mismatch", `userId ${JSON.stringify(namedInBody)} is not the request's user`);
  }
  return userId;
}
