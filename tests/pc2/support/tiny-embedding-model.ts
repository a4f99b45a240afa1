import { specialTokenEntry, writeModelDirectory } from "./model-directory";
import { encodeModel, floatOutput, floatTensor, int64Input, node } from "./onnx-graph";

/**
 * Writes a BERT-layout embedding model directory (config, WordPiece tokenizer, onnx/model.onnx)
 * whose token embeddings are one-hot per word, so mean pooling yields bag-of-words vectors:
 * sentences sharing words are measurably closer, which a test can assert without a real model.
 */
const specialTokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"];
export const tinyEmbeddingWords = [
  "my", "car", "is", "parked", "on", "level", "three", "five", "the", "weather", "sunny", "today",
];
const vocab = [...specialTokens, ...tinyEmbeddingWords];
export const tinyEmbeddingDimension = tinyEmbeddingWords.length;

export async function writeTinyEmbeddingModel(dir: string): Promise<void> {
  await writeModelDirectory(dir, {
    "config.json": {
      model_type: "bert",
      architectures: ["BertModel"],
      hidden_size: tinyEmbeddingDimension,
      vocab_size: vocab.length,
      pad_token_id: 0,
    },
    "tokenizer_config.json": {
      tokenizer_class: "BertTokenizer",
      do_lower_case: true,
      model_max_length: 64,
      pad_token: "[PAD]",
      unk_token: "[UNK]",
      cls_token: "[CLS]",
      sep_token: "[SEP]",
    },
    "tokenizer.json": tokenizerJson(),
    "onnx/model.onnx": model(),
  });
}

function tokenizerJson(): unknown {
  const cls = vocab.indexOf("[CLS]");
  const sep = vocab.indexOf("[SEP]");
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: specialTokens.map((content) => specialTokenEntry(vocab.indexOf(content), content)),
    normalizer: { type: "BertNormalizer", clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: {
      type: "TemplateProcessing",
      single: [{ SpecialToken: { id: "[CLS]", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { SpecialToken: { id: "[SEP]", type_id: 0 } }],
      pair: [],
      special_tokens: {
        "[CLS]": { id: "[CLS]", ids: [cls], tokens: ["[CLS]"] },
        "[SEP]": { id: "[SEP]", ids: [sep], tokens: ["[SEP]"] },
      },
    },
    decoder: { type: "WordPiece", prefix: "##", cleanup: true },
    model: {
      type: "WordPiece",
      unk_token: "[UNK]",
      continuing_subword_prefix: "##",
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab.map((t, i) => [t, i])),
    },
  };
}

function model(): Uint8Array {
  const table = new Float32Array(vocab.length * tinyEmbeddingDimension);
  tinyEmbeddingWords.forEach((_, word) => (table[(specialTokens.length + word) * tinyEmbeddingDimension + word] = 1));
  return encodeModel({
    name: "tiny-bag-of-words",
    inputs: [
      int64Input("input_ids", ["batch_size", "sequence_length"]),
      int64Input("attention_mask", ["batch_size", "sequence_length"]),
      int64Input("token_type_ids", ["batch_size", "sequence_length"]),
    ],
    outputs: [floatOutput("last_hidden_state", ["batch_size", "sequence_length", tinyEmbeddingDimension])],
    initializers: [floatTensor("word_embeddings", [vocab.length, tinyEmbeddingDimension], table)],
    nodes: [node("Gather", ["word_embeddings", "input_ids"], ["last_hidden_state"], { axis: 0 })],
  });
}
