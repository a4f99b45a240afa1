import { z } from "zod";
import type { PeerClient } from "../../kit/peer-client";
import type { EmbeddingPurpose, EmbedTexts } from "./embedding-classifier";

const embedResponse = z
  .object({ model: z.string().min(1), dimension: z.number().int().positive(), vectors: z.array(z.array(z.number())) })
  .refine((r) => r.vectors.every((v) => v.length === r.dimension), "vector length differs from dimension");

/** pc2's `POST /v1/embed`, checked: a malformed answer must not reach the cosine arithmetic. */
export function pc2EmbedTexts(pc2: PeerClient, timeoutMs: Record<EmbeddingPurpose, number>): EmbedTexts {
  return async (texts, purpose) => {
    const body = embedResponse.parse(await pc2.post("/v1/embed", { texts }, { timeoutMs: timeoutMs[purpose] }));
    if (body.vectors.length !== texts.length) throw new Error(`pc2 returned ${body.vectors.length} vectors for ${texts.length} texts`);
    return { model: body.model, vectors: body.vectors };
  };
}
