import { z } from "zod";
import { baseAgentConfig } from "../../kit";

const positiveInt = z.coerce.number().int().positive();

/** Model names are directories inside MODELS_DIR, never paths that could leave it. */
const modelDirectoryName = z
  .string()
  .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)?$/, "expected a directory name inside MODELS_DIR, e.g. whisper-base.en or org/name")
  .refine((name) => !name.split("/").includes(".."), "must not contain ..");

export const modelServerConfig = baseAgentConfig
  .extend({
    // 120 s of 48 kHz stereo 16-bit WAV is 23 MB; the default kit limit (1 MiB) is about 30 s of 16 kHz mono.
    BODY_LIMIT_BYTES: positiveInt.default(32 * 1024 * 1024),
    MODELS_DIR: z.string().min(1).default("/models"),
    MODEL_DEVICE: z.enum(["auto", "cpu", "cuda"]).default("auto"),
    MODEL_DTYPE: z.enum(["fp32", "fp16", "q8", "int8", "uint8", "q4", "q4f16", "bnb4"]).default("fp32"),
    MODEL_QUEUE_LIMIT: positiveInt.default(8),
    STT_ENGINE: z.enum(["pocketsphinx", "whisper"]).default("pocketsphinx"),
    POCKETSPHINX_MODEL_DIR: z.string().min(1).default("/usr/share/pocketsphinx/model/en-us"),
    /** pocketsphinx's own spectral noise subtraction, on top of the preprocessor's RNNoise (see docs/hearing.md). */
    POCKETSPHINX_REMOVE_NOISE: z.enum(["yes", "no"]).default("yes").transform((value) => value === "yes"),
    /**
     * Share of the pocketsphinx language model that comes from the assistant's domain (its intents'
     * sentences and STT_VOCABULARY), the rest from the general English model; 0 turns it off.
     * On the tuning part of `npm run eval:stt` 0.3 / 0.5 / 0.8 gave the same results (WER 0.53 /
     * 0.52 / 0.51, intent accuracy 0.56), so the middle one keeps room for open statements.
     */
    STT_DOMAIN_WEIGHT: z.coerce.number().min(0).max(0.99).default(0.5),
    /**
     * Decode each utterance a second time against a closed grammar of the domain's sentences and
     * take its transcript when it is a request (command or question) that fits the audio well
     * (pocketsphinx-engine.ts); needs STT_DOMAIN_WEIGHT > 0. Off: on the tuning part of `eval:stt`
     * it helped (intent 0.56 -> 0.60), on the held-out part, whose requests are mostly not the
     * corpus' sentences, it did not (0.55 -> 0.56, sentence errors 0.83 -> 0.86), turning requests
     * heard right into the nearest sentence of the grammar ("where is my wallet" -> "where is my
     * phone"), for about a fifth more CPU (docs/hearing.md, "A grammar pass (tried)").
     */
    STT_GRAMMAR_PASS: z.enum(["yes", "no"]).default("no").transform((value) => value === "yes"),
    /**
     * Names and places the users say, comma-separated ("Imogen, Rotterdam"): added to the dictionary
     * and the domain model, alone and in its name frames ("where does imogen live"), for everyone.
     */
    STT_VOCABULARY: z
      .string()
      .default("")
      .transform((list) => list.split(",").map((phrase) => phrase.trim()).filter(Boolean)),
    /**
     * Acoustic models adapted to enrolled users' voices, one folder per user id (~12 MB each),
     * written by POST /v1/speaker-enrolment or `npm run stt:adapt-speaker` (the latter read at
     * start); a user with one gets a recogniser of their own.
     */
    STT_SPEAKER_MODELS_DIR: z.string().min(1).default("/var/lib/voice/speakers"),
    /** Users whose own recogniser (their words from their memories) stays loaded at once; about 115 MB each. */
    STT_USER_RECOGNISERS: positiveInt.default(4),
    WHISPER_MODEL: modelDirectoryName.optional(),
    WHISPER_LANGUAGE: z.string().min(2).optional(),
    MAX_AUDIO_SECONDS: positiveInt.default(120),
    EMBED_ENGINE: z.enum(["use-lite", "onnx"]).default("use-lite"),
    EMBED_MODEL: modelDirectoryName.optional(),
    EMBED_POOLING: z.enum(["mean", "cls"]).default("mean"),
    EMBED_MAX_BATCH: positiveInt.default(128),
    EMBED_MAX_TEXT_CHARS: positiveInt.default(4000),
    /** Texts whose vectors are kept to answer a repeat without the model (a turn's words are embedded by the router, then by the llm's context search); 0 keeps none. */
    EMBED_RECENT_TEXTS: z.coerce.number().int().min(0).default(256),
  })
  .superRefine((config, ctx) => {
    if (config.STT_ENGINE === "whisper" && !config.WHISPER_MODEL) {
      ctx.addIssue({ code: "custom", path: ["WHISPER_MODEL"], message: "required when STT_ENGINE=whisper" });
    }
    if (config.EMBED_ENGINE === "onnx" && !config.EMBED_MODEL) {
      ctx.addIssue({ code: "custom", path: ["EMBED_MODEL"], message: "required when EMBED_ENGINE=onnx" });
    }
  });

export type ModelServerConfig = z.infer<typeof modelServerConfig>;
