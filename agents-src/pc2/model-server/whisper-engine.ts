import { LocalModelOptions, loadLocalPipeline } from "./local-pipeline";
import type { DeviceLogger } from "./model-device";
import type { SpeechToTextEngine, Transcript } from "./speech-to-text";

export interface WhisperOptions extends LocalModelOptions {
  /** Unset for English-only checkpoints, which reject a language. */
  language?: string;
}

/** Whisper's encoder sees 30 s windows; longer audio is cut into overlapping windows. */
const windowSeconds = 30;
const windowOverlapSeconds = 5;

/** A Whisper ONNX export (encoder_model + decoder_model_merged) from the models volume. */
export async function loadWhisperEngine(options: WhisperOptions, logger: DeviceLogger): Promise<SpeechToTextEngine> {
  const { loaded: recognizer, device, deviceReason } = await loadLocalPipeline("automatic-speech-recognition", options, logger);
  return {
    info: { engine: "whisper", device, ...(deviceReason === undefined ? {} : { deviceReason }), model: options.model },
    async transcribe(audio: Float32Array): Promise<Transcript> {
      const output = await recognizer(audio, {
        language: options.language,
        chunk_length_s: windowSeconds,
        stride_length_s: windowOverlapSeconds,
      });
      const text = (Array.isArray(output) ? output.map((o) => o.text).join(" ") : output.text).trim();
      return { text };
    },
    close: () => recognizer.dispose(),
  };
}
