/**
 * POST /v1/preprocess on the fused-audio-preprocessor: a whole recording (a speaker enrolment
 * clip) cleaned by the live pipeline and handed back, with the internal credential only.
 */
import { Subscriber } from "zeromq";
import { agent as preprocessorAgent } from "../../agents-src/audio/fused-audio-preprocessor/agent";
import { preprocessRecording } from "../../agents-src/audio/dsp/preprocessor";
import { decodeWav, encodeWav, PcmRecording } from "../../agents-src/audio/dsp/wav-file";
import { getFreePort, RunningAgent, startAgent } from "../../agents-src/kit";
import { speak } from "../pc2/support/spoken-audio";
import { bearer, internalCredential } from "../support/access";
import { releaseTestServer } from "../support/database";
import { IdentityService, startIdentityService } from "../support/identity-service";
import { sharedEventLoopEnv } from "../support/shared-event-loop";

const rate = 48000;
const leadSeconds = 0.6;

/** The same noise every run: a linear congruential generator, uniform in ±amplitude. */
function noise(length: number, amplitude: number): Int16Array {
  let state = 12345;
  return Int16Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return Math.round((state / 2 ** 32 - 0.5) * 2 * amplitude);
  });
}

const rms = (samples: Int16Array) => Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length);

describe("POST /v1/preprocess: a whole recording through the live pipeline", () => {
  let identity: IdentityService;
  let preprocessor: RunningAgent<unknown>;
  let pubPort: number;
  /** espeak-ng at 48 kHz stereo, after 0.6 s of noise alone, with the noise under the speech too. */
  let noisy: PcmRecording;

  const post = (body: unknown, headers: Record<string, string> = internalCredential().headers) =>
    fetch(`${preprocessor.url}/v1/preprocess`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });
  const postWav = (recording: PcmRecording) => post({ audio: encodeWav(recording).toString("base64") });

  beforeAll(async () => {
    identity = await startIdentityService("preprocess_route");
    pubPort = await getFreePort();
    preprocessor = (await startAgent(preprocessorAgent, {
      ...sharedEventLoopEnv,
      SERVICE_NAME: "fused-audio-preprocessor",
      MEMORY_ORCHESTRATOR_URL: identity.url,
      INTERNAL_TOKEN_FILE: internalCredential().file,
      HTTP_PORT: "0",
      ZMQ_PUB_PORT: String(pubPort),
      LOG_LEVEL: "silent",
      PIPELINE_THREADS: "1",
    })) as RunningAgent<unknown>;
    const speech = decodeWav(await speak("remember that my keys are in the drawer", { sampleRate: rate, channels: 2 }));
    const lead = leadSeconds * rate * 2;
    const samples = noise(lead + speech.samples.length, 1500);
    for (let i = 0; i < speech.samples.length; i++) samples[lead + i] = Math.max(-32768, Math.min(32767, samples[lead + i] + speech.samples[i]));
    noisy = { sampleRate: rate, channels: 2, samples };
  }, 60_000);
  afterAll(async () => {
    await preprocessor?.close();
    await identity?.close();
    await releaseTestServer();
  });

  it("answers the cleaned 16 kHz mono audio, the noise taken out, exactly as the live pipeline cleans it, and publishes nothing", async () => {
    const subscriber = new Subscriber({ linger: 0 });
    const joined = new Promise<void>((resolve) => subscriber.events.on("handshake", () => resolve()));
    subscriber.connect(`tcp://127.0.0.1:${pubPort}`);
    subscriber.subscribe();
    const published: Buffer[][] = [];
    void (async () => {
      for await (const frames of subscriber) published.push(frames);
    })();
    try {
      await joined;
      const res = await postWav(noisy);
      expect(res.status).toBe(200);
      const clean = decodeWav(Buffer.from(((await res.json()) as { audio: string }).audio, "base64"));
      expect({ sampleRate: clean.sampleRate, channels: clean.channels }).toEqual({ sampleRate: 16000, channels: 1 });
      expect(clean.samples.length).toBe(Math.round(noisy.samples.length / 2 / 3));
      // The live pipeline's defaults (RNNoise, gain control), run on the whole recording at once.
      expect(Buffer.from(clean.samples.buffer).equals(Buffer.from(preprocessRecording(noisy.samples, rate, 2).buffer))).toBe(true);

      // The noise alone, after RNNoise has had 0.2 s to learn it: 8.6 dB quieter than it came in (measured).
      const lead = (from: number, to: number, samples: Int16Array, perSecond: number) => samples.subarray(from * perSecond, to * perSecond);
      const noiseIn = rms(lead(0.2, leadSeconds, noisy.samples, rate * 2));
      const noiseOut = rms(lead(0.2, leadSeconds, clean.samples, 16000));
      expect(noiseOut).toBeLessThan(noiseIn / 2);
      // The speech is still there, 18 dB over what is left of the noise (measured).
      expect(rms(clean.samples.subarray(leadSeconds * 16000))).toBeGreaterThan(noiseOut * 5);

      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(published).toEqual([]);
    } finally {
      subscriber.close();
    }
  }, 30_000);

  const mono16k = (seconds: number) => ({ sampleRate: 16000, channels: 1, samples: noise(Math.round(seconds * 16000), 3000) });
  it.each([
    ["what is not a WAV file", () => ({ audio: Buffer.from("hello there").toString("base64") }), /not a readable WAV file/],
    ["audio that is not base64", () => ({ audio: "not base64!" }), /base64/],
    ["a field besides the audio", () => ({ audio: encodeWav(mono16k(1)).toString("base64"), userId: "bob" }), /userId/],
    ["audio sampled below 16 kHz", () => ({ audio: encodeWav({ sampleRate: 8000, channels: 1, samples: noise(8000, 3000) }).toString("base64") }), /8000 Hz/],
    ["three channels", () => ({ audio: encodeWav({ sampleRate: 16000, channels: 3, samples: noise(3 * 16000, 3000) }).toString("base64") }), /3 channels/],
    ["a clip too short for a sentence", () => ({ audio: encodeWav(mono16k(0.3)).toString("base64") }), /0\.30 s is too short/],
    ["a clip longer than an enrolment clip may be", () => ({ audio: encodeWav(mono16k(16)).toString("base64") }), /16\.0 s; the limit is 15 s/],
  ])("refuses %s with a 400 saying why, and cleans nothing", async (_case, body, message) => {
    const cleaned = async () => {
      const metrics = await (await fetch(`${preprocessor.url}/metrics`)).text();
      return Number(/audio_recordings_cleaned_total\{outcome="cleaned",[^}]*\} (\d+)/.exec(metrics)?.[1] ?? 0);
    };
    const before = await cleaned();
    const res = await post(body());
    expect(res.status).toBe(400);
    // Schema faults name the field in the details, audio faults in the message.
    expect(JSON.stringify(await res.json())).toMatch(message);
    expect(await cleaned()).toBe(before);
  });

  it("wants the internal credential: no token, and a device token, are refused", async () => {
    const body = { audio: encodeWav(mono16k(1)).toString("base64") };
    expect((await post(body, {})).status).toBe(401);
    const asDevice = await post(body, bearer(identity.token));
    expect(asDevice.status).toBe(401);
    expect(await asDevice.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect((await post(body)).status).toBe(200);
  });
});
