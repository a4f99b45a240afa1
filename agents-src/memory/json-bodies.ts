import type { FastifyInstance } from "fastify";

/**
 * fastify parses text/plain bodies by default, which would turn "wrong media type" into a schema
 * error; without that parser such a request gets the 415 that DESIGN.md asks for.
 */
export function acceptJsonBodiesOnly(scope: FastifyInstance): void {
  scope.removeContentTypeParser("text/plain");
}
