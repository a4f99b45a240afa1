import type { FastifyInstance } from "fastify";
import type { Pool } from "pg";
import { Counter, notFound, parseBody, Registry, requireUserScope } from "../../kit";
import { answerUnavailableDatabaseWith503 } from "../../kit/postgres/unavailable";
import { hybridSearch, rankFullText, SearchHit, SearchQuery, SearchTuning } from "./hybrid-search";
import { EmbeddingInput, MemoryLimits, memoryRequestSchemas, NewMemory } from "./memory-requests";
import { changeMemory, deleteMemory, fetchMemory, forgetMemories, listMemories, MemoryChanges, readMemory } from "./memory-store";
import { factKey } from "../../kit/fact-attribute";
import { contentFingerprint, normalizeForComparison } from "./memory-text";
import { DedupePolicy, MemoryToWrite, writeMemories } from "./memory-writer";
import type { TextEmbedder } from "./text-embedder";

export interface MemoryRoutesOptions {
  pool: Pool;
  embedder: TextEmbedder;
  limits: MemoryLimits;
  dedupe: DedupePolicy;
  search: SearchTuning;
  metrics: Registry;
  /** Told after a user's memories were written, changed or forgotten. */
  memoriesChanged?: (userId: string) => void;
}

export function memoryRoutes(options: MemoryRoutesOptions) {
  const { pool, embedder } = options;
  const changed = (userId: string) => options.memoriesChanged?.(userId);
  const schemas = memoryRequestSchemas(options.limits);
  const writes = new Counter({
    name: "memory_writes_total",
    help: "Memories written, by outcome",
    labelNames: ["outcome"],
    registers: [options.metrics],
  });
  const searches = new Counter({
    name: "memory_searches_total",
    help: "Searches, by mode: hybrid, or fulltext when no query embedding was available",
    labelNames: ["mode"],
    registers: [options.metrics],
  });

  /** pc2 embeddings for texts; all `null` when pc2 is unavailable (the backfill job fills them in later). */
  async function embedTexts(texts: string[]): Promise<Array<EmbeddingInput | null>> {
    const embedded = texts.length > 0 ? await embedder.embed(texts) : null;
    return texts.map((_, i) => {
      const vector = embedded?.vectors[i];
      return embedded && vector ? { model: embedded.model, vector } : null;
    });
  }

  async function prepareWrites(userId: string, inputs: NewMemory[]): Promise<MemoryToWrite[]> {
    const missing = inputs.flatMap((m, i) => (m.embedding ? [] : [i]));
    const computed = await embedTexts(missing.map((i) => inputs[i].content));
    const embeddings = new Map(missing.map((inputIndex, k) => [inputIndex, computed[k]]));
    return inputs.map((m, i) => ({
      content: m.content,
      type: m.type,
      importance: m.importance,
      tags: m.tags,
      source: m.source ?? null,
      sessionId: m.sessionId ?? null,
      userId,
      subject: m.subject !== undefined ? normalizeForComparison(m.subject) : factKey(m.content),
      fingerprint: contentFingerprint(m.content),
      ttlSeconds: m.ttlSeconds ?? null,
      embedding: m.embedding ?? embeddings.get(i) ?? null,
    }));
  }

  return async function plugin(app: FastifyInstance): Promise<void> {
    answerUnavailableDatabaseWith503(app);

    app.post("/v1/memories", async (request, reply) => {
      const input = parseBody(schemas.newMemory, request.body);
      const userId = requireUserScope(request, input.userId);
      const [result] = await writeMemories(pool, await prepareWrites(userId, [input]), options.dedupe);
      writes.inc({ outcome: result.outcome });
      changed(userId);
      const memory = await fetchMemory(pool, result.id);
      return reply.status(result.outcome === "created" ? 201 : 200).send({ ...memory, outcome: result.outcome, superseded: result.superseded });
    });

    app.post("/v1/memories/batch", async (request, reply) => {
      const { memories } = parseBody(schemas.batch, request.body);
      const userId = requireUserScope(request);
      for (const m of memories) requireUserScope(request, m.userId);
      const results = await writeMemories(pool, await prepareWrites(userId, memories), options.dedupe);
      for (const r of results) writes.inc({ outcome: r.outcome });
      changed(userId);
      return reply.status(201).send({ results });
    });

    app.get("/v1/memories", async (request) => {
      const { limit, type } = parseBody(schemas.list, request.query, "query");
      return { memories: await listMemories(pool, requireUserScope(request), limit, type) };
    });

    app.post("/v1/memories/search", async (request) => {
      const query = parseBody(schemas.search, request.body);
      const userId = requireUserScope(request, query.userId);
      const search: SearchQuery = {
        text: query.query,
        limit: query.limit,
        filter: { types: query.types, tags: query.tags, userId, sessionId: query.sessionId },
        includeSuperseded: query.includeSuperseded,
        embedding: query.embedding ?? null,
      };
      let results: SearchHit[];
      if (search.embedding) {
        results = await hybridSearch(pool, search, options.search);
      } else {
        // PostgreSQL ranks full text while pc2 embeds the query; only the vector half waits for pc2.
        const [fullText, [embedding]] = await Promise.all([rankFullText(pool, search, options.search), embedTexts([query.query])]);
        search.embedding = embedding;
        results = await hybridSearch(pool, search, options.search, fullText);
      }
      searches.inc({ mode: search.embedding ? "hybrid" : "fulltext" });
      return search.embedding ? { results } : { results, degraded: true };
    });

    app.post("/v1/memories/forget", async (request) => {
      const filter = parseBody(schemas.forget, request.body);
      const userId = requireUserScope(request, filter.userId);
      const forgotten = await forgetMemories(pool, { ...filter, userId });
      if (forgotten > 0) changed(userId);
      return { forgotten };
    });

    app.get("/v1/memories/:id", async (request) => {
      const { id } = parseBody(schemas.memoryId, request.params, "path");
      const memory = await readMemory(pool, requireUserScope(request), id);
      if (!memory) throw notFound(`no memory ${id}`);
      return memory;
    });

    app.patch("/v1/memories/:id", async (request) => {
      const { id } = parseBody(schemas.memoryId, request.params, "path");
      const userId = requireUserScope(request);
      const patch = parseBody(schemas.memoryPatch, request.body);
      const changes: MemoryChanges = {
        type: patch.type,
        importance: patch.importance,
        tags: patch.tags,
        source: patch.source,
        ttlSeconds: patch.ttlSeconds,
        subject: patch.subject === undefined || patch.subject === null ? patch.subject : normalizeForComparison(patch.subject),
      };
      if (patch.content !== undefined) {
        changes.content = {
          text: patch.content,
          fingerprint: contentFingerprint(patch.content),
          subject: changes.subject !== undefined ? changes.subject : factKey(patch.content),
          embedding: patch.embedding ?? (await embedTexts([patch.content]))[0],
        };
      }
      const memory = await changeMemory(pool, userId, id, changes);
      if (!memory) throw notFound(`no memory ${id}`);
      changed(userId);
      return memory;
    });

    app.delete("/v1/memories/:id", async (request, reply) => {
      const { id } = parseBody(schemas.memoryId, request.params, "path");
      const userId = requireUserScope(request);
      if (!(await deleteMemory(pool, userId, id))) throw notFound(`no memory ${id}`);
      changed(userId);
      return reply.status(204).send();
    });
  };

}
