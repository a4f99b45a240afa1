import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Pool } from "pg";
import { addUser, issueDeviceToken } from "../../agents-src/memory/identity/device-tokens";
import { userScopeHeader } from "../../agents-src/kit/user-scope";

export interface InternalCredential {
  /** INTERNAL_TOKEN_FILE for the agents a test starts. */
  file: string;
  headers: { authorization: string };
}

let credential: InternalCredential | undefined;

/** One internal credential per test process, in a file as the launcher writes it. */
export function internalCredential(): InternalCredential {
  if (!credential) {
    const token = randomBytes(32).toString("base64url");
    const file = join(mkdtempSync(join(tmpdir(), "voice-internal-")), "internal-token");
    writeFileSync(file, `${token}\n`, { mode: 0o600 });
    credential = { file, headers: { authorization: `Bearer ${token}` } };
  }
  return credential;
}

/** What an internal agent needs to trust a call made for `userId`: the credential and the user scope. */
export function actingAs(userId: string): Record<string, string> {
  return { ...internalCredential().headers, [userScopeHeader]: userId };
}

/** Adds the user (if new) and a device token for it, as `npm run users -- token` does. */
export async function deviceTokenFor(databaseUrl: string, userId: string, device = "test device"): Promise<{ token: string; tokenId: string }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    await addUser(pool, userId);
    const { token, record } = await issueDeviceToken(pool, userId, device);
    return { token, tokenId: record.id };
  } finally {
    await pool.end();
  }
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
