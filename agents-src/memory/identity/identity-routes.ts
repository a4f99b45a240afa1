import type { FastifyInstance } from "fastify";
import type { Pool } from "pg";
import { z } from "zod";
import { parseBody } from "../../kit/errors";
import { answerUnavailableDatabaseWith503 } from "../../kit/postgres/unavailable";
import { unauthorized, verifyDeviceTokenPath } from "../../kit/device-auth";
import { findTokenOwner } from "./device-tokens";

/** The edge agents' question "whose device is this?", answered from the users table (internal route). */
export function identityRoutes(pool: Pool) {
  const verifyRequest = z.strictObject({ token: z.string().min(1).max(200) });
  return async function plugin(app: FastifyInstance): Promise<void> {
    answerUnavailableDatabaseWith503(app);
    app.post(verifyDeviceTokenPath, async (request) => {
      const { token } = parseBody(verifyRequest, request.body);
      const owner = await findTokenOwner(pool, token);
      if (!owner) throw unauthorized("device token not recognised or revoked");
      return owner;
    });
  };
}
