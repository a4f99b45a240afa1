import pino from "pino";
import { EmbeddingClassifier, EmbedTexts } from "../../agents-src/core/task-router/embedding-classifier";
import { exemplars } from "../../agents-src/core/task-router/exemplars";
import { LexicalClassifier } from "../../agents-src/core/task-router/lexical-classifier";
import { TaskRouter } from "../../agents-src/core/task-router/router";
import type { BreakerState } from "../../agents-src/kit/peer-client";
import type { ServiceName } from "../../agents-src/kit/catalog";
import { hashedTrigramVector } from "./support/pc2-embed-double";

const logger = pino({ level: "silent" });
const unavailable: EmbedTexts = async () => {
  throw new Error("pc2 is down");
};
const allClosed = { state: (): BreakerState => "closed" };
const options = { embeddingWeight: 0.5, minConfidence: 0.45, lexicalDecisive: { score: 0.7, margin: 0.2 } };

function router(embed: EmbedTexts = unavailable, targets: { state(t: ServiceName): BreakerState } = allClosed): TaskRouter {
  return new TaskRouter(new LexicalClassifier(exemplars), new EmbeddingClassifier(exemplars, embed, logger), targets, options, logger);
}

/** A router whose exemplar vectors are already computed, as they are shortly after start. */
async function preparedRouter(embed: EmbedTexts): Promise<TaskRouter> {
  const classifier = new EmbeddingClassifier(exemplars, embed, logger);
  await classifier.prepare();
  return new TaskRouter(new LexicalClassifier(exemplars), classifier, allClosed, options, logger);
}

describe("lexical routing (pc2 down)", () => {
  const lexical = router();

  it.each([
    // Clean text.
    ["remember that my car is parked on level 3", "remember", { fact: "my car is parked on level 3" }],
    ["my car is now on level 5", "remember", { fact: "my car is now on level 5" }],
    ["Where is my car?", "recall", { subject: "my car", question: "Where is my car" }],
    ["forget about the meeting", "forget", { subject: "the meeting" }],
    ["what time is it", "time", { asks: "time" }],
    ["what's the date", "time", { asks: "date" }],
    ["what day is it", "time", { asks: "weekday" }],
    ["system status", "status", {}],
    ["is the task router up", "status", { service: "task-router" }],
    ["hello there", "small_talk", { kind: "greeting" }],
    ["thank you so much", "small_talk", { kind: "thanks" }],
    ["who are you", "small_talk", { kind: "identity" }],
    // Noisy speech-to-text: misspellings, dropped and extra words.
    ["rember that my keys are in the drawer", "remember", { fact: "my keys are in the drawer" }],
    ["could you please remember that my WiFi password is Blue42", "remember", { fact: "my WiFi password is Blue42" }],
    ["wheres my car", "recall", { subject: "my car" }],
    ["where did i leave my keys", "recall", {}],
    ["wat time is it", "time", { asks: "time" }],
    ["forgot my locker code", "forget", { subject: "my locker code" }],
    ["is everything running", "status", {}],
    ["is dreamworld up", "status", { service: "dreamworld" }],
    ["helo", "small_talk", { kind: "greeting" }],
  ])("%j -> %s", async (text, intent, slots) => {
    const decision = await lexical.route(text);
    expect(decision.classifier).toBe("lexical");
    expect(decision.intent).toBe(intent);
    expect(decision.slots).toMatchObject(slots);
    expect(decision.confidence).toBeGreaterThanOrEqual(options.minConfidence);
  });

  it.each(["blah blah banana", "purple elephants dance", "!!!"])("%j is unknown, not a guess", async (text) => {
    const decision = await lexical.route(text);
    expect(decision).toMatchObject({ intent: "unknown", target: "coordinator", targetState: "local", slots: {} });
  });

  it("routes to the first target whose circuit is not open", async () => {
    const reasoningDown = router(unavailable, { state: (t) => (t === "unified-memory-reasoning" ? "open" : "closed") });
    expect(await reasoningDown.route("where is my car")).toMatchObject({ target: "memory-orchestrator", targetState: "closed" });
    expect(await router().route("where is my car")).toMatchObject({ target: "unified-memory-reasoning", targetState: "closed" });
    const allOpen = router(unavailable, { state: () => "open" });
    expect(await allOpen.route("where is my car")).toMatchObject({ target: "unified-memory-reasoning", targetState: "open" });
  });
});

describe("embedding routing", () => {
  function countingEmbedder(model: () => string) {
    const calls: string[][] = [];
    const embed: EmbedTexts = async (texts) => {
      calls.push(texts);
      return { model: model(), vectors: texts.map(hashedTrigramVector) };
    };
    return { calls, embed };
  }

  it("blends exemplar similarity in, which recognises a statement no frame matches", async () => {
    const { embed } = countingEmbedder(() => "m1");
    const text = "the plumber comes on tuesday";
    expect((await router().route(text)).intent).toBe("unknown");
    const decision = await (await preparedRouter(embed)).route(text);
    expect(decision).toMatchObject({ classifier: "embedding", intent: "remember", slots: { fact: text } });
  });

  it("embeds the exemplars once per model and only the utterance per request", async () => {
    let model = "m1";
    const { calls, embed } = countingEmbedder(() => model);
    const r = router(embed);
    const exemplarBatches = () => calls.filter((c) => c.length === exemplars.length).length;
    // The first request finds no exemplar vectors: it is routed lexically while they are computed.
    expect((await r.route("wears my car")).classifier).toBe("lexical");
    await new Promise((resolve) => setImmediate(resolve));
    expect((await r.route("wears my car")).classifier).toBe("embedding");
    expect((await r.route("the plumber comes on tuesday")).classifier).toBe("embedding");
    expect(exemplarBatches()).toBe(1);
    expect(calls.filter((c) => c.length === 1)).toHaveLength(3);
    model = "m2";
    expect((await r.route("wears my car")).classifier).toBe("lexical");
    await new Promise((resolve) => setImmediate(resolve));
    expect((await r.route("wears my car")).classifier).toBe("embedding");
    expect(exemplarBatches()).toBe(2);
  });

  it("decides a clear-cut utterance lexically without calling pc2", async () => {
    const { calls, embed } = countingEmbedder(() => "m1");
    const r = await preparedRouter(embed);
    const before = calls.length;
    expect(await r.route("remember that my car is parked on level 3")).toMatchObject({ classifier: "lexical", intent: "remember" });
    expect(calls).toHaveLength(before);
  });

  it("falls back to lexical scores when an embedding call fails", async () => {
    let fail = false;
    const embed: EmbedTexts = async (texts) => {
      if (fail) throw new Error("timeout");
      return { model: "m1", vectors: texts.map(hashedTrigramVector) };
    };
    const r = await preparedRouter(embed);
    expect((await r.route("wears my car")).classifier).toBe("embedding");
    fail = true;
    expect(await r.route("wears my car")).toMatchObject({ classifier: "lexical", intent: "recall" });
  });
});
