import type { FastifyInstance, FastifyRequest } from "fastify";
import { HttpError } from "./errors";
import { bearerToken, sameSecret } from "./internal-credential";
import { runAsUser } from "./request-context";
import { userScopeOf } from "./user-scope";

export interface AccessOptions {
  /** The internal credential every non-probe, non-edge route requires; unset: internal routes are open (a warning at start). */
  internalToken?: string;
  /** Host names (no port) a request may be addressed to; empty: any. */
  allowedHosts: readonly string[];
  /** Browser origins allowed to call; every other request with an Origin header is refused. */
  allowedOrigins: readonly string[];
}

/**
 * Route config of routes outside clients call: "edge" routes want a device token (the edge guard
 * checks it instead of the internal credential); "public" routes want none, and are only for what
 * holds nothing of a user's (the web client's static files).
 */
export interface EdgeRouteConfig {
  access?: "edge" | "public";
}

const probes = new Set(["/health", "/ready", "/metrics"]);

const accessOf = (request: FastifyRequest) => (request.routeOptions.config as EdgeRouteConfig | undefined)?.access;
export const isEdgeRoute = (request: FastifyRequest): boolean => accessOf(request) === "edge";

function hostName(host: string | undefined): string | undefined {
  if (!host) return undefined;
  // An IPv6 literal keeps its brackets; everything after the last colon outside them is the port.
  const match = /^(\[[^\]]+\]|[^:]+)(?::\d+)?$/.exec(host.trim().toLowerCase());
  return match?.[1];
}

/**
 * Who may reach this agent: the Host and Origin allow-lists that keep a web page the user visits
 * from reaching a stack on the LAN (DNS rebinding, cross-site requests), and the internal
 * credential on every route that is not a probe or an edge route. The user scope a trusted
 * caller sends is put in the request context, so the agent's own peer calls carry it on.
 */
export function registerAccessControl(app: FastifyInstance, options: AccessOptions): void {
  const hosts = new Set(options.allowedHosts.map((h) => h.toLowerCase()));
  const origins = new Set(options.allowedOrigins);
  app.addHook("onRequest", (request, reply, done) => {
    const refuse = (status: number, code: string, message: string) => {
      // A refused WebSocket upgrade owns its socket: nothing closes it unless we do, and it would hold shutdown open.
      if (request.headers.upgrade !== undefined) reply.raw.once("finish", () => request.raw.socket.destroy());
      done(new HttpError(status, code, message));
    };
    if (hosts.size > 0) {
      const host = hostName(request.headers.host);
      if (host === undefined || !hosts.has(host)) return refuse(403, "host_not_allowed", `Host ${JSON.stringify(request.headers.host ?? "")} is not served here`);
    }
    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (!origins.has(origin)) return refuse(403, "origin_not_allowed", `Origin ${JSON.stringify(origin)} may not call this service`);
      reply.header("access-control-allow-origin", origin);
      reply.header("vary", "Origin");
    }
    const route = request.routeOptions.url;
    if (route === undefined || probes.has(route) || accessOf(request) !== undefined) return done();
    if (options.internalToken !== undefined && !sameSecret(bearerToken(request.headers.authorization), options.internalToken)) {
      return refuse(401, "unauthorized", "internal route: send the internal credential as Authorization: Bearer");
    }
    const userId = userScopeOf(request);
    return userId === undefined ? done() : runAsUser(userId, done);
  });
}
