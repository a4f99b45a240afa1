import pino from "pino";
import { setTimeout as sleep } from "node:timers/promises";
import { ConversationLog } from "../../agents-src/core/coordinator/conversation-log";
import type { ChatMessage } from "../../agents-src/core/coordinator/language-model/chat-stream";
import { LanguageModelReplies } from "../../agents-src/core/coordinator/language-model/language-model-replies";
import type { IntentHandler } from "../../agents-src/core/coordinator/replies/reply";
import { TurnClock } from "../../agents-src/core/coordinator/stage-timings";
import { TurnRunner } from "../../agents-src/core/coordinator/turn";
import type { Intent } from "../../agents-src/core/task-router/intents";
import type { CallOptions, PeerClient } from "../../agents-src/kit/peer-client";
import { currentUserId } from "../../agents-src/kit/request-context";

const logger = pino({ level: "silent" });
const policy = { contextTokens: 1500, contextTimeoutMs: 2000, firstSentenceTimeoutMs: 2000, replyTimeoutMs: 5000, maxTokens: 50, temperature: 0 };
const llmReply = "Hello there. Nice to meet you.";
const memory = "my sister's name is Alice";

/** The llm's answer as it streams it: one server-sent event per word. */
function streamed(text: string): Response {
  const events = text.split(/(?<= )/).map((piece) => `data: ${JSON.stringify({ choices: [{ delta: { content: piece } }] })}\n\n`);
  return new Response([...events, "data: [DONE]\n\n"].join(""), { headers: { "content-type": "text/event-stream" } });
}

interface StandIns {
  route: () => Promise<Intent>;
  context: (signal: AbortSignal) => Promise<unknown>;
  /** Storing the user's words. */
  store?: () => Promise<void>;
}

/**
 * A coordinator's turn runner with its llm handlers, on stand-in peers that answer when the test
 * says; `events` records the order in which routing, the context and the session write were asked
 * or answered, so a context fetched after the session write, or fetched for a skill, shows.
 */
function turnsWith(peers: StandIns) {
  const events: string[] = [];
  const prompts: ChatMessage[][] = [];
  const contextUsers: Array<string | undefined> = [];
  const router = {
    post: async () => {
      const intent = await peers.route();
      events.push("routed");
      return { intent, confidence: 1, slots: {}, classifier: "rule", target: "coordinator" };
    },
  };
  const sessions = {
    post: async (path: string) => {
      if (path === "/v1/sessions") return { id: "new-session" };
      await peers.store?.();
      events.push("stored");
      return {};
    },
    get: async () => ({ turns: [] }),
  };
  const reasoning = {
    post: async (_path: string, _body: unknown, options: CallOptions) => {
      events.push("context asked");
      contextUsers.push(currentUserId());
      return peers.context(options.signal as AbortSignal);
    },
  };
  const llm = {
    name: "llm",
    openStream: async (_path: string, body: { messages: ChatMessage[] }) => {
      prompts.push(body.messages);
      return streamed(llmReply);
    },
  };
  const replies = new LanguageModelReplies({ llm: llm as unknown as PeerClient, reasoning: reasoning as unknown as PeerClient }, policy, logger);
  const handlers = {
    time: async () => ({ text: "It is noon." }),
    small_talk: replies.replyOr("small_talk", async () => ({ text: "Hello! What can I do for you?" })),
  } as unknown as Record<Intent, IntentHandler>;
  const turns = new TurnRunner(router as unknown as PeerClient, new ConversationLog(sessions as unknown as PeerClient), handlers, { untold: async () => [] }, logger, (decision, turn) =>
    replies.contextAhead(decision, turn),
  );
  const run = (options: { sessionId?: string; signal?: AbortSignal } = {}) =>
    turns.run({ text: "how are you", userId: "alice", sessionId: options.sessionId, source: "audio", signal: options.signal ?? new AbortController().signal, clock: new TurnClock() });
  return { run, events, prompts, contextUsers };
}

const remembered = async () => ({ summary: null, turns: [], memories: [{ id: "m1", content: memory }] });
/** A session write that takes a while, so a context fetch that waits for it shows after it. */
const slowStore = () => sleep(50);
const never = () => new Promise<never>(() => undefined);

describe("the language model's context, fetched as soon as the turn is routed", () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    process.on("unhandledRejection", onUnhandled);
  });
  afterEach(() => {
    process.off("unhandledRejection", onUnhandled);
  });

  it("is asked for while the user's words are still being stored, for the turn's user, and the reply is written with it", async () => {
    const { run, events, prompts, contextUsers } = turnsWith({ route: async () => "small_talk", context: remembered, store: slowStore });
    const reply = await run({ sessionId: "session-1" });
    expect(events).toEqual(["routed", "context asked", "stored", "stored"]);
    expect(reply).toMatchObject({ reply: llmReply, intent: "small_talk" });
    expect(reply.warnings).toBeUndefined();
    expect(prompts[0][0].content).toContain(memory);
    expect(contextUsers).toEqual(["alice"]);
  });

  it("starts once a new conversation's session exists", async () => {
    const { run, events } = turnsWith({ route: async () => "small_talk", context: remembered, store: slowStore });
    await run();
    expect(events).toEqual(["routed", "context asked", "stored", "stored"]);
  });

  it("is not asked for on a skill's turn", async () => {
    const { run, events } = turnsWith({ route: async () => "time", context: remembered });
    expect(await run({ sessionId: "session-1" })).toMatchObject({ reply: "It is noon." });
    expect(events).toEqual(["routed", "stored", "stored"]);
  });

  it("gives the llm's reply written without memories, with a warning, when the context fails", async () => {
    const { run, prompts } = turnsWith({
      route: async () => "small_talk",
      context: async () => {
        throw new Error("unified-memory-reasoning unreachable");
      },
    });
    const reply = await run({ sessionId: "session-1" });
    expect(reply).toMatchObject({ reply: llmReply, warnings: ["the reply was written without memories: unified-memory-reasoning unreachable"] });
    expect(prompts[0][0].content).not.toContain(memory);
  });

  it("leaves no unhandled rejection when the turn ends before the context (a barge-in, the router away)", async () => {
    const pending = (signal: AbortSignal) => new Promise((_resolve, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
    const bargedIn = turnsWith({ route: async () => "small_talk", context: pending, store: slowStore });
    const bargeIn = new AbortController();
    const turn = bargedIn.run({ sessionId: "session-1", signal: bargeIn.signal });
    await sleep(20);
    bargeIn.abort(new Error("the user started speaking again"));
    await expect(turn).rejects.toThrow("the user started speaking again");

    const routerAway = turnsWith({
      route: async () => {
        await sleep(20);
        throw new Error("task-router unreachable");
      },
      context: never,
    });
    await expect(routerAway.run({ sessionId: "session-1" })).rejects.toThrow();
    await sleep(20);
    expect(unhandled).toEqual([]);
  });
});
