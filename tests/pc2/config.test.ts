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
    ["a domain weight of 1 (the general model would be gone)", { STT_DOMAIN_WEIGHT: "1" }, ["STT_DOMAIN_WEIGHT"]],
    ["a domain weight that is not a number", { STT_DOMAIN_WEIGHT: "half" }, ["STT_DOMAIN_WEIGHT"]],
  ])("rejects %s, naming the variable", (_name, env, variables) => {
    expect(problems(env)).toEqual(variables);
  });

  it("reads the user's words as a comma-separated list, and the domain model's weight", () => {
    expect(loadConfig(modelServerConfig, { ...base, STT_VOCABULARY: " Aoife, Zhytomyr ,, Rotterdam", STT_DOMAIN_WEIGHT: "0" })).toMatchObject({
      STT_VOCABULARY: ["Aoife", "Zhytomyr", "Rotterdam"],
      STT_DOMAIN_WEIGHT: 0,
    });
    expect(loadConfig(modelServerConfig, base)).toMatchObject({ STT_VOCABULARY: [], STT_DOMAIN_WEIGHT: 0.5 });
  });

  it("accepts a model in an org/name folder", () => {
    expect(problems({ STT_ENGINE: "whisper", WHISPER_MODEL: "onnx-community/whisper-base.en" })).toEqual([]);
  });
});
