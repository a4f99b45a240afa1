/** @jest-environment ./tests/support/native-typed-arrays-environment.js */
import { RunningAgent, startAgent } from "../../agents-src/kit/agent";
import { getFreePort } from "../../agents-src/kit/ports";
import { agent as preprocessorAgent, clientAudioPath } from "../../agents-src/audio/fused-audio-preprocessor/agent";
import { AudioClient } from "./audio-client";
import { sharedEventLoopEnv } from "../support/shared-event-loop";
import { releaseTestServer } from "../support/database";
import { IdentityService, startIdentityService } from "../support/identity-service";

const leadMs = 200;
const shortReply = "Okay, I'll remember that your keys are in the drawer.";
const longReply = "I didn't understand that. I can remember things you tell me, answer questions about them, forget them again, tell the time and the date, and report how the system is doing.";

/** Event types in arrival order, a run of audio frames counted as one "pcm". */
const arrivals = (client: AudioClient): string[] =>
  client.arrivals.filter((t, i, all) => t !== "session" && (t !== "pcm" || all[i - 1] !== "pcm"));
const audioBytes = (client: AudioClient): number => client.binary.reduce((n, b) => n + b.length, 0);

describe("spoken replies: POST /v1/sessions/:id/speak on the fused-audio-preprocessor", () => {
  let preprocessor: RunningAgent<unknown>;
  let wsUrl: string;
  let client: AudioClient;
  let sessionId: string;

  const post = (path: string, body: unknown, init: RequestInit = {}) =>
    fetch(`${preprocessor.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), ...init });
  const speak = (text: string, init: RequestInit = {}) => post(`/v1/sessions/${sessionId}/speak`, { text }, init);

  let identity: IdentityService;
  beforeAll(async () => {
    identity = await startIdentityService("spoken_reply");
    preprocessor = (await startAgent(preprocessorAgent, {
      SERVICE_NAME: "fused-audio-preprocessor",
      MEMORY_ORCHESTRATOR_URL: identity.url,
      HTTP_PORT: "0",
      ZMQ_PUB_PORT: String(await getFreePort()),
      LOG_LEVEL: "silent",
      TTS_PLAYBACK_LEAD_MS: String(leadMs),
      TTS_MAX_TEXT_CHARS: "500",
      ...sharedEventLoopEnv,
    })) as RunningAgent<unknown>;
    wsUrl = `${preprocessor.url.replace("http", "ws")}${clientAudioPath}`;
  });
  afterAll(async () => {
    await preprocessor?.close();
    await identity?.close();
    await releaseTestServer();
  });

  beforeEach(async () => {
    client = await AudioClient.connect(wsUrl);
    sessionId = await client.sessionId;
  });
  afterEach(() => client.socket.close());

  it("says in /ready that speech synthesis works", async () => {
    const ready = await (await fetch(`${preprocessor.url}/ready`)).json();
    expect(ready).toMatchObject({ checks: { speechSynthesis: { ok: true, detail: { engine: "espeak-ng", voice: "en-us", rate: 22050 } } } });
  });

  it("streams the spoken reply as audio-start, PCM, audio-stop, paced to real time, and answers once it is spoken", async () => {
    const started = performance.now();
    const res = await speak(shortReply);
    const answeredAfterMs = performance.now() - started;
    expect(res.status).toBe(200);
    const body = (await res.json()) as { sessionId: string; outcome: string; firstAudioMs: number; audioMs: number };
    expect(body).toMatchObject({ sessionId, outcome: "finished" });
    expect(body.firstAudioMs).toBeGreaterThanOrEqual(0);

    await client.waitFor(() => arrivals(client).includes("audio-stop"), "audio-stop");
    expect(arrivals(client)).toEqual(["audio-start", "pcm", "audio-stop"]);
    const start = client.events.find((e) => e.type === "audio-start");
    expect(start).toEqual({ type: "audio-start", rate: 22050, width: 2, channels: 1, synthesisMs: body.firstAudioMs });
    // Real speech, not a blip: the sentence lasts about three seconds at 175 words a minute.
    expect(body.audioMs).toBeGreaterThan(2000);
    expect(Math.abs(audioBytes(client) / 44.1 - body.audioMs)).toBeLessThanOrEqual(1);
    // Paced: the last frame cannot leave before the audio before it has had time to play.
    expect(answeredAfterMs).toBeGreaterThanOrEqual(body.audioMs - leadMs - 50);
  });

  it("cuts the reply at once when the coordinator sends reply-cancelled (barge-in)", async () => {
    const speaking = speak(longReply);
    await client.waitFor(() => audioBytes(client) > 0, "the first audio");
    const cancel = await post(`/v1/sessions/${sessionId}/events`, { type: "reply-cancelled", reason: "barge-in" });
    expect(cancel.status).toBe(202);
    const body = (await (await speaking).json()) as { outcome: string; audioMs: number };
    expect(body.outcome).toBe("cancelled");
    await client.waitFor(() => arrivals(client).includes("reply-cancelled"), "reply-cancelled");
    expect(arrivals(client)).toEqual(["audio-start", "pcm", "audio-stop", "reply-cancelled"]);
    // The reply is ten seconds long; what went out is about the lead, not the whole of it.
    expect(body.audioMs).toBeLessThan(1500);
  });

  it("cuts the reply when the caller hangs up, and a newer reply replaces one still playing", async () => {
    const hangUp = new AbortController();
    const first = speak(longReply, { signal: hangUp.signal });
    await client.waitFor(() => audioBytes(client) > 0, "the first audio");
    hangUp.abort();
    await expect(first).rejects.toThrow();
    await client.waitFor(() => arrivals(client).includes("audio-stop"), "audio-stop after hanging up");

    const replaced = speak(longReply);
    await client.waitFor(() => arrivals(client).filter((t) => t === "audio-start").length === 2, "the second reply");
    const newer = speak(shortReply);
    expect(((await (await replaced).json()) as { outcome: string }).outcome).toBe("cancelled");
    expect(((await (await newer).json()) as { outcome: string }).outcome).toBe("finished");
    expect(arrivals(client)).toEqual(["audio-start", "pcm", "audio-stop", "audio-start", "pcm", "audio-stop", "audio-start", "pcm", "audio-stop"]);
  });

  it("reports a reply cut by the client leaving as cancelled", async () => {
    const speaking = speak(longReply);
    await client.waitFor(() => audioBytes(client) > 0, "the first audio");
    client.socket.close();
    expect(((await (await speaking).json()) as { outcome: string }).outcome).toBe("cancelled");
    const metrics = await (await fetch(`${preprocessor.url}/metrics`)).text();
    expect(metrics).toMatch(/audio_spoken_replies_total\{outcome="cancelled",service="fused-audio-preprocessor"\} [1-9]/);
  });

  it.each([
    ["an unknown session", "/v1/sessions/nope/speak", { text: "hello" }, 404, "not_found"],
    ["no text", "/v1/sessions/ID/speak", {}, 400, "validation_failed"],
    ["blank text", "/v1/sessions/ID/speak", { text: "   " }, 400, "validation_failed"],
    ["text over the limit", "/v1/sessions/ID/speak", { text: "word ".repeat(120) }, 400, "validation_failed"],
    ["an unknown field", "/v1/sessions/ID/speak", { text: "hello", voice: "en-gb" }, 400, "validation_failed"],
  ])("refuses %s with the error envelope and says nothing", async (_what, path, body, status, code) => {
    const res = await post(path.replace("ID", sessionId), body);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(arrivals(client)).toEqual([]);
    expect((await fetch(`${preprocessor.url}/health`)).status).toBe(200);
  });

  it("refuses a body of another media type with 415", async () => {
    const res = await fetch(`${preprocessor.url}/v1/sessions/${sessionId}/speak`, { method: "POST", headers: { "content-type": "application/xml" }, body: "<text>hello</text>" });
    expect(res.status).toBe(415);
  });
});
