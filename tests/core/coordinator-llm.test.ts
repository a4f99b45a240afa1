import pino from "pino";
import { agent as coordinatorAgent } from "../../agents-src/core/coordinator/agent";
import { contextFor, LanguageModelReplies } from "../../agents-src/core/coordinator/language-model/language-model-replies";
import { SpokenSentences } from "../../agents-src/core/coordinator/language-model/spoken-sentences";
import { readFileSync } from "node:fs";
import { RunningAgent, startAgent } from "../../agents-src/kit/agent";
import { PeerClient } from "../../agents-src/kit/peer-client";
import { runAsUser } from "../../agents-src/kit/request-context";
import { AudioClient } from "../audio/audio-client";
import { AgentProcess, waitUntil } from "../support/agent-process";
import { bearer, deviceTokenFor, internalCredential } from "../support/access";
import { spawnLlm } from "../support/llm-service";
import { LlmStack, startLlmStack } from "../support/llm-stack";
import { unreachableUrl } from "../support/memory-services";
import { connectSpeaker, utterAsVad } from "../support/coordinator-peers";
import { sampleValue } from "./support/prometheus-text";

interface AskResult {
  sessionId: string | null;
  reply: string;
  intent: string;
  warnings?: string[];
}

const weatherFixedReply =
  "Sorry, I can't help with the weather: I have no internet access and no general knowledge. You can ask me to set a timer or a reminder, remember something, tell you what you told me, forget something, tell you the time or date, do arithmetic or convert units, or check the system status.";

/**
 * The coordinator with a real llm process on the generated tiny model, and the real memory
 * services behind unified-memory-reasoning. The model's words are random: these tests check the
 * plumbing (routing, context, streaming to speech, cancellation, fallbacks), never reply quality.
 */
describe("coordinator with a local language model", () => {
  let stack: LlmStack;
  let llm: AgentProcess;
  let idleLlm: AgentProcess;
  let coordinatorEnv: Record<string, string>;
  let coordinator: RunningAgent<unknown>;
  let device: Record<string, string>;

  const ask = async (text: string, url = coordinator.url, sessionId?: string, headers = device): Promise<AskResult> => {
    const res = await fetch(`${url}/v1/ask`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ text, ...(sessionId ? { sessionId } : {}) }) });
    expect(res.status).toBe(200);
    return (await res.json()) as AskResult;
  };
  const llmMetric = async (name: string, labels: Record<string, string> = {}) => sampleValue(await (await fetch(`${llm.url}/metrics`)).text(), name, labels) ?? 0;

  beforeAll(async () => {
    stack = await startLlmStack(11, { LLM_MAX_TOKENS: "4000", LLM_CONTEXT_SIZE: "4096" });
    ({ llm, device } = stack);
    idleLlm = await spawnLlm({});
    coordinatorEnv = {
      ...stack.coordinatorEnv,
      // Enough for a few sentences of the random model's babble.
      COORDINATOR_LLM_MAX_TOKENS: "100",
      COORDINATOR_LLM_FIRST_SENTENCE_TIMEOUT_MS: "20000",
    };
    coordinator = await stack.agents.started(startAgent(coordinatorAgent, coordinatorEnv));
  }, 180_000);

  afterAll(async () => {
    await stack?.close();
    await idleLlm?.kill("SIGTERM");
    // As long as the start: under a full parallel run this teardown took over 60 s twice in CI
    // (cause not found; bounding the publisher's close was not enough).
  }, 180_000);

  /** A second coordinator on the same peers, listening to no VAD. */
  const anotherCoordinator = async (env: Record<string, string>) =>
    stack.agents.started(
      startAgent(coordinatorAgent, {
        ...coordinatorEnv,
        VAD_PUB_URL: (await unreachableUrl()).replace("http", "tcp"),
        ...env,
      }),
    );

  it("answers out-of-domain requests and small talk from the llm, and skills as before", async () => {
    const repliesBefore = await llmMetric("llm_replies_total", { finish: "length" }) + await llmMetric("llm_replies_total", { finish: "stop" });
    const weather = await ask("what's the weather like");
    expect(weather).toMatchObject({ intent: "out_of_domain" });
    expect(weather.warnings).toBeUndefined();
    expect(weather.reply).not.toBe(weatherFixedReply);
    expect(weather.reply.trim().length).toBeGreaterThan(0);
    const thanks = await ask("thank you", coordinator.url, weather.sessionId as string);
    expect(thanks.intent).toBe("small_talk");
    expect(thanks.reply).not.toBe("You're welcome.");
    expect((await llmMetric("llm_replies_total", { finish: "length" })) + (await llmMetric("llm_replies_total", { finish: "stop" }))).toBe(repliesBefore + 2);
    expect(await ask("what is 12 times 7")).toMatchObject({ intent: "calculate", reply: "12 times 7 is 84." });
  }, 60_000);

  it("writes the reply with the user's own memories and the session's turns, never another user's", async () => {
    expect((await ask("remember that my sister's name is Alice")).intent).toBe("remember");
    // A new conversation: the memory comes from long-term memory, not from turns that already say it.
    const greeted = await ask("good morning");
    const sessionId = greeted.sessionId as string;
    await ask("tell me about my sister please", coordinator.url, sessionId);
    const peer = new PeerClient("unified-memory-reasoning", stack.reasoning.url, { credential: undefined });
    const policy = { contextTokens: 1500, contextTimeoutMs: 2000, firstSentenceTimeoutMs: 1, replyTimeoutMs: 1, maxTokens: 1, temperature: 0 };
    const turn = (userId: string, text: string, session: string) => ({ text, userId, sessionId: session, signal: new AbortController().signal, recent: [] });
    const own = await runAsUser("llm-user", () => contextFor(peer, turn("llm-user", "what is my sister called", sessionId), policy));
    expect(own.warnings).toEqual([]);
    expect(own.context?.memories.map((m) => m.content)).toContain("my sister's name is Alice");
    expect(own.context?.turns.map((t) => t.content)).toEqual(expect.arrayContaining(["good morning", "tell me about my sister please"]));

    const { token } = await deviceTokenFor(stack.db.url, "other-user");
    const theirs = await ask("hello there", coordinator.url, undefined, bearer(token));
    const other = await runAsUser("other-user", () => contextFor(peer, turn("other-user", "what is my sister called", theirs.sessionId as string), policy));
    expect(other.context?.memories.map((m) => m.content) ?? []).not.toContain("my sister's name is Alice");
    // Another user's session is not theirs to read: no context, and the reply is written without one.
    const borrowed = await runAsUser("other-user", () => contextFor(peer, turn("other-user", "what is my sister called", sessionId), policy));
    expect(borrowed.context).toBeUndefined();
    expect(borrowed.warnings[0]).toMatch(/^the reply was written without memories: unified-memory-reasoning answered 404/);
  }, 60_000);

  it("hands each sentence to speech as soon as it is written, before the reply is complete", async () => {
    const peer = new PeerClient("llm", llm.url, { credential: readFileSync(internalCredential().file, "utf8").trim() });
    const policy = { contextTokens: 1500, contextTimeoutMs: 2000, firstSentenceTimeoutMs: 20_000, replyTimeoutMs: 60_000, maxTokens: 300, temperature: 0.8 };
    const fixed = async () => ({ text: "fixed" });
    const handler = new LanguageModelReplies({ llm: peer, reasoning: peer }, policy, pino({ level: "silent" })).replyOr("small_talk", fixed);
    const said: Array<{ sentence: string; at: number }> = [];
    const started = performance.now();
    const reply = await handler(
      { intent: "small_talk", confidence: 1, slots: {}, classifier: "rules", target: "coordinator" } as never,
      { text: "tell me a long story", userId: "llm-user", signal: new AbortController().signal, recent: [], speech: { say: (sentence) => said.push({ sentence, at: performance.now() - started }) } },
    );
    const finished = performance.now() - started;
    peer.close();
    expect(said.length).toBeGreaterThan(1);
    expect(reply.text).toBe(said.map((s) => s.sentence).join(" "));
    // The first sentence went to speech while the model was still writing the rest: sentences
    // collected and handed over at the end would all go within a millisecond.
    expect(said[said.length - 1].at - said[0].at).toBeGreaterThan(10);
    expect(said[0].at).toBeLessThan(finished - 10);
  }, 60_000);

  it("gives today's reply, with a warning saying why, when the llm is too slow", async () => {
    const impatient = await anotherCoordinator({ COORDINATOR_LLM_FIRST_SENTENCE_TIMEOUT_MS: "1" });
    const weather = await ask("what's the weather like", impatient.url);
    expect(weather.reply).toBe(weatherFixedReply);
    expect(weather.warnings).toEqual(["the language model did not answer: the llm gave no first sentence within 1 ms"]);
  }, 30_000);

  it("gives today's replies unchanged when the llm runs without a model, or is down", async () => {
    for (const url of [idleLlm.url, await unreachableUrl()]) {
      const without = await anotherCoordinator({ LLM_URL: url });
      const weather = await ask("what's the weather like", without.url);
      expect(weather.reply).toBe(weatherFixedReply);
      expect((await ask("thank you", without.url)).reply).toBe("You're welcome.");
      if (url === idleLlm.url) expect(weather.warnings).toBeUndefined();
      else expect(weather.warnings?.[0]).toMatch(/^the language model did not answer: llm unreachable/);
    }
  }, 30_000);

  describe("spoken turns", () => {
    let client: AudioClient;
    let audioSession: string;
    const utterance = (text: string) => utterAsVad(stack.vad, audioSession, text);
    const eventsOf = (type: string) => client.events.filter((e) => e.type === type);

    beforeAll(async () => {
      ({ client, sessionId: audioSession } = await connectSpeaker(stack.preprocessor.url));
    });
    afterAll(() => client?.socket.close());

    it("speaks the llm's reply sentence by sentence", async () => {
      await utterance("how are you doing today");
      await client.waitFor(() => eventsOf("reply").length === 1, "the reply", 30_000);
      const [reply] = eventsOf("reply");
      expect(reply.intent).toBe("small_talk");
      const sentences = new SpokenSentences();
      const expected = [...sentences.push(reply.text as string), ...sentences.finish()];
      await client.waitFor(() => eventsOf("audio-stop").length === expected.length, "every sentence spoken", 30_000);
      // One speak call per sentence, each its own audio-start/audio-stop, nothing spoken twice.
      expect(eventsOf("audio-start")).toHaveLength(expected.length);
      expect(expected.length).toBeGreaterThan(1);
    }, 60_000);

    it("stops the llm generating when the speaker talks over the reply (barge-in)", async () => {
      const endings = async () => ({
        stop: await llmMetric("llm_replies_total", { finish: "stop" }),
        length: await llmMetric("llm_replies_total", { finish: "length" }),
        cancelled: await llmMetric("llm_replies_total", { finish: "cancelled" }),
      });
      const endedBefore = await endings();
      const tokensBefore = sampleValue(await (await fetch(`${llm.url}/metrics`)).text(), "llm_generated_tokens_total", {}) ?? 0;
      const cancelledRepliesBefore = eventsOf("reply-cancelled").length;
      const repliesBefore = eventsOf("reply").length;
      // Long enough (seconds of generation on the tiny model) that the barge-in finds it still writing.
      const long = await anotherCoordinator({ COORDINATOR_LLM_MAX_TOKENS: "3800", VAD_PUB_URL: `tcp://127.0.0.1:${stack.vad.port}` });
      await coordinator.close();
      await utterance("how are you doing today");
      await waitUntil(async () => ((await (await fetch(`${llm.url}/ready`)).json()) as { checks: { model: { detail: { busySequences: number } } } }).checks.model.detail.busySequences === 1, 30_000);
      stack.vad.publish("speech.start", { sessionId: audioSession, stream: 0, start: 3, decidedAt: 3.25, detector: "test" });
      await client.waitFor(() => eventsOf("reply-cancelled").length === cancelledRepliesBefore + 1, "the cancellation", 10_000);
      // However the reply ended is counted once it ends; waiting for that, not for "cancelled"
      // alone, makes a reply that was never cancelled fail as such (uncancelled, it runs to its
      // 3800 tokens: several seconds quiet, far longer at CI's load).
      const ended = async () => {
        const now = await endings();
        return { stop: now.stop - endedBefore.stop, length: now.length - endedBefore.length, cancelled: now.cancelled - endedBefore.cancelled };
      };
      await waitUntil(async () => Object.values(await ended()).some((n) => n > 0), 60_000);
      expect(await ended()).toEqual({ stop: 0, length: 0, cancelled: 1 });
      expect(eventsOf("reply")).toHaveLength(repliesBefore);
      const generated = (sampleValue(await (await fetch(`${llm.url}/metrics`)).text(), "llm_generated_tokens_total", {}) ?? 0) - tokensBefore;
      expect(generated).toBeLessThan(3800);
      await long.close();
    }, 120_000);
  });
});
