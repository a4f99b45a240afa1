import type { FastifyInstance } from "fastify";
import { serviceUnavailable } from "..";

// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, restart),
// plus 53300 (too many connections): the server is absent or refusing, not the request at fault.
const unavailableSqlStates = new Set(["08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03", "53300"]);
const unavailableNetworkCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH"]);
// node-postgres raises these as plain Errors without a code.
const unavailableMessages = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout|Connection ended unexpectedly/i;

// Duck-typed rather than `instanceof Error`: socket errors may come from another realm (a test
// runner's sandbox), and an unrecognised one must still become a 503, not a 500.
export function isDatabaseUnavailable(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const { code, message, errors } = err as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === "string" && (unavailableSqlStates.has(code) || unavailableNetworkCodes.has(code))) return true;
  if (Array.isArray(errors)) return errors.some(isDatabaseUnavailable);
  return typeof message === "string" && unavailableMessages.test(message);
}

/**
 * Turns "PostgreSQL is unreachable" into a 503 with Retry-After for every route of `scope`; any
 * other error goes on to the kit's handler.
 */
export function answerUnavailableDatabaseWith503(scope: FastifyInstance, retryAfterSeconds = 1): void {
  scope.setErrorHandler((err) => {
    if (isDatabaseUnavailable(err)) throw serviceUnavailable("database unavailable", retryAfterSeconds);
    throw err;
  });
}
