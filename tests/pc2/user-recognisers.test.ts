import { Registry } from "../../agents-src/kit";
import { createLogger } from "../../agents-src/kit/logging";
import type { UserVocabulary } from "../../agents-src/pc2/model-server/engine-selection";
import { createModelMetrics } from "../../agents-src/pc2/model-server/model-metrics";
import { ModelRunner } from "../../agents-src/pc2/model-server/model-runner";
import type { SpeechToTextEngine } from "../../agents-src/pc2/model-server/speech-to-text";
import { UserRecognisers } from "../../agents-src/pc2/model-server/user-recognisers";

/** An engine that "hears" the phrases it was built with (or its speaker), and records whether it was released. */
function engineHearing(vocabulary: UserVocabulary, closed: string[], speaker?: string): SpeechToTextEngine {
  const name = vocabulary.phrases.join("+") || speaker || "stack";
  return {
    info: { engine: "test", device: "cpu", model: "m", languageModel: name },
    async transcribe() {
      return { text: name };
    },
    async close() {
      closed.push(name);
    },
  };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
};

describe("UserRecognisers", () => {
  const metrics = createModelMetrics(new Registry());
  const logger = createLogger({ service: "test", level: "silent" });
  let closed: string[];
  let shared: ModelRunner<SpeechToTextEngine>;
  beforeEach(async () => {
    closed = [];
    shared = new ModelRunner("transcribe", async () => engineHearing({ phrases: [], words: [] }, closed), 4, metrics, () => undefined);
    await shared.settled();
  });
  const enrolled = new Set(["dee"]);
  const recognisers = (maxLoaded: number, build = async (userId: string, v: UserVocabulary) => engineHearing(v, closed, enrolled.has(userId) ? `${userId}'s voice` : undefined)) =>
    new UserRecognisers(shared, { build, enrolled, maxLoaded, queueLimit: 4, metrics, logger });
  const heard = (users: UserRecognisers, userId?: string) => users.runnerFor(userId).run((engine) => engine.transcribe(new Float32Array(1)));

  it("keeps the most recently heard users' recognisers loaded and rebuilds an unloaded one when its user is heard", async () => {
    const users = recognisers(1);
    users.update("ann", { phrases: ["Aoife"], words: [] });
    await until(() => users.status("ann").status === "ready");
    users.update("bob", { phrases: ["Siobhan"], words: [] });
    await until(() => users.status("bob").status === "ready");
    // Only one stays loaded: ann's was released, and ann is heard by the stack's recogniser meanwhile.
    expect(closed).toEqual(["Aoife"]);
    expect(users.status("ann")).toEqual({ status: "unloaded", phrases: 1, words: 0 });
    expect(await heard(users, "ann")).toEqual({ text: "stack" });
    await until(() => users.status("ann").status === "ready");
    expect(await heard(users, "ann")).toEqual({ text: "Aoife" });
    expect(await heard(users, "carol")).toEqual({ text: "stack" });
    expect(users.counts).toEqual({ users: 2, loaded: 1 });
    await users.close();
  });

  it("drops a recogniser built for words that were removed meanwhile, and reports a failed build", async () => {
    let fail = false;
    const users = recognisers(2, async (_userId, v) => {
      await new Promise((r) => setTimeout(r, 20));
      if (fail) throw new Error("espeak-ng gave no phonemes");
      return engineHearing(v, closed);
    });
    users.update("ann", { phrases: ["Aoife"], words: [] });
    await new Promise((r) => setTimeout(r, 5));
    users.update("ann", { phrases: [], words: [] });
    await until(() => closed.includes("Aoife"));
    expect(users.status("ann")).toEqual({ status: "none", phrases: 0, words: 0 });
    fail = true;
    users.update("bob", { phrases: ["Siobhan"], words: [] });
    await until(() => users.status("bob").status === "failed");
    expect(users.status("bob")).toEqual({ status: "failed", phrases: 1, words: 0, error: "espeak-ng gave no phonemes" });
    expect(await heard(users, "bob")).toEqual({ text: "stack" });
    await users.close();
  });

  it("builds an enrolled user a recogniser of their own when they are first heard, and keeps it without words", async () => {
    const users = recognisers(2);
    expect(users.status("dee").status).toBe("none");
    expect(await heard(users, "dee")).toEqual({ text: "stack" });
    await until(() => users.status("dee").status === "ready");
    expect(await heard(users, "dee")).toEqual({ text: "dee's voice" });
    users.update("dee", { phrases: [], words: [] });
    await until(() => users.status("dee").status === "ready");
    expect(await heard(users, "dee")).toEqual({ text: "dee's voice" });
    await users.close();
  });

  it("rebuilds a user's recogniser when their voice model changes, even mid-build, and drops it when the model goes", async () => {
    const speakers = new Set<string>();
    let model = "first";
    let building = false;
    const users = new UserRecognisers(shared, {
      build: async (userId, v) => {
        building = true;
        const built = model;
        await new Promise((r) => setTimeout(r, 20));
        building = false;
        return engineHearing(v, closed, speakers.has(userId) ? `eve's ${built} voice` : undefined);
      },
      enrolled: speakers,
      maxLoaded: 2,
      queueLimit: 4,
      metrics,
      logger,
    });
    speakers.add("eve");
    users.speakerChanged("eve");
    await until(() => building);
    // Re-enrolled while the first model builds: the first build must not count as current.
    model = "second";
    users.speakerChanged("eve");
    await until(() => users.status("eve").status === "ready");
    expect(await heard(users, "eve")).toEqual({ text: "eve's second voice" });
    speakers.delete("eve");
    users.speakerChanged("eve");
    expect(users.status("eve").status).toBe("none");
    expect(await heard(users, "eve")).toEqual({ text: "stack" });
    await users.close();
  });
});
