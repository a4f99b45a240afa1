/** @jest-environment ./tests/support/native-typed-arrays-environment.js */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningAgent } from "../../agents-src/kit";
import type { ModelServerConfig } from "../../agents-src/pc2/model-server/config";
import { decodeSpeechAudio } from "../../agents-src/pc2/model-server/speech-audio-decoding";
import { loadWhisperEngine } from "../../agents-src/pc2/model-server/whisper-engine";
import { postAudio, startModelServer } from "./support/model-server";
import { speak } from "./support/spoken-audio";
import { tinyWhisperSpeechText, writeTinyWhisperModel } from "./support/tiny-whisper-model";

const quietLogger = { warn: () => undefined };

describe("Whisper engine on a model directory from the models volume", () => {
  let modelsDir: string;
  beforeAll(async () => {
    modelsDir = await mkdtemp(join(tmpdir(), "pc2-models-"));
    await writeTinyWhisperModel(join(modelsDir, "tiny-whisper"));
  });
  afterAll(() => rm(modelsDir, { recursive: true, force: true }));

  it("loads the encoder and decoder on the CPU and decodes speech through the generation loop", async () => {
    const engine = await loadWhisperEngine({ modelsDir, model: "tiny-whisper", device: "cpu", dtype: "fp32", language: "en" }, quietLogger);
    try {
      expect(engine.info).toEqual({ engine: "whisper", device: "cpu", model: "tiny-whisper" });
      const speech = decodeSpeechAudio(await speak("good morning"), "audio/wav", 60);
      expect(await engine.transcribe(speech)).toEqual({ text: tinyWhisperSpeechText });
      expect(await engine.transcribe(new Float32Array(16000))).toEqual({ text: "" });
    } finally {
      await engine.close();
    }
  });

  it("hears speech beyond the first 30 s, because long audio is cut into windows", async () => {
    const engine = await loadWhisperEngine({ modelsDir, model: "tiny-whisper", device: "cpu", dtype: "fp32", language: "en" }, quietLogger);
    try {
      const speech = decodeSpeechAudio(await speak("good morning"), "audio/wav", 60);
      const lateSpeech = new Float32Array(16000 * 45);
      lateSpeech.set(speech, 16000 * 40);
      expect(await engine.transcribe(lateSpeech)).toEqual({ text: tinyWhisperSpeechText });
    } finally {
      await engine.close();
    }
  });

  it("names the missing directory when the model is not on the volume", async () => {
    await expect(
      loadWhisperEngine({ modelsDir, model: "whisper-large-v3", device: "cpu", dtype: "fp32" }, quietLogger),
    ).rejects.toThrow(/whisper-large-v3 not found/);
  });

  describe("served by the agent", () => {
    let server: RunningAgent<ModelServerConfig>;
    afterEach(() => server.close());

    it("transcribes with Whisper when STT_ENGINE=whisper and reports it in /ready", async () => {
      server = await startModelServer({ STT_ENGINE: "whisper", MODELS_DIR: modelsDir, WHISPER_MODEL: "tiny-whisper", WHISPER_LANGUAGE: "en" });
      const ready = await (await fetch(`${server.url}/ready`)).json();
      expect(ready).toMatchObject({ ready: true, checks: { speechToText: { ok: true, detail: { engine: "whisper", device: "cpu", model: "tiny-whisper" } } } });
      const res = await postAudio(server.url, await speak("good morning"), "audio/wav");
      expect(await res.json()).toMatchObject({ text: tinyWhisperSpeechText, engine: "whisper" });
    });

    it("stays up but not ready, and answers 503, when the configured model is missing", async () => {
      server = await startModelServer({ STT_ENGINE: "whisper", MODELS_DIR: modelsDir, WHISPER_MODEL: "absent-model" });
      const ready = await fetch(`${server.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ checks: { speechToText: { ok: false, detail: { status: "failed" } } } });
      const res = await postAudio(server.url, Buffer.alloc(3200), "application/octet-stream");
      expect(res.status).toBe(503);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    });
  });
});
