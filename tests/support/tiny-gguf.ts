import { writeFileSync } from "node:fs";

/**
 * Writes a tiny llama-architecture GGUF with random weights and a small SentencePiece-style
 * vocabulary that llama.cpp loads: the model the llm service's tests and bench run on, since no
 * weights can be downloaded here. It says nothing about reply quality; it exercises loading,
 * tokenising, sampling, streaming and cancellation for real.
 *
 * Format: GGUF v3 (ggml-org/ggml docs/gguf.md): header, metadata key/values, tensor infos, then
 * the tensor data aligned to `general.alignment` (32 by default). Tensor shapes are given
 * innermost dimension first (ggml's ne[0]), which is how llama.cpp's llama-model.cpp
 * create_tensor checks them: token_embd {n_embd, n_vocab}, attn_q {n_embd, n_embd}, ffn_gate
 * {n_embd, n_ff}, ffn_down {n_ff, n_embd}.
 */

const ggufType = { uint32: 4, int32: 5, float32: 6, bool: 7, string: 8, array: 9 } as const;
const tensorTypeF32 = 0;
const alignment = 32;

type MetadataValue =
  | { type: "uint32"; value: number }
  | { type: "float32"; value: number }
  | { type: "bool"; value: boolean }
  | { type: "string"; value: string }
  | { type: "strings"; value: string[] }
  | { type: "float32s"; value: number[] }
  | { type: "int32s"; value: number[] };

class ByteWriter {
  private readonly chunks: Buffer[] = [];
  length = 0;

  push(buffer: Buffer): void {
    this.chunks.push(buffer);
    this.length += buffer.length;
  }
  u32(n: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    this.push(b);
  }
  i32(n: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(n);
    this.push(b);
  }
  u64(n: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(n));
    this.push(b);
  }
  f32(n: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(n);
    this.push(b);
  }
  string(s: string): void {
    const bytes = Buffer.from(s, "utf8");
    this.u64(bytes.length);
    this.push(bytes);
  }
  padTo(multiple: number): void {
    const pad = (multiple - (this.length % multiple)) % multiple;
    if (pad > 0) this.push(Buffer.alloc(pad));
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

function writeValue(w: ByteWriter, v: MetadataValue): void {
  switch (v.type) {
    case "uint32":
      w.u32(ggufType.uint32);
      w.u32(v.value);
      return;
    case "float32":
      w.u32(ggufType.float32);
      w.f32(v.value);
      return;
    case "bool":
      w.u32(ggufType.bool);
      w.push(Buffer.from([v.value ? 1 : 0]));
      return;
    case "string":
      w.u32(ggufType.string);
      w.string(v.value);
      return;
    case "strings":
      writeArray(w, ggufType.string, v.value, (s) => w.string(s));
      return;
    case "float32s":
      writeArray(w, ggufType.float32, v.value, (n) => w.f32(n));
      return;
    case "int32s":
      writeArray(w, ggufType.int32, v.value, (n) => w.i32(n));
      return;
  }
}

/** As gguf.md lays an array out: its type, its elements' type and their count before the elements. */
function writeArray<T>(w: ByteWriter, elementType: number, values: readonly T[], writeElement: (value: T) => void): void {
  w.u32(ggufType.array);
  w.u32(elementType);
  w.u64(values.length);
  for (const value of values) writeElement(value);
}

/** llama.cpp's llama_token_type values (llama-vocab.h). */
const tokenType = { normal: 1, unknown: 2, control: 3, byte: 6 } as const;

/**
 * Words the random model can emit, with the SentencePiece word-start mark, and punctuation, so
 * its output splits into sentences. Every byte has its own `<0xNN>` token too, which llama.cpp's
 * SPM tokenizer falls back on for any other text (it looks the newline byte up when loading).
 */
const words = [
  "the", "a", "is", "it", "I", "you", "we", "and", "to", "of", "in", "that", "this", "was", "day",
  "hello", "good", "time", "sun", "rain", "music", "story", "friend", "coffee", "walk", "today",
  "nice", "think", "like", "really", "maybe", "yes", "no", "sure", "well", "how", "what", "are",
];
const punctuation = [".", "!", "?", ","];

export interface TinyVocabulary {
  tokens: string[];
  scores: number[];
  types: number[];
}

export function tinyVocabulary(): TinyVocabulary {
  const tokens: string[] = ["<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>"];
  const types: number[] = [tokenType.unknown, tokenType.control, tokenType.control, tokenType.control, tokenType.control];
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`);
    types.push(tokenType.byte);
  }
  const pieces = ["▁", ...words.map((w) => `▁${w}`), ...punctuation, ...("abcdefghijklmnopqrstuvwxyz".split(""))];
  for (const piece of pieces) {
    tokens.push(piece);
    types.push(tokenType.normal);
  }
  // SentencePiece merges the pair whose result scores highest: longer pieces score higher.
  const scores = tokens.map((t, i) => (types[i] === tokenType.normal ? -1000 + [...t].length * 10 - i * 0.001 : 0));
  return { tokens, scores, types };
}

export interface TinyLlamaShape {
  embedding: number;
  layers: number;
  heads: number;
  feedForward: number;
  contextLength: number;
}

export const defaultTinyShape: TinyLlamaShape = { embedding: 64, layers: 2, heads: 4, feedForward: 128, contextLength: 2048 };

/** mulberry32: a seeded generator, so the same seed writes the same model byte for byte. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Tensor {
  name: string;
  dims: number[];
  data: Float32Array;
}

/** ChatML, which node-llama-cpp recognises from the template and formats chats with. */
const chatMlTemplate =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

/**
 * Random logits pick byte and control tokens as often as words, which makes unreadable text and
 * early end-of-text; damping their output rows makes the model babble words and punctuation,
 * so its replies are long enough to split into sentences.
 */
function outputWeights(rows: Float32Array, types: readonly number[], nEmbd: number): Float32Array {
  types.forEach((type, token) => {
    if (type === tokenType.normal) return;
    for (let i = token * nEmbd; i < (token + 1) * nEmbd; i++) rows[i] *= 0.05;
  });
  return rows;
}

export function tinyLlamaGguf(seed = 1, shape: TinyLlamaShape = defaultTinyShape): Buffer {
  const vocab = tinyVocabulary();
  const nVocab = vocab.tokens.length;
  const { embedding: nEmbd, layers, heads, feedForward: nFf } = shape;
  const random = seededRandom(seed);
  const weights = (count: number, scale: number): Float32Array => Float32Array.from({ length: count }, () => (random() * 2 - 1) * scale);
  const ones = (count: number): Float32Array => new Float32Array(count).fill(1);
  const tensors: Tensor[] = [
    { name: "token_embd.weight", dims: [nEmbd, nVocab], data: weights(nEmbd * nVocab, 1) },
    { name: "output_norm.weight", dims: [nEmbd], data: ones(nEmbd) },
    { name: "output.weight", dims: [nEmbd, nVocab], data: outputWeights(weights(nEmbd * nVocab, 1), vocab.types, nEmbd) },
  ];
  const projection = 1 / Math.sqrt(nEmbd);
  for (let i = 0; i < layers; i++) {
    tensors.push(
      { name: `blk.${i}.attn_norm.weight`, dims: [nEmbd], data: ones(nEmbd) },
      { name: `blk.${i}.attn_q.weight`, dims: [nEmbd, nEmbd], data: weights(nEmbd * nEmbd, projection) },
      { name: `blk.${i}.attn_k.weight`, dims: [nEmbd, nEmbd], data: weights(nEmbd * nEmbd, projection) },
      { name: `blk.${i}.attn_v.weight`, dims: [nEmbd, nEmbd], data: weights(nEmbd * nEmbd, projection) },
      { name: `blk.${i}.attn_output.weight`, dims: [nEmbd, nEmbd], data: weights(nEmbd * nEmbd, projection) },
      { name: `blk.${i}.ffn_norm.weight`, dims: [nEmbd], data: ones(nEmbd) },
      { name: `blk.${i}.ffn_gate.weight`, dims: [nEmbd, nFf], data: weights(nEmbd * nFf, projection) },
      { name: `blk.${i}.ffn_up.weight`, dims: [nEmbd, nFf], data: weights(nEmbd * nFf, projection) },
      { name: `blk.${i}.ffn_down.weight`, dims: [nFf, nEmbd], data: weights(nFf * nEmbd, 1 / Math.sqrt(nFf)) },
    );
  }
  const metadata: [string, MetadataValue][] = [
    ["general.architecture", { type: "string", value: "llama" }],
    ["general.name", { type: "string", value: `tiny-random-llama-seed-${seed}` }],
    ["general.file_type", { type: "uint32", value: 0 }],
    ["llama.context_length", { type: "uint32", value: shape.contextLength }],
    ["llama.embedding_length", { type: "uint32", value: nEmbd }],
    ["llama.block_count", { type: "uint32", value: layers }],
    ["llama.feed_forward_length", { type: "uint32", value: nFf }],
    ["llama.attention.head_count", { type: "uint32", value: heads }],
    ["llama.attention.head_count_kv", { type: "uint32", value: heads }],
    ["llama.attention.layer_norm_rms_epsilon", { type: "float32", value: 1e-5 }],
    ["llama.rope.dimension_count", { type: "uint32", value: nEmbd / heads }],
    ["llama.vocab_size", { type: "uint32", value: nVocab }],
    ["tokenizer.ggml.model", { type: "string", value: "llama" }],
    ["tokenizer.ggml.tokens", { type: "strings", value: vocab.tokens }],
    ["tokenizer.ggml.scores", { type: "float32s", value: vocab.scores }],
    ["tokenizer.ggml.token_type", { type: "int32s", value: vocab.types }],
    ["tokenizer.ggml.unknown_token_id", { type: "uint32", value: 0 }],
    ["tokenizer.ggml.bos_token_id", { type: "uint32", value: 1 }],
    ["tokenizer.ggml.eos_token_id", { type: "uint32", value: 2 }],
    ["tokenizer.ggml.add_bos_token", { type: "bool", value: true }],
    ["tokenizer.chat_template", { type: "string", value: chatMlTemplate }],
  ];

  const w = new ByteWriter();
  w.push(Buffer.from("GGUF", "ascii"));
  w.u32(3);
  w.u64(tensors.length);
  w.u64(metadata.length);
  for (const [key, value] of metadata) {
    w.string(key);
    writeValue(w, value);
  }
  let offset = 0;
  const offsets: number[] = [];
  for (const t of tensors) {
    w.string(t.name);
    w.u32(t.dims.length);
    for (const d of t.dims) w.u64(d);
    w.u32(tensorTypeF32);
    w.u64(offset);
    offsets.push(offset);
    offset += Math.ceil((t.data.byteLength) / alignment) * alignment;
  }
  w.padTo(alignment);
  for (const t of tensors) {
    w.push(Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength));
    w.padTo(alignment);
  }
  return w.bytes();
}

export function writeTinyLlamaGguf(path: string, seed = 1, shape?: TinyLlamaShape): string {
  writeFileSync(path, tinyLlamaGguf(seed, shape));
  return path;
}
