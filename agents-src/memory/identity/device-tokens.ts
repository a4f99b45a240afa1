import { createHash, randomBytes } from "node:crypto";
import type { ClientBase, Pool } from "pg";
import { userScopePattern } from "../../kit/user-scope";

/** A pool for the agents and commands, one client for db-setup: both only query. */
type Queryable = Pool | ClientBase;

/** A user id is also how the user is named on the command line and in logs: short and plain (the kit's one rule). */
export const userIdPattern = userScopePattern;

/** 32 random bytes: guessing one is out of reach, so a plain SHA-256 (no salt, no stretching) is enough to store. */
export function newDeviceToken(): string {
  return randomBytes(32).toString("base64url");
}

export function tokenDigest(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

export interface DeviceTokenRecord {
  id: string;
  userId: string;
  device: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface TokenOwner {
  tokenId: string;
  userId: string;
}

interface TokenRow {
  id: string;
  user_id: string;
  device: string;
  created_at: Date;
  revoked_at: Date | null;
}

const toRecord = (row: TokenRow): DeviceTokenRecord => ({
  id: row.id,
  userId: row.user_id,
  device: row.device,
  createdAt: row.created_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

export async function addUser(pool: Queryable, userId: string): Promise<boolean> {
  if (!userIdPattern.test(userId)) throw new Error(`user name "${userId}" must match ${userIdPattern}`);
  const { rowCount } = await pool.query("INSERT INTO users (id) VALUES ($1) ON CONFLICT (id) DO NOTHING", [userId]);
  return rowCount === 1;
}

/** Creates a token for an existing user; the token is returned once and only its digest is kept. */
export async function issueDeviceToken(pool: Pool, userId: string, device: string): Promise<{ token: string; record: DeviceTokenRecord }> {
  const token = newDeviceToken();
  const record = await storeTokenDigest(pool, userId, device, tokenDigest(token));
  return { token, record };
}

export async function storeTokenDigest(pool: Pool, userId: string, device: string, digest: Buffer): Promise<DeviceTokenRecord> {
  const { rows } = await pool.query<TokenRow>(
    `INSERT INTO device_tokens (user_id, device, token_sha256)
     SELECT id, $2, $3 FROM users WHERE id = $1
     RETURNING id, user_id, device, created_at, revoked_at`,
    [userId, device, digest],
  );
  if (rows.length === 0) throw new Error(`no user "${userId}" (add it first: npm run users -- add ${userId})`);
  return toRecord(rows[0]);
}

/**
 * Makes sure `userId` exists and holds a token with this digest: the first token of a fresh stack,
 * from a Pulumi secret or the launcher. Running it again changes nothing.
 */
export async function ensureTokenOwner(pool: Queryable, userId: string, device: string, digest: Buffer): Promise<void> {
  await addUser(pool, userId);
  await pool.query(
    `INSERT INTO device_tokens (user_id, device, token_sha256) VALUES ($1, $2, $3) ON CONFLICT (token_sha256) DO NOTHING`,
    [userId, device, digest],
  );
}

export async function findTokenOwner(pool: Pool, token: string): Promise<TokenOwner | null> {
  const { rows } = await pool.query<{ id: string; user_id: string }>(
    "SELECT id, user_id FROM device_tokens WHERE token_sha256 = $1 AND revoked_at IS NULL",
    [tokenDigest(token)],
  );
  return rows[0] ? { tokenId: rows[0].id, userId: rows[0].user_id } : null;
}

export type RevokeTarget = { tokenId: string } | { device: string };

export async function revokeTokens(pool: Pool, target: RevokeTarget): Promise<DeviceTokenRecord[]> {
  const [condition, value] = "tokenId" in target ? ["id = $1::uuid", target.tokenId] : ["device = $1", target.device];
  const { rows } = await pool.query<TokenRow>(
    `UPDATE device_tokens SET revoked_at = now() WHERE ${condition} AND revoked_at IS NULL
     RETURNING id, user_id, device, created_at, revoked_at`,
    [value],
  );
  return rows.map(toRecord);
}

export async function listTokens(pool: Pool): Promise<DeviceTokenRecord[]> {
  const { rows } = await pool.query<TokenRow>(
    "SELECT id, user_id, device, created_at, revoked_at FROM device_tokens ORDER BY user_id, created_at",
  );
  return rows.map(toRecord);
}

export async function listUsers(pool: Pool): Promise<string[]> {
  return (await pool.query<{ id: string }>("SELECT id FROM users ORDER BY id")).rows.map((r) => r.id);
}
