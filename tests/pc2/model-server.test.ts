import type { RunningAgent } from "../../agents-src/kit";
import type { ModelServerConfig } from "../../agents-src/pc2/model-server/config";
import { cosine, postAudio, postJson, startModelServer } from "./support/model-server";
import { speak } from "./support/spoken-audio";

interface TranscribeBody {
  text: string;
  words?: Array<{ word: string; startMs: number; endMs: number }>;
  engine: string;
  durationMs: number;
  confidence?: number;
}
interface EmbedBody {
  model: string;
  dimension: number;
  vectors: number[][];
}
interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

describe("pc2 model server with the offline engines", () => {
  let server: RunningAgent<ModelServerConfig>;
  beforeAll(async () => {
    server = await startModelServer({ MAX_AUDIO_SECONDS: "20" });
  });
  afterAll(() => server.close());

  it("reports engine, device and model for both models when ready", async () => {
    const res = await fetch(`${server.url}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ready: true,
      checks: {
        speechToText: {
          ok: true,
          detail: {
            engine: "pocketsphinx",
            device: "cpu",
            model: "/usr/share/pocketsphinx/model/en-us",
            languageModel: "en-us general + domain (weight 0.5)",
          },
        },
        embeddings: { ok: true, detail: { engine: "use-lite", device: "cpu", model: "universal-sentence-encoder-lite", dimension: 512 } },
      },
    });
  });

  it("transcribes espeak-ng speech in a 22.05 kHz stereo WAV, with word timings", async () => {
    const wav = await speak("how far is the nearest train station", { sampleRate: 22050, channels: 2 });
    const res = await postAudio(server.url, wav, "audio/wav");
    expect(res.status).toBe(200);
    const body = (await res.json()) as TranscribeBody;
    expect(body.engine).toBe("pocketsphinx");
    expect(body.confidence).toBeGreaterThanOrEqual(0);
    expect(body.confidence).toBeLessThanOrEqual(1);
    expect(body.text).toMatch(/\btrain\b/);
    expect(body.text).toMatch(/\bstation\b/);
    expect(body.durationMs).toBeGreaterThan(1500);
    expect(body.words?.map((w) => w.word).join(" ")).toBe(body.text);
    const train = body.words?.find((w) => w.word === "train");
    const station = body.words?.find((w) => w.word === "station");
    expect(train!.endMs).toBeLessThanOrEqual(station!.startMs);
    expect(station!.endMs).toBeLessThanOrEqual(body.durationMs);
  });

  it("transcribes raw 16 kHz PCM as application/octet-stream", async () => {
    const raw = await speak("what is the weather like in paris tomorrow", { format: "raw" });
    const res = await postAudio(server.url, raw, "application/octet-stream");
    const body = (await res.json()) as TranscribeBody;
    expect(body.text).toMatch(/\bweather\b/);
    expect(body.text).toMatch(/\btomorrow\b/);
    expect(body.durationMs).toBe(Math.round((raw.length / 2 / 16000) * 1000));
  });

  it("transcribes audio/L16 at the rate and channel count its parameters give", async () => {
    const raw = await speak("remind me to buy flowers on friday", { format: "raw", sampleRate: 22050, channels: 2 });
    const res = await postAudio(server.url, raw, "audio/L16; rate=22050; channels=2");
    const body = (await res.json()) as TranscribeBody;
    expect(body.text).toMatch(/\bflowers\b/);
    expect(body.text).toMatch(/\bfriday\b/);
    expect(body.durationMs).toBeCloseTo((raw.length / 4 / 22050) * 1000, -1);
  });

  it.each([
    ["JSON instead of audio", "application/json", Buffer.from('{"audio":"x"}'), 415, "unsupported_media_type"],
    ["an audio type it cannot decode", "audio/mpeg", Buffer.from([0xff, 0xfb, 0x90, 0x00]), 415, "unsupported_media_type"],
    ["a WAV without a fmt chunk", "audio/wav", Buffer.from("RIFF\x24\x00\x00\x00WAVEdata\x00\x00\x00\x00"), 400, "malformed_audio"],
    ["random bytes labelled WAV", "audio/wav", Buffer.from("definitely not a wave file"), 400, "malformed_audio"],
    ["PCM with half a sample", "application/octet-stream", Buffer.from([1, 2, 3]), 400, "malformed_audio"],
    ["a bad L16 rate", "audio/L16; rate=fast", Buffer.alloc(320), 400, "malformed_audio"],
    ["no samples at all", "application/octet-stream", Buffer.alloc(0), 400, "malformed_audio"],
    ["audio longer than the limit", "application/octet-stream", Buffer.alloc(16000 * 2 * 21), 413, "payload_too_large"],
  ])("refuses %s with the error envelope", async (_name, type, body, status, code) => {
    const res = await postAudio(server.url, body, type);
    expect(res.status).toBe(status);
    const json = (await res.json()) as ErrorBody;
    expect(json.error.code).toBe(code);
    expect(json.error.message.length).toBeGreaterThan(0);
  });

  it("embeds a batch into unit vectors whose similarity follows meaning", async () => {
    const texts = [
      "my car is parked on level three of the garage",
      "where did I leave my vehicle in the parking garage",
      "the chocolate cake recipe needs two eggs",
      "my car is parked on level three of the garage",
    ];
    const res = await postJson(server.url, "/v1/embed", { texts });
    expect(res.status).toBe(200);
    const body = (await res.json()) as EmbedBody;
    expect(body.model).toBe("universal-sentence-encoder-lite");
    expect(body.dimension).toBe(512);
    expect(body.vectors).toHaveLength(4);
    for (const v of body.vectors) {
      expect(v).toHaveLength(512);
      expect(Math.hypot(...v)).toBeCloseTo(1, 4);
    }
    const [car, vehicle, cake, carAgain] = body.vectors;
    expect(cosine(car, vehicle)).toBeGreaterThan(cosine(car, cake) + 0.15);
    expect(cosine(car, carAgain)).toBeCloseTo(1, 5);
  });

  it("answers a text embedded lately with the same vector, without the model, and embeds a text it has not seen", async () => {
    const figure = async (pattern: RegExp): Promise<number> => Number(((await (await fetch(`${server.url}/metrics`)).text()).match(pattern) ?? [])[1] ?? 0);
    const modelRuns = () => figure(/pc2_inference_seconds_count\{[^}]*task="embed"[^}]*\} (\d+)/);
    const hits = () => figure(/pc2_embed_recent_texts_total\{[^}]*outcome="hit"[^}]*\} (\d+)/);
    const misses = () => figure(/pc2_embed_recent_texts_total\{[^}]*outcome="miss"[^}]*\} (\d+)/);
    const embed = async (texts: string[]) => ((await (await postJson(server.url, "/v1/embed", { texts })).json()) as EmbedBody).vectors;

    const [first] = await embed(["how are you doing this morning"]);
    const [runs, hitsBefore, missesBefore] = [await modelRuns(), await hits(), await misses()];
    const [again] = await embed(["how are you doing this morning"]);
    expect(again).toEqual(first);
    expect([await modelRuns(), await hits(), await misses()]).toEqual([runs, hitsBefore + 1, missesBefore]);

    // Another text, even one differing only in case, is the model's to embed.
    const [other] = await embed(["How are you doing this morning"]);
    expect(other).not.toEqual(first);
    expect([await modelRuns(), await misses()]).toEqual([runs + 1, missesBefore + 1]);

    // A batch of known and new texts: the new ones are embedded, each vector in its text's place.
    const [known, unseen] = await embed(["how are you doing this morning", "tell me something funny"]);
    expect(known).toEqual(first);
    expect(unseen).toHaveLength(512);
    expect([await hits(), await misses()]).toEqual([hitsBefore + 2, missesBefore + 2]);
  });

  it.each([
    ["no texts", { texts: [] }],
    ["a blank text", { texts: ["fine", "   "] }],
    ["a text over the length limit", { texts: ["x".repeat(4001)] }],
    ["more texts than a batch may hold", { texts: Array.from({ length: 129 }, (_, i) => `text ${i}`) }],
    ["texts that are not strings", { texts: [42] }],
    ["no texts field", { text: "hello" }],
  ])("refuses an embed request with %s", async (_name, body) => {
    const res = await postJson(server.url, "/v1/embed", body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as ErrorBody;
    expect(json.error.code).toBe("validation_failed");
    expect(Array.isArray(json.error.details)).toBe(true);
  });

  it("exports model load time and per-request time", async () => {
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    // Seconds, not a fixed range: the domain language model takes the speech model past one second
    // (1.2-2.5 s), and the two models load side by side.
    expect(metrics).toMatch(/pc2_model_load_seconds\{task="transcribe",engine="pocketsphinx",device="cpu"[^}]*\} \d+\.\d+/);
    expect(metrics).toMatch(/pc2_model_load_seconds\{task="embed",engine="use-lite",device="cpu"[^}]*\} \d+\.\d+/);
    expect(metrics).toMatch(/pc2_inference_seconds_count\{[^}]*task="transcribe",engine="pocketsphinx"\} [1-9]/);
    expect(metrics).toMatch(/pc2_inference_seconds_count\{[^}]*task="embed",engine="use-lite"\} [1-9]/);
  });
});

describe("pc2 model server under overload", () => {
  let server: RunningAgent<ModelServerConfig>;
  beforeAll(async () => {
    server = await startModelServer({ MODEL_QUEUE_LIMIT: "1" });
  });
  afterAll(() => server.close());

  it("runs one transcription at a time, queues one more and answers the rest 503 with Retry-After", async () => {
    const wav = await speak(
      "the quick brown fox jumps over the lazy dog while the weather stays sunny and warm all through the long afternoon",
    );
    const responses = await Promise.all(Array.from({ length: 5 }, () => postAudio(server.url, wav, "audio/wav")));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 503, 503, 503]);
    for (const res of responses.filter((r) => r.status === 503)) {
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(((await res.json()) as ErrorBody).error.code).toBe("unavailable");
    }
    const after = await postAudio(server.url, wav, "audio/wav");
    expect(after.status).toBe(200);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/pc2_rejected_total\{task="transcribe",reason="overloaded"[^}]*\} 3/);
  });
});
