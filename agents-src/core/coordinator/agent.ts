import { z } from "zod";
import type { AgentDefinition } from "../../kit/agent";
import { DeviceTokenVerifier, guardEdgeRoutes } from "../../kit/device-auth";
import { parseBody, serviceUnavailable } from "../../kit/errors";
import { RateLimiter } from "../../kit/rate-limit";
import { requireUserScope } from "../../kit/user-scope";
import { subscribe } from "../../kit/messaging";
import type { Intent } from "../task-router/intents";
import { ClientChannel } from "./client-channel";
import { CoordinatorConfig, coordinatorConfig } from "./config";
import { ConversationLog } from "./conversation-log";
import { LanguageModelReplies } from "./language-model/language-model-replies";
import { calculation } from "./replies/calculation";
import { clockReplies } from "./replies/clock";
import { conversationReplies } from "./replies/conversation";
import { keptMoment, keptOnDay, memoryReplies } from "./replies/memory";
import type { IntentHandler } from "./replies/reply";
import { outsideSkills } from "./replies/outside-skills";
import { notUnderstood, smallTalk } from "./replies/small-talk";
import { systemStatusReplies } from "./replies/system-status";
import { timerReplies } from "./replies/timers";
import { speechTopics, timerTopics } from "../../kit/stream-topics";
import { SpokenTurns } from "./spoken-turns";
import { TurnClock } from "./stage-timings";
import { TimerAnnouncements } from "./timer-announcements";
import { TurnRunner } from "./turn";
import { TurnMetrics } from "./turn-metrics";
import { UncertainHearing } from "./uncertain-hearing";
import { QueueFullError, TurnQueue } from "./turn-queue";
import { registerSpeakerEnrolmentApi } from "./speaker-enrolment-api";
import { registerWebClientApi } from "./web-client-api";
import { registerWebClientFiles } from "./web-client-files";

const askRequest = z.strictObject({
  text: z.string().trim().min(1).max(2000),
  sessionId: z.uuid().optional(),
  /** `background` is for callers nobody is waiting on; it yields to spoken and typed turns. */
  priority: z.enum(["text", "background"]).default("text"),
});

export const agent: AgentDefinition<CoordinatorConfig> = {
  name: "coordinator",
  config: coordinatorConfig,
  async setup(ctx) {
    const { config, logger } = ctx;
    const memory = memoryReplies(ctx.peer("memory-orchestrator"), ctx.peer("unified-memory-reasoning"), config.TIME_ZONE);
    const llm =
      config.LLM_URL === undefined
        ? undefined
        : new LanguageModelReplies(
            { llm: ctx.peer("llm"), reasoning: ctx.peer("unified-memory-reasoning") },
            {
              contextTokens: config.COORDINATOR_LLM_CONTEXT_TOKENS,
              contextTimeoutMs: config.COORDINATOR_LLM_CONTEXT_TIMEOUT_MS,
              firstSentenceTimeoutMs: config.COORDINATOR_LLM_FIRST_SENTENCE_TIMEOUT_MS,
              replyTimeoutMs: config.COORDINATOR_LLM_REPLY_TIMEOUT_MS,
              maxTokens: config.COORDINATOR_LLM_MAX_TOKENS,
              temperature: config.COORDINATOR_LLM_TEMPERATURE,
            },
            logger,
          );
    const handlers: Record<Intent, IntentHandler> = {
      ...memory,
      time: clockReplies(config.TIME_ZONE),
      status: systemStatusReplies(ctx.peer("health-monitor")),
      small_talk: llm ? llm.replyOr("small_talk", smallTalk) : smallTalk,
      calculate: calculation,
      ...timerReplies(ctx.peer("timekeeper"), config.TIME_ZONE, undefined, keptMoment(ctx.peer("unified-memory-reasoning"), config.TIME_ZONE), keptOnDay(ctx.peer("memory-orchestrator"), config.TIME_ZONE)),
      conversation: conversationReplies,
      out_of_domain: llm ? llm.replyOr("out_of_domain", outsideSkills) : outsideSkills,
      unknown: notUnderstood,
    };
    const client = new ClientChannel(ctx.peer("fused-audio-preprocessor"), logger, config.COORDINATOR_SPEAK_TIMEOUT_MS);
    const stopping = new AbortController();
    ctx.onClose(() => stopping.abort());
    const announcements = new TimerAnnouncements(ctx.peer("timekeeper"), ctx.peer("fused-audio-preprocessor"), client, logger, stopping.signal);
    const turns = new TurnRunner(ctx.peer("task-router"), new ConversationLog(ctx.peer("session-memory")), handlers, announcements, logger, llm && ((decision, turn) => llm.contextAhead(decision, turn)));
    const queue = new TurnQueue({ concurrency: config.COORDINATOR_CONCURRENT_TURNS, capacity: config.COORDINATOR_QUEUE_CAPACITY });
    const metrics = new TurnMetrics(ctx.metrics, queue);
    const spoken = new SpokenTurns({
      queue,
      turns,
      pc2: ctx.peer("pc2"),
      hearing: new UncertainHearing({
        router: ctx.peer("task-router"),
        minConfidence: config.COORDINATOR_MIN_STT_CONFIDENCE,
        maxSessions: config.COORDINATOR_AUDIO_SESSIONS,
      }),
      client,
      metrics,
      logger,
      sttTimeoutMs: config.COORDINATOR_STT_TIMEOUT_MS,
      maxSessions: config.COORDINATOR_AUDIO_SESSIONS,
    });

    const devices = new DeviceTokenVerifier(ctx.peer("memory-orchestrator"), config.DEVICE_TOKEN_CACHE_MS);
    guardEdgeRoutes(ctx.app, devices, new RateLimiter(config.EDGE_RATE_PER_SECOND, config.EDGE_RATE_BURST));

    ctx.app.post("/v1/ask", { config: { access: "edge" } }, async (request) => {
      const userId = requireUserScope(request);
      const body = parseBody(askRequest, request.body);
      const clock = new TurnClock();
      const queuedAt = performance.now();
      try {
        const result = await queue.run(body.priority, async () => {
          clock.add("queue", performance.now() - queuedAt);
          return turns.run({ text: body.text, userId, sessionId: body.sessionId, source: "text", signal: new AbortController().signal, clock });
        });
        metrics.answered("text", result);
        return result;
      } catch (err) {
        if (err instanceof QueueFullError) {
          metrics.ended("text", "rejected");
          throw serviceUnavailable(`${err.message}; try again shortly`, 1);
        }
        metrics.ended("text", "failed");
        throw err;
      }
    });

    // Enrolment cleaning has a breaker of its own: a busy preprocessor refusing 20 clips must not
    // open the breaker that spoken replies and client events go through.
    registerSpeakerEnrolmentApi(ctx.app, { pc2: ctx.peer("pc2"), preprocessor: ctx.peer("fused-audio-preprocessor", { lane: "enrolment" }) });
    registerWebClientApi(ctx.app, { memory: ctx.peer("memory-orchestrator"), timekeeper: ctx.peer("timekeeper"), health: ctx.peer("health-monitor") });
    registerWebClientFiles(ctx.app, {
      dir: config.WEB_CLIENT_DIR,
      audioUrl: config.WEB_AUDIO_URL,
      audioPort: config.WEB_AUDIO_PORT ?? Number(new URL(config.FUSED_AUDIO_PREPROCESSOR_URL).port || 80),
    });

    const subscription = await subscribe(config.VAD_PUB_URL, Object.values(speechTopics), (message) => spoken.handle(message), logger);
    ctx.onClose(() => spoken.drain());
    ctx.onClose(() => subscription.close());
    const timerEvents = await subscribe(config.TIMEKEEPER_PUB_URL, [timerTopics.fired], (message) => announcements.fired(message), logger);
    ctx.onClose(() => timerEvents.close());

    const dependencies = { taskRouter: ctx.peer("task-router"), sessionMemory: ctx.peer("session-memory") };
    return {
      ready: async () => {
        const checks = await Promise.all(
          Object.entries(dependencies).map(async ([name, peer]) => {
            try {
              await peer.get("/health", { timeoutMs: 500 });
              return [name, { ok: true, detail: peer.state }] as const;
            } catch (err) {
              return [name, { ok: false, detail: (err as Error).message }] as const;
            }
          }),
        );
        return Object.fromEntries(checks);
      },
    };
  },
};
