import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { conflict, HttpError, notFound, parseBody } from "../../kit/errors";
import { requireUserScope } from "../../kit/user-scope";
import { RepeatRule, TimerRecord, TimerStore } from "./timer-store";

/** Timers belong to the request's user (x-voice-user, trusted only with the internal credential). */
const userOf = (request: FastifyRequest): string => requireUserScope(request);

const maxDurationMs = 366 * 24 * 3_600_000;
const newTimer = z
  .strictObject({
    kind: z.enum(["timer", "reminder"]),
    label: z.string().trim().min(1).max(200).optional(),
    durationMs: z.number().int().min(1000).max(maxDurationMs).optional(),
    dueAt: z.iso.datetime({ offset: true }).optional(),
    repeat: z.union([z.enum(["P1D", "P2D", "P1W", "P2W", "P1M", "P1Y", "weekdays"]), z.string().regex(/^PT([1-9]|1[0-9]|2[0-3])H$/, "PT1H to PT23H")]).optional(),
    timeZone: z.string().min(1).max(64).optional(),
  })
  .refine((t) => (t.durationMs === undefined) !== (t.dueAt === undefined), "exactly one of durationMs and dueAt")
  .refine((t) => t.kind === "reminder" || t.durationMs !== undefined, "a timer needs durationMs")
  .refine((t) => t.kind === "timer" || t.label !== undefined, "a reminder needs a label (what to remind of)")
  .refine((t) => (t.repeat === undefined) === (t.timeZone === undefined), "repeat and timeZone go together")
  .refine((t) => t.repeat === undefined || (t.kind === "reminder" && t.dueAt !== undefined), "only a reminder at a moment repeats")
  // A repeating reminder's first moment may have passed today ("every morning" said at noon): the store starts it at the next one.
  .refine((t) => t.dueAt === undefined || t.repeat !== undefined || Date.parse(t.dueAt) > Date.now() - 1000, "dueAt is in the past");
const timerParams = z.strictObject({ id: z.uuid(), action: z.enum(["pause", "resume", "cancel", "announced"]).optional() });
const timerId = z.strictObject({ id: z.uuid() });
const addedTime = z.strictObject({
  ms: z.number().int().min(-maxDurationMs).max(maxDurationMs).refine((ms) => ms !== 0, "ms is the time to add (negative to take off), never 0"),
});

/**
 * `POST /v1/timers`, `GET /v1/timers` (running and paused), `GET /v1/timers/unannounced` (fired,
 * not yet heard), `GET /v1/timers/:id`, `POST /v1/timers/:id/{pause,resume,cancel,announced}`, and
 * `POST /v1/timers/:id/add-time` (`{"ms": 300000}`, negative to take time off). A reminder may
 * repeat (`"repeat": "P1D" | "P2D" | "P1W" | "P2W" | "P1M" | "P1Y" | "weekdays" | "PT4H"`, with the `timeZone` its clock time is kept in).
 * Every route is the user's own: another user's timer is as unknown as a missing one (404).
 */
export function timerRoutes(store: TimerStore) {
  const changes: Record<"pause" | "resume" | "cancel" | "announced", (user: string, id: string) => Promise<TimerRecord | null>> = {
    pause: (user, id) => store.pause(user, id),
    resume: (user, id) => store.resume(user, id),
    cancel: (user, id) => store.cancel(user, id),
    announced: (user, id) => store.markAnnounced(user, id),
  };
  const states: Record<keyof typeof changes, string> = { pause: "running", resume: "paused", cancel: "running or paused", announced: "fired" };

  return async function plugin(app: FastifyInstance): Promise<void> {
    app.post("/v1/timers", async (request, reply) => {
      const user = userOf(request);
      const body = parseBody(newTimer, request.body);
      if (body.timeZone !== undefined && !(await store.knowsTimeZone(body.timeZone))) {
        throw new HttpError(400, "validation_failed", "invalid request body", [{ path: "timeZone", message: `unknown time zone ${body.timeZone}` }]);
      }
      return reply.status(201).send(await store.create(user, { ...body, repeat: body.repeat as RepeatRule | undefined }));
    });
    app.get("/v1/timers", async (request) => ({ timers: await store.active(userOf(request)) }));
    app.get("/v1/timers/unannounced", async (request) => ({ timers: await store.unannounced(userOf(request)) }));
    app.get("/v1/timers/:id", async (request) => {
      const user = userOf(request);
      const { id } = parseBody(timerParams, request.params, "path");
      const timer = await store.get(user, id);
      if (!timer) throw notFound(`no timer ${id}`);
      return timer;
    });
    // A static last segment wins over the parametric one below in Fastify's router (find-my-way), whatever the order.
    app.post("/v1/timers/:id/add-time", async (request) => {
      const user = userOf(request);
      const { id } = parseBody(timerId, request.params, "path");
      const { ms } = parseBody(addedTime, request.body);
      const changed = await store.addTime(user, id, ms);
      if (changed) return changed;
      const timer = await store.get(user, id);
      if (!timer) throw notFound(`no timer ${id}`);
      throw conflict(`timer ${id} is ${timer.state}; adding time needs it running or paused`, { state: timer.state });
    });
    app.post("/v1/timers/:id/:action", async (request) => {
      const user = userOf(request);
      const { id, action } = parseBody(timerParams, request.params, "path");
      if (!action) throw notFound("unknown timer action");
      const changed = await changes[action](user, id);
      if (changed) return changed;
      const timer = await store.get(user, id);
      if (!timer) throw notFound(`no timer ${id}`);
      throw conflict(`timer ${id} is ${timer.state}; ${action} needs it ${states[action]}`, { state: timer.state });
    });
  };
}
