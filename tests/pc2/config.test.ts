import { ConfigError, loadConfig } from "../../agents-src/kit";
import { modelServerConfig } from "../../agents-src/pc2/model-server/config";

const base = { SERVICE_NAME: "pc2", HTTP_PORT: "0" };

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(modelServerConfig, { ...base, ...env });
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => p.variable);
    throw err;
  }
  return [];
}

describe("pc2 configuration", () => {
  it("defaults to the offline engines on the automatically chosen device", () => {
    expect(loadConfig(modelServerConfig, base)).toMatchObject({
      STT_ENGINE: "pocketsphinx",
      EMBED_ENGINE: "use-lite",
      MODEL_DEVICE: "auto",
      MODELS_DIR: "/models",
      MODEL_QUEUE_LIMIT: 8,
    });
  });

  it.each([
    ["whisper without a model", { STT_ENGINE: "whisper" }, ["WHISPER_MODEL"]],
    ["onnx embeddings without a model", { EMBED_ENGINE: "onnx" }, ["EMBED_MODEL"]],
    ["a model path that leaves the volume", { STT_ENGINE: "whisper", WHISPER_MODEL: "../etc" }, ["WHISPER_MODEL"]],
    ["an absolute model path", { EMBED_ENGINE: "onnx", EMBED_MODEL: "/etc/passwd" }, ["EMBED_MODEL"]],
    ["an unknown device", { MODEL_DEVICE: "tpu" }, ["MODEL_DEVICE"]],
    ["a zero queue limit", { MODEL_QUEUE_LIMIT: "0" }, ["MODEL_QUEUE_LIMIT"]],
  ])("rejects %s, naming the variable", (_name, env, variables) => {
    expect(problems(env)).toEqual(variables);
  });

  it("accepts a model in an org/name folder", () => {
    expect(problems({ STT_ENGINE: "whisper", WHISPER_MODEL: "onnx-community/whisper-base.en" })).toEqual([]);
  });
});
