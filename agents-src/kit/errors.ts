import type { z } from "zod";

/** A client-visible failure; the kit's error handler turns it into DESIGN.md's error envelope. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const badRequest = (message: string, details?: unknown) => new HttpError(400, "bad_request", message, details);
export const notFound = (message: string) => new HttpError(404, "not_found", message);
export const conflict = (message: string, details?: unknown) => new HttpError(409, "conflict", message, details);
export const payloadTooLarge = (message: string) => new HttpError(413, "payload_too_large", message);
export const unsupportedMediaType = (message: string) => new HttpError(415, "unsupported_media_type", message);
export const serviceUnavailable = (message: string, retryAfterSeconds?: number) =>
  new HttpError(503, "unavailable", message, undefined, retryAfterSeconds);

export interface ErrorEnvelope {
  error: { code: string; message: string; details?: unknown };
}

export function envelope(code: string, message: string, details?: unknown): ErrorEnvelope {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Validates a request body (or query, or params) against a zod schema; a mismatch is a 400 naming each field. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, what = "body"): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new HttpError(
    400,
    "validation_failed",
    `invalid request ${what}`,
    result.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
  );
}
