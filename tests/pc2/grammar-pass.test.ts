import pino from "pino";
import { modelServerConfig } from "../../agents-src/pc2/model-server/config";
import { domainCorpus, domainRequests } from "../../agents-src/pc2/model-server/domain-corpus";
import { loadSpeechToTextEngine } from "../../agents-src/pc2/model-server/engine-selection";
import { decodeSpeechAudio } from "../../agents-src/pc2/model-server/speech-audio-decoding";
import type { SpeechToTextEngine } from "../../agents-src/pc2/model-server/speech-to-text";
import { speak } from "./support/spoken-audio";

const spoken = async (text: string) => decodeSpeechAudio(await speak(text, { voice: "en-us+f2", wordsPerMinute: 145 }), "audio/wav", 60);

describe("pc2's grammar pass", () => {
  let languageModelOnly: SpeechToTextEngine;
  let withGrammar: SpeechToTextEngine;
  beforeAll(async () => {
    const config = modelServerConfig.parse({ SERVICE_NAME: "pc2", HTTP_PORT: "0", STT_GRAMMAR_PASS: "yes" });
    const logger = pino({ level: "silent" });
    languageModelOnly = await loadSpeechToTextEngine({ ...config, STT_GRAMMAR_PASS: false }, logger);
    withGrammar = await loadSpeechToTextEngine(config, logger);
  }, 120_000);
  afterAll(async () => {
    await languageModelOnly?.close();
    await withGrammar?.close();
  });

  it("is off unless asked for, and says when it is on", () => {
    expect(modelServerConfig.parse({ SERVICE_NAME: "pc2", HTTP_PORT: "0" }).STT_GRAMMAR_PASS).toBe(false);
    expect(withGrammar.info.languageModel).toMatch(/grammar pass$/);
    expect(languageModelOnly.info.languageModel).not.toMatch(/grammar/);
  });

  it.each(["what is the date today", "hello"])("hears the request \"%s\" that the language model alone mishears", async (request) => {
    expect(domainRequests).toContain(request);
    const audio = await spoken(request);
    expect((await languageModelOnly.transcribe(audio)).text).not.toBe(request);
    const heard = await withGrammar.transcribe(audio);
    expect(heard.text).toBe(request);
    expect(heard.words?.map((w) => w.word).join(" ")).toBe(request);
    expect(heard.confidence).toBeGreaterThan(0.5);
  }, 120_000);

  it("leaves an open statement, which no sentence of the grammar is, to the language model, confidence and all", async () => {
    const statement = "remember that my sister lives in paris";
    expect(domainCorpus).not.toContain(statement);
    const audio = await spoken(statement);
    const alone = await languageModelOnly.transcribe(audio);
    const heard = await withGrammar.transcribe(audio);
    expect(heard.text).toBe(statement);
    expect(heard).toEqual(alone);
  }, 120_000);
});
