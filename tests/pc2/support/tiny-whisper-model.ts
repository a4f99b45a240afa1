import { specialTokenEntry, writeModelDirectory } from "./model-directory";
import { encodeModel, floatInput, floatOutput, floatTensor, int64Input, int64Tensor, node } from "./onnx-graph";

/**
 * Writes a Whisper model directory in the layout transformers.js loads from the models volume
 * (config, generation config, feature-extractor config, tokenizer, onnx/encoder_model.onnx and
 * onnx/decoder_model_merged.onnx), with Whisper's exact tensor names but tiny hand-set weights,
 * because no real Whisper export can be downloaded here.
 *
 * The encoder averages the log-mel bins of each pair of frames; the decoder is a bigram table
 * whose first free choice (after the prompt) is gated by the loudest encoder frame: any audible
 * clip makes it say "hello world", digital silence makes it end at once. So a test sees audio go through the
 * feature extractor, both sessions, the generation loop and the tokenizer.
 */
export const tinyWhisperSpeechText = "hello world";

const tokens = [
  "hello",
  "Ġworld",
  "<|endoftext|>",
  "<|startoftranscript|>",
  "<|en|>",
  "<|transcribe|>",
  "<|translate|>",
  "<|notimestamps|>",
] as const;
const id = (token: (typeof tokens)[number]): number => tokens.indexOf(token);
const vocabSize = tokens.length;
const melBins = 80;
const frames = 3000;
/**
 * Whisper normalises log-mel as (max(x, peak - 8) + 4) / 4: digital silence puts every bin at
 * log10(1e-10) = -10, so a silent clip's frames average -1.5, while the loudest frame of any
 * audible clip sits near (peak + 4) / 4, well above -1.
 */
const silentFrameCeiling = -1;

export async function writeTinyWhisperModel(dir: string): Promise<void> {
  await writeModelDirectory(dir, {
    "config.json": {
      model_type: "whisper",
      architectures: ["WhisperForConditionalGeneration"],
      is_encoder_decoder: true,
      d_model: 1,
      encoder_layers: 1,
      decoder_layers: 1,
      encoder_attention_heads: 1,
      decoder_attention_heads: 1,
      num_mel_bins: melBins,
      vocab_size: vocabSize,
      max_source_positions: frames / 2,
      max_target_positions: 32,
      decoder_start_token_id: id("<|startoftranscript|>"),
      bos_token_id: id("<|endoftext|>"),
      eos_token_id: id("<|endoftext|>"),
      pad_token_id: id("<|endoftext|>"),
    },
    "generation_config.json": {
      decoder_start_token_id: id("<|startoftranscript|>"),
      bos_token_id: id("<|endoftext|>"),
      eos_token_id: id("<|endoftext|>"),
      pad_token_id: id("<|endoftext|>"),
      is_multilingual: true,
      lang_to_id: { "<|en|>": id("<|en|>") },
      task_to_id: { transcribe: id("<|transcribe|>"), translate: id("<|translate|>") },
      no_timestamps_token_id: id("<|notimestamps|>"),
      max_length: 32,
      suppress_tokens: [],
      begin_suppress_tokens: [],
    },
    "preprocessor_config.json": {
      feature_extractor_type: "WhisperFeatureExtractor",
      processor_class: "WhisperProcessor",
      feature_size: melBins,
      num_mel_bins: melBins,
      sampling_rate: 16000,
      hop_length: 160,
      n_fft: 400,
      chunk_length: 30,
      n_samples: 480000,
      nb_max_frames: frames,
      padding_side: "right",
      padding_value: 0,
      return_attention_mask: false,
    },
    "tokenizer_config.json": { tokenizer_class: "WhisperTokenizer", model_max_length: 32 },
    "tokenizer.json": tokenizerJson(),
    "onnx/encoder_model.onnx": encoderModel(),
    "onnx/decoder_model_merged.onnx": decoderModel(),
  });
}

function tokenizerJson(): unknown {
  const special = tokens.filter((t) => t.startsWith("<|"));
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: special.map((content) => specialTokenEntry(id(content), content)),
    normalizer: null,
    pre_tokenizer: { type: "ByteLevel", add_prefix_space: false, trim_offsets: true, use_regex: true },
    post_processor: null,
    decoder: { type: "ByteLevel", add_prefix_space: true, trim_offsets: true, use_regex: true },
    model: {
      type: "BPE",
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: "",
      end_of_word_suffix: "",
      fuse_unk: false,
      vocab: Object.fromEntries(tokens.map((t, i) => [t, i])),
      merges: [],
    },
  };
}

function encoderModel(): Uint8Array {
  return encodeModel({
    name: "tiny-whisper-encoder",
    inputs: [floatInput("input_features", ["batch_size", melBins, frames])],
    outputs: [floatOutput("last_hidden_state", ["batch_size", frames / 2, 1])],
    initializers: [int64Tensor("frame_pairs", [3], [0, frames / 2, 2])],
    nodes: [
      node("ReduceMean", ["input_features"], ["frame_energy"], { axes: [1], keepdims: 0 }),
      node("Reshape", ["frame_energy", "frame_pairs"], ["paired"]),
      node("ReduceMean", ["paired"], ["last_hidden_state"], { axes: [2], keepdims: 1 }),
    ],
  });
}

function decoderModel(): Uint8Array {
  const strong = 20;
  const table = new Float32Array(vocabSize * vocabSize);
  const prefer = (after: number, next: number, score: number) => (table[after * vocabSize + next] = score);
  for (let t = 0; t < vocabSize; t++) prefer(t, id("<|endoftext|>"), strong);
  // After the prompt "hello" and end-of-text tie; the audio gate below breaks the tie.
  prefer(id("<|notimestamps|>"), id("<|endoftext|>"), strong / 2);
  prefer(id("<|notimestamps|>"), id("hello"), strong / 2);
  prefer(id("hello"), id("Ġworld"), strong);
  prefer(id("hello"), id("<|endoftext|>"), 0);
  const gate = new Float32Array(vocabSize);
  gate[id("hello")] = 1;
  gate[id("<|endoftext|>")] = -1;
  return encodeModel({
    name: "tiny-whisper-decoder",
    inputs: [
      int64Input("input_ids", ["batch_size", "decoder_sequence_length"]),
      floatInput("encoder_hidden_states", ["batch_size", "encoder_sequence_length", 1]),
    ],
    outputs: [floatOutput("logits", ["batch_size", "decoder_sequence_length", vocabSize])],
    initializers: [
      floatTensor("bigram", [vocabSize, vocabSize], table),
      floatTensor("gate", [vocabSize], gate),
      floatTensor("speech_threshold", [], [silentFrameCeiling]),
    ],
    nodes: [
      node("Gather", ["bigram", "input_ids"], ["bigram_logits"], { axis: 0 }),
      node("ReduceMax", ["encoder_hidden_states"], ["loudest"], { axes: [1, 2], keepdims: 1 }),
      node("Sub", ["loudest", "speech_threshold"], ["speech"]),
      node("Mul", ["speech", "gate"], ["gated"]),
      node("Add", ["bigram_logits", "gated"], ["logits"]),
    ],
  });
}
