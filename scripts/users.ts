/**
 * `npm run users -- add NAME | token NAME [--device LABEL] | revoke TOKEN-ID | revoke --device LABEL | list`:
 * users and their device tokens, in the stack's database (DATABASE_URL, else the one `npm start`
 * runs, named in .data/database-url). A token is printed once, when it is made; only its digest is kept.
 */
import { existsSync, readFileSync } from "node:fs";
import { Pool } from "pg";
import { addUser, issueDeviceToken, listTokens, listUsers, revokeTokens, userIdPattern } from "../agents-src/memory/identity/device-tokens";
import { databaseUrlPath, localDataDir } from "../agents-src/launcher/local-credentials";

const usage = `usage: npm run users -- add NAME
       npm run users -- token NAME [--device LABEL]
       npm run users -- revoke TOKEN-ID | --device LABEL
       npm run users -- list`;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function databaseUrl(): string | undefined {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const path = databaseUrlPath(localDataDir());
  return existsSync(path) ? readFileSync(path, "utf8").trim() : undefined;
}

function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function run(pool: Pool, [command, ...args]: string[]): Promise<number> {
  switch (command) {
    case "add": {
      const [name] = args;
      if (!name || !userIdPattern.test(name)) return fail(`a user name matching ${userIdPattern}`);
      console.log((await addUser(pool, name)) ? `user ${name} added` : `user ${name} already exists`);
      return 0;
    }
    case "token": {
      const [name] = args;
      if (!name) return fail("the user the token is for");
      const device = flag(args, "--device") ?? "unnamed device";
      const { token, record } = await issueDeviceToken(pool, name, device);
      console.log(token);
      console.error(`token ${record.id} for ${name} (${device}); shown once, keep it secret. Send it as Authorization: Bearer, or set VOICE_DEVICE_TOKEN for ask/talk.`);
      return 0;
    }
    case "revoke": {
      const device = flag(args, "--device");
      const [tokenId] = args;
      if (device === undefined && !uuid.test(tokenId ?? "")) return fail("a token id (npm run users -- list) or --device LABEL");
      const revoked = await revokeTokens(pool, device !== undefined ? { device } : { tokenId });
      if (revoked.length === 0) return fail("no such token that is not already revoked");
      for (const t of revoked) console.log(`revoked ${t.id} (${t.userId}, ${t.device})`);
      return 0;
    }
    case "list": {
      const tokens = await listTokens(pool);
      for (const user of await listUsers(pool)) {
        console.log(user);
        for (const t of tokens.filter((t) => t.userId === user)) {
          console.log(`  ${t.id}  ${t.device}  created ${t.createdAt}${t.revokedAt ? `  revoked ${t.revokedAt}` : ""}`);
        }
      }
      return 0;
    }
    default:
      return fail(command === undefined ? "a command" : `a known command, not ${command}`);
  }
}

function fail(expected: string): number {
  console.error(`expected ${expected}\n${usage}`);
  return 2;
}

async function main(): Promise<number> {
  const url = databaseUrl();
  if (!url) {
    console.error("no database: set DATABASE_URL, or start the local stack (`npm start`) first");
    return 1;
  }
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    return await run(pool, process.argv.slice(2));
  } catch (err) {
    console.error(`users: ${(err as Error).message}`);
    return 1;
  } finally {
    await pool.end();
  }
}

void main().then((code) => process.exit(code));
