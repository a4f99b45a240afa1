import { timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";

/**
 * Secrets reach agents as files (`*_FILE` variables), never as environment values that `ps` and
 * `docker inspect` show. The file holds the secret alone; a trailing newline is not part of it.
 */
export function readSecretFile(path: string, what: string): string {
  const secret = readFileSync(path, "utf8").trim();
  if (secret.length < 16) throw new Error(`${what} in ${path} is shorter than 16 characters`);
  return secret;
}

/** The credential out of an `Authorization: Bearer ...` header, or undefined. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  if (typeof header !== "string") return undefined;
  const match = /^Bearer +(\S+)$/i.exec(header.trim());
  return match?.[1];
}

/** Compares in constant time, so the answer's timing says nothing about how much of a guess was right. */
export function sameSecret(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
