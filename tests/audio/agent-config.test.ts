import { httpUrl, peerPubEnvName, pubUrl } from "../../agents-src/kit/catalog";
import { ConfigError, loadConfig } from "../../agents-src/kit/config";
import { cpuBudget } from "../../agents-src/kit/cpu-budget";
import { defaultPipelineThreads, preprocessorConfig } from "../../agents-src/audio/fused-audio-preprocessor/config";
import { vadConfig } from "../../agents-src/audio/vad/config";

const variables = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => p.variable);
    throw err;
  }
  return [];
};

describe("audio agent configuration", () => {
  const upstreamVariable = peerPubEnvName("fused-audio-preprocessor");
  const upstream = pubUrl("fused-audio-preprocessor", "127.0.0.1");
  const vadEnv = { SERVICE_NAME: "vad", HTTP_PORT: "0", ZMQ_PUB_PORT: "0", [upstreamVariable]: upstream };
  // The preprocessor asks memory-orchestrator whose device token a client presents.
  const preprocessorEnv = { SERVICE_NAME: "fused-audio-preprocessor", HTTP_PORT: "0", ZMQ_PUB_PORT: "0", MEMORY_ORCHESTRATOR_URL: httpUrl("memory-orchestrator", "127.0.0.1") };

  it("reads the vad's upstream from the catalog's variable and applies the tuned defaults", () => {
    const config = loadConfig(vadConfig, vadEnv);
    expect(config.upstreamPubUrl).toBe(upstream);
    expect(config).toMatchObject({ VAD_ENGINE: "silero", VAD_FALLBACK: true, VAD_THRESHOLD: 0.8, VAD_NEG_THRESHOLD: 0.65, VAD_STREAM_IDLE_MS: 5000 });
    // Unset, the minimum speech is the detector's own.
    expect(config.VAD_MIN_SPEECH_MS).toBeUndefined();
    expect(loadConfig(vadConfig, { ...vadEnv, VAD_MIN_SPEECH_MS: "64" }).VAD_MIN_SPEECH_MS).toBe(64);
    // An empty variable (a template passing through an unset one) is unset too, not 0.
    expect(loadConfig(vadConfig, { ...vadEnv, VAD_MIN_SPEECH_MS: "" }).VAD_MIN_SPEECH_MS).toBeUndefined();
  });

  it("names every bad vad variable", () => {
    expect(variables(() => loadConfig(vadConfig, { ...vadEnv, [upstreamVariable]: undefined, VAD_ENGINE: "energy" }))).toEqual(
      expect.arrayContaining([upstreamVariable, "VAD_ENGINE"]),
    );
    expect(variables(() => loadConfig(vadConfig, { ...vadEnv, VAD_THRESHOLD: "0.5", VAD_NEG_THRESHOLD: "0.6" }))).toEqual(["VAD_NEG_THRESHOLD"]);
    // Under 100 ms, live streams would be finished between their messages.
    expect(variables(() => loadConfig(vadConfig, { ...vadEnv, VAD_STREAM_IDLE_MS: "50" }))).toEqual(["VAD_STREAM_IDLE_MS"]);
  });

  it("parses the preprocessor's flags and limits", () => {
    const env = preprocessorEnv;
    expect(loadConfig(preprocessorConfig, { ...env, NOISE_SUPPRESSION: "false" })).toMatchObject({ NOISE_SUPPRESSION: false, AGC: true, MAX_SESSIONS: 32, MAX_LOOP_UTILIZATION: 0.8 });
    expect(variables(() => loadConfig(preprocessorConfig, { ...env, MAX_FRAME_BYTES: "0", AGC: "maybe" }))).toEqual(
      expect.arrayContaining(["MAX_FRAME_BYTES", "AGC"]),
    );
    // Under 0.2 the guard could not let clients in again 0.1 under its limit; over 1 it means nothing.
    for (const limit of ["0.1", "1.5", "busy"]) {
      expect(variables(() => loadConfig(preprocessorConfig, { ...env, MAX_LOOP_UTILIZATION: limit }))).toEqual(["MAX_LOOP_UTILIZATION"]);
    }
  });

  it("runs the audio on one thread per CPU but the socket thread's, 1 to 4, unless PIPELINE_THREADS says otherwise", () => {
    const env = preprocessorEnv;
    expect([0.5, 1, 1.5, 2, 3, 4.9, 8, 64].map(defaultPipelineThreads)).toEqual([1, 1, 1, 1, 2, 3, 4, 4]);
    expect(loadConfig(preprocessorConfig, env).PIPELINE_THREADS).toBe(defaultPipelineThreads(cpuBudget()));
    expect(loadConfig(preprocessorConfig, { ...env, PIPELINE_THREADS: "8" }).PIPELINE_THREADS).toBe(8);
    for (const threads of ["0", "1.5", "33"]) {
      expect(variables(() => loadConfig(preprocessorConfig, { ...env, PIPELINE_THREADS: threads }))).toEqual(["PIPELINE_THREADS"]);
    }
  });
});
