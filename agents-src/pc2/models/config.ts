import { z } from "zod";
import { baseJobConfig, secretValue } from "../../kit";
import { modelManifestSchema } from "./manifest";

const positiveInt = z.coerce.number().int().positive();

/** The manifest travels as JSON (the stack sets it; locally MODELS_MANIFEST_FILE names a file). */
const manifestJson = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch (err) {
      ctx.addIssue({ code: "custom", message: `not JSON: ${(err as Error).message}` });
      return z.NEVER;
    }
  })
  .pipe(modelManifestSchema);

export const modelsJobConfig = baseJobConfig.extend({
  /** The models volume; pc2 reads the same folder (read-only). */
  MODELS_DIR: z.string().min(1).default("/models"),
  MODELS_MANIFEST: manifestJson.default([]),
  /** A Hugging Face (or other) access token for private sources; it arrives as MODELS_TOKEN_FILE. */
  MODELS_TOKEN: secretValue.optional(),
  MODELS_ATTEMPTS: positiveInt.max(10).default(3),
  MODELS_RETRY_DELAY_MS: z.coerce.number().int().nonnegative().default(2000),
  MODELS_IDLE_TIMEOUT_MS: positiveInt.default(30_000),
  /** At most one progress line per file per this many milliseconds. */
  MODELS_PROGRESS_INTERVAL_MS: z.coerce.number().int().nonnegative().default(5000),
});
export type ModelsJobConfig = z.infer<typeof modelsJobConfig>;
