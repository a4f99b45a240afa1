/** One entry of the stack's `models` list, as a user would set it with `pulumi config set --path` and the CLI hands it over. */
export const whisperModel = {
  target: "whisper-base.en",
  source: { huggingFace: { repo: "onnx-community/whisper-base.en", revision: "0123abc" } },
  files: [
    { path: "config.json", sha256: "1".repeat(64), size: 1800 },
    { path: "onnx/encoder_model.onnx", sha256: "2".repeat(64) },
  ],
};
