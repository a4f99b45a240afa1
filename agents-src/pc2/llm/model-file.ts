import { z } from "zod";

/**
 * A GGUF file inside the models volume, never a path that could leave it. The Pulumi program
 * checks stack config with the same rule the agent checks LLM_MODEL with.
 */
export const ggufModelFile = z
  .string()
  .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\.gguf$/, "expected a .gguf file inside the models volume, e.g. qwen2.5-1.5b-instruct-q4_k_m.gguf")
  .refine((p) => !p.split("/").includes(".."), "must not leave the models volume");
