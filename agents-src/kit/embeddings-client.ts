import { z } from "zod";
import type { CallOptions, PeerClient } from "./peer-client";

/** pc2's answer to `POST /v1/embed`: one vector of `dimension` numbers per text, in the texts' order. */
export interface TextEmbeddings {
  model: string;
  dimension: number;
  vectors: number[][];
}

const embedResponse = z
  .object({ model: z.string().min(1), dimension: z.number().int().positive(), vectors: z.array(z.array(z.number().finite())) })
  .refine((r) => r.vectors.every((v) => v.length === r.dimension), "a vector's length differs from dimension");

/** pc2 answered /v1/embed, but not with one vector per text: a fault of pc2, unlike a PeerError, where it did not answer. */
export class UnusableEmbeddingsError extends Error {
  constructor(
    message: string,
    readonly issues?: unknown,
  ) {
    super(message);
    this.name = "UnusableEmbeddingsError";
  }
}

/**
 * pc2's `POST /v1/embed`, checked, so that a malformed answer reaches neither cosine arithmetic
 * nor a vector column. Throws the PeerClient's PeerError when pc2 does not answer and
 * UnusableEmbeddingsError when its answer does not fit the texts; whether to retry (`idempotent`:
 * embedding is a pure function of the text), degrade or fall back is for the caller to decide.
 */
export async function requestEmbeddings(pc2: PeerClient, texts: string[], options: CallOptions = {}): Promise<TextEmbeddings> {
  const parsed = embedResponse.safeParse(await pc2.post("/v1/embed", { texts }, options));
  if (!parsed.success) throw new UnusableEmbeddingsError("pc2 answered /v1/embed with an unusable body", parsed.error.issues);
  if (parsed.data.vectors.length !== texts.length) {
    throw new UnusableEmbeddingsError(`pc2 returned ${parsed.data.vectors.length} vectors for ${texts.length} texts`);
  }
  return parsed.data;
}
