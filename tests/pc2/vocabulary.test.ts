import type { RunningAgent } from "../../agents-src/kit";
import type { ModelServerConfig } from "../../agents-src/pc2/model-server/config";
import { startModelServer } from "./support/model-server";
import { speak } from "./support/spoken-audio";

const asUser = (userId?: string): Record<string, string> => (userId ? { "x-voice-user": userId } : {});

const putVocabulary = (url: string, body: unknown, userId?: string) =>
  fetch(`${url}/v1/vocabulary`, { method: "PUT", body: JSON.stringify(body), headers: { "content-type": "application/json", ...asUser(userId) } });

interface VocabularyStatus {
  status: string;
  phrases: number;
  words: number;
  languageModel?: string;
}

const vocabularyOf = async (url: string, userId: string) =>
  (await (await fetch(`${url}/v1/vocabulary`, { headers: asUser(userId) })).json()) as VocabularyStatus;

const heard = async (url: string, audio: Buffer, userId?: string) => {
  const res = await fetch(`${url}/v1/transcribe`, { method: "POST", body: audio, headers: { "content-type": "application/octet-stream", ...asUser(userId) } });
  return { status: res.status, text: ((await res.json()) as { text: string }).text };
};

const languageModel = async (url: string) =>
  ((await (await fetch(`${url}/ready`)).json()) as { checks: { speechToText: { detail: { languageModel: string } } } }).checks.speechToText.detail.languageModel;

describe("pc2 learns each user's own words", () => {
  let server: RunningAgent<ModelServerConfig>;
  let sentence: Buffer;
  let nameAlone: Buffer;
  beforeAll(async () => {
    server = await startModelServer({ STT_VOCABULARY: "Rotterdam" });
    sentence = await speak("where does aoife live", { format: "raw", voice: "en-us+f2", wordsPerMinute: 130 });
    nameAlone = await speak("aoife", { format: "raw", voice: "en-us+f2", wordsPerMinute: 130 });
  }, 60_000);
  afterAll(() => server.close());

  // The user's names fill the domain corpus' name frames ("where does {name} live"), so a name is
  // heard inside a sentence, word for word, and still when said alone (docs/hearing.md).
  it("hears a name in one user's words for that user only, and answers every request while a recogniser is rebuilt", async () => {
    expect((await heard(server.url, sentence, "ann")).text).not.toMatch(/\baoife\b/);
    expect(await vocabularyOf(server.url, "ann")).toEqual({ status: "none", phrases: 0, words: 0 });

    const accepted = await putVocabulary(server.url, { phrases: ["Aoife", "Zhytomyr"] }, "ann");
    expect(accepted.status).toBe(202);
    expect(await accepted.json()).toEqual({ status: "building", phrases: 2, words: 0 });
    const during: Array<{ status: number }> = [];
    while ((await vocabularyOf(server.url, "ann")).status !== "ready") during.push(await heard(server.url, sentence, "ann"));
    expect(during.every((answer) => answer.status === 200)).toBe(true);
    expect(await vocabularyOf(server.url, "ann")).toEqual({
      status: "ready",
      phrases: 2,
      words: 0,
      languageModel: "en-us general + domain (weight 0.5, 3 user phrases)",
    });

    expect((await heard(server.url, sentence, "ann")).text).toBe("where does aoife live");
    expect((await heard(server.url, nameAlone, "ann")).text).toBe("aoife");
    // Another user, and a request for nobody, get the stack's recogniser, which has no such word.
    expect((await heard(server.url, sentence, "bob")).text).not.toMatch(/\baoife\b/);
    expect((await heard(server.url, sentence)).text).not.toMatch(/\baoife\b/);
    expect(await languageModel(server.url)).toBe("en-us general + domain (weight 0.5, 1 user phrases)");

    // A rebuild while ann's requests are queued: each finishes, on the old or the new recogniser.
    // "drawer" is in the dictionary, "kombucha" is not: only the rare word joins (Rotterdam, Aoife, kombucha).
    const reload = await putVocabulary(server.url, { phrases: ["Aoife"], words: ["drawer", "kombucha"] }, "ann");
    expect(reload.status).toBe(202);
    const inFlight: Array<Promise<{ status: number; text: string }>> = [];
    while ((await vocabularyOf(server.url, "ann")).status !== "ready") {
      inFlight.push(heard(server.url, sentence, "ann"), heard(server.url, sentence, "ann"));
      await inFlight[inFlight.length - 1];
    }
    const answers = await Promise.all(inFlight);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((answer) => answer.status === 200 && answer.text === "where does aoife live")).toBe(true);
    expect(await vocabularyOf(server.url, "ann")).toEqual({
      status: "ready",
      phrases: 1,
      words: 1,
      languageModel: "en-us general + domain (weight 0.5, 3 user phrases)",
    });

    // No words left: the stack's recogniser hears ann again.
    expect((await putVocabulary(server.url, { phrases: [] }, "ann")).status).toBe(202);
    expect(await vocabularyOf(server.url, "ann")).toEqual({ status: "none", phrases: 0, words: 0 });
    expect((await heard(server.url, sentence, "ann")).text).not.toMatch(/\baoife\b/);
  }, 120_000);

  describe("in voices the test above does not use", () => {
    const said = (options: Parameters<typeof speak>[1]) => speak("where does aoife live", { format: "raw", wordsPerMinute: 130, ...options });
    beforeAll(async () => {
      expect((await putVocabulary(server.url, { phrases: ["Aoife"] }, "erin")).status).toBe(202);
      while ((await vocabularyOf(server.url, "erin")).status !== "ready") await new Promise((resolve) => setTimeout(resolve, 50));
    }, 60_000);

    it("hears the sentence word for word in en-us+m3", async () => {
      expect((await heard(server.url, await said({ voice: "en-us+m3" }), "erin")).text).toBe("where does aoife live");
    });

    it("hears the name in en-gb+f3", async () => {
      expect((await heard(server.url, await said({ voice: "en-gb+f3" }), "erin")).text).toMatch(/^where does aoife\b/);
    });

    // Fails: en-gb+f3 is heard as "where does aoife a lot you"; the en-us acoustic model does not
    // match this voice (docs/hearing.md), which enrolment (speaker adaptation) is for.
    it.failing("hears the sentence word for word in en-gb+f3", async () => {
      expect((await heard(server.url, await said({ voice: "en-gb+f3" }), "erin")).text).toBe("where does aoife live");
    });

    // Fails: flite says "Aoife" otherwise than espeak-ng, whose pronunciation (IY F AH) is the only
    // one the dictionary gets: heard as "where does my life live".
    it.failing("hears the sentence word for word in flite slt", async () => {
      expect((await heard(server.url, await said({ fliteVoice: "slt" }), "erin")).text).toBe("where does aoife live");
    });
  });

  it("acts for one user only", async () => {
    const res = await putVocabulary(server.url, { phrases: ["Aoife"] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("user_scope_required");
    expect(await vocabularyOf(server.url, "carol")).toEqual({ status: "none", phrases: 0, words: 0 });
  });

  it.each([
    [{ phrases: [" "] }, "a phrase must not be blank"],
    [{ phrases: ["42"] }, "a phrase must contain a letter"],
    [{ phrases: ["x".repeat(101)] }, "a phrase may hold at most 100 characters"],
    [{ phrases: [], words: ["7"] }, "a phrase must contain a letter"],
    [{ names: ["Aoife"] }, "names"],
  ])("refuses %j with a 400 that says why, and changes nothing", async (body, reason) => {
    const res = await putVocabulary(server.url, body, "dave");
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string; details?: unknown } };
    expect(error.code).toBe("validation_failed");
    expect(JSON.stringify(error)).toContain(reason);
    expect(await vocabularyOf(server.url, "dave")).toEqual({ status: "none", phrases: 0, words: 0 });
  });
});

describe("pc2 without a domain language model", () => {
  let server: RunningAgent<ModelServerConfig>;
  beforeAll(async () => {
    server = await startModelServer({ STT_DOMAIN_WEIGHT: "0" });
  }, 60_000);
  afterAll(() => server.close());

  it("reports the general model and refuses a vocabulary with 409", async () => {
    expect(await languageModel(server.url)).toBe("en-us general");
    const res = await putVocabulary(server.url, { phrases: ["Aoife"] }, "ann");
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      "the speech-to-text engine has no domain language model (STT_ENGINE=pocketsphinx with STT_DOMAIN_WEIGHT above 0)",
    );
  });
});
