import { z } from "zod";
import { storableText } from "../storable-text";

export interface MemoryLimits {
  maxContentChars: number;
  maxBatch: number;
}

const scopeId = storableText(200);
const memoryType = z.string().regex(/^[a-z][a-z0-9_.-]{0,39}$/, "lowercase identifier, e.g. fact, preference, event, summary");
const tag = storableText(64).transform((t) => t.toLowerCase());
const tags = z
  .array(tag)
  .max(32)
  .transform((list) => [...new Set(list)]);

/** pgvector stores float4: the largest finite magnitude, and the smallest normal one. */
const float4Max = 3.4028234663852886e38;
const float4MinNormal = 1.1754943508222875e-38;

/**
 * An element pgvector stores as sent. Beyond float4's range PostgreSQL refuses the vector; below
 * its smallest normal magnitude a value loses precision or becomes 0 (1e-320 reads as 0, so a
 * vector of such values is the zero vector), so those are refused too rather than silently changed.
 */
const float4Element = z
  .number()
  .refine(
    (x) => x === 0 || (Math.abs(Math.fround(x)) <= float4Max && Math.abs(x) >= float4MinNormal),
    "must be 0 or a float4 magnitude between 1.1754944e-38 and 3.4028235e+38",
  );

/** pgvector's HNSW indexes vectors of up to 2000 dimensions; a zero vector has no cosine direction. */
const embeddingInput = z.object({
  model: storableText(200),
  vector: z
    .array(float4Element)
    .min(1)
    .max(2000)
    .refine((v) => v.some((x) => x !== 0), "must not be the zero vector"),
});
export type EmbeddingInput = z.infer<typeof embeddingInput>;

const ttlSeconds = z.number().int().min(1).max(10 * 365 * 24 * 3600);

export function memoryRequestSchemas(limits: MemoryLimits) {
  const newMemory = z.strictObject({
    content: storableText(limits.maxContentChars),
    type: memoryType,
    importance: z.number().min(0).max(1).default(0.5),
    tags: tags.default([]),
    ttlSeconds: ttlSeconds.optional(),
    sessionId: scopeId.optional(),
    userId: scopeId.optional(),
    source: storableText(200).optional(),
    subject: storableText(200).optional(),
    embedding: embeddingInput.optional(),
  });

  const memoryPatch = z
    .strictObject({
      content: storableText(limits.maxContentChars).optional(),
      type: memoryType.optional(),
      importance: z.number().min(0).max(1).optional(),
      tags: tags.optional(),
      ttlSeconds: ttlSeconds.nullable().optional(),
      source: storableText(200).nullable().optional(),
      subject: storableText(200).nullable().optional(),
      embedding: embeddingInput.optional(),
    })
    .refine((p) => Object.keys(p).length > 0, "at least one field to change")
    .refine((p) => p.embedding === undefined || p.content !== undefined, "embedding can only change with content");

  const search = z.strictObject({
    query: storableText(2000),
    limit: z.number().int().min(1).max(100).default(10),
    types: z.array(memoryType).min(1).max(20).optional(),
    tags: tags.optional(),
    sessionId: scopeId.optional(),
    userId: scopeId.optional(),
    includeSuperseded: z.boolean().default(false),
    embedding: embeddingInput.optional(),
  });

  const forget = z
    .strictObject({
      ids: z.array(z.uuid()).min(1).max(1000).optional(),
      userId: scopeId.optional(),
      sessionId: scopeId.optional(),
      types: z.array(memoryType).min(1).max(20).optional(),
      tags: tags.optional(),
      createdBefore: z.iso.datetime({ offset: true }).optional(),
    })
    // Forgetting everything is never what a request with a typo in its filter meant.
    .refine((f) => Object.values(f).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0)), "at least one filter");

  return {
    newMemory,
    batch: z.strictObject({ memories: z.array(newMemory).min(1).max(limits.maxBatch) }),
    memoryPatch,
    search,
    forget,
    memoryId: z.strictObject({ id: z.uuid() }),
    // `?type=fact`: one type only, as a query string carries it; "what do you know about me" lists facts, not summaries.
    list: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100), type: memoryType.optional() }),
  };
}

type Schemas = ReturnType<typeof memoryRequestSchemas>;
export type NewMemory = z.infer<Schemas["newMemory"]>;
export type MemoryPatch = z.infer<Schemas["memoryPatch"]>;
export type SearchRequest = z.infer<Schemas["search"]>;
export type ForgetFilter = z.infer<Schemas["forget"]>;
