import { randomUUID } from "node:crypto";
import type { Pool, PoolClient } from "pg";
import { mentionDifferentNumbers } from "../../kit/number-mentions";
import { inTransaction } from "../../kit/postgres/pool";
import { lockScopes } from "../../kit/postgres/scope-lock";
import { liveMemory } from "./memory-filters";
import type { MemoryRecord } from "./memory-record";
import { embeddingExpression, vectorParameterType } from "./vector-sql";

export interface MemoryToWrite
  extends Pick<MemoryRecord, "content" | "type" | "importance" | "tags" | "source" | "sessionId" | "userId" | "subject"> {
  fingerprint: string;
  ttlSeconds: number | null;
  embedding: { model: string; vector: number[] } | null;
}

export interface WriteOutcome {
  id: string;
  outcome: "created" | "reinforced";
  /** Older memories this write marked superseded: same scope, same subject, different content. */
  superseded: string[];
}

export interface DedupePolicy {
  /** Cosine similarity at or above which a memory in the same scope counts as the same memory. */
  minSimilarity: number;
  /** Added to the importance of a memory each time it is written again. */
  reinforcementBoost: number;
}

/** Must agree with the generated `scope` column of the memories table. */
function memoryScope(m: Pick<MemoryToWrite, "userId" | "sessionId">): string {
  if (m.userId !== null) return `user:${m.userId}`;
  if (m.sessionId !== null) return `session:${m.sessionId}`;
  return "global";
}

interface Group {
  item: MemoryToWrite;
  scope: string;
  /** Positions in the request that this group answers. */
  positions: number[];
  existingId?: string;
  id?: string;
}

/**
 * Stores memories in one transaction: a near-duplicate of an existing memory in the same scope
 * (same normalised text, or embeddings at least `minSimilarity` alike that mention the same
 * numbers) reinforces that memory instead of adding a copy, and a memory about a subject that
 * older memories also state marks them superseded. Copies inside one batch collapse into one memory.
 */
export async function writeMemories(pool: Pool, items: MemoryToWrite[], policy: DedupePolicy): Promise<WriteOutcome[]> {
  const groups = groupBatchCopies(items);
  return inTransaction(pool, async (client) => {
    await lockScopes(client, groups.map((g) => g.scope));
    await findCopiesByFingerprint(client, groups);
    await findCopiesByEmbedding(client, groups, policy.minSimilarity);
    for (const group of groups) {
      if (group.existingId) group.id = await reinforce(client, group, policy.reinforcementBoost);
    }
    await insertNew(client, groups.filter((g) => !g.existingId));
    const superseded = await supersedeOlderFacts(client, groups);
    const outcomes: WriteOutcome[] = new Array(items.length);
    for (const group of groups) {
      const outcome: WriteOutcome = {
        id: group.id!,
        outcome: group.existingId ? "reinforced" : "created",
        superseded: superseded.get(group.id!) ?? [],
      };
      for (const position of group.positions) outcomes[position] = outcome;
    }
    return outcomes;
  });
}

function groupBatchCopies(items: MemoryToWrite[]): Group[] {
  const byKey = new Map<string, Group>();
  items.forEach((item, position) => {
    const scope = memoryScope(item);
    const key = `${scope}\u0000${item.fingerprint}`;
    const earlier = byKey.get(key);
    if (!earlier) {
      byKey.set(key, { item, scope, positions: [position] });
      return;
    }
    // The later wording wins; importance, tags and lifetime keep the most generous of the copies.
    const prev = earlier.item;
    earlier.item = {
      ...item,
      importance: Math.max(prev.importance, item.importance),
      tags: [...new Set([...prev.tags, ...item.tags])],
      ttlSeconds: prev.ttlSeconds === null || item.ttlSeconds === null ? null : Math.max(prev.ttlSeconds, item.ttlSeconds),
      embedding: item.embedding ?? prev.embedding,
    };
    earlier.positions.push(position);
  });
  return [...byKey.values()];
}

async function findCopiesByFingerprint(client: PoolClient, groups: Group[]): Promise<void> {
  const { rows } = await client.query<{ ord: number; id: string }>(
    `SELECT DISTINCT ON (c.ord) c.ord, m.id
       FROM jsonb_to_recordset($1::jsonb) AS c(ord int, scope text, fingerprint text)
       JOIN memories m ON m.scope = c.scope AND m.fingerprint = c.fingerprint
      WHERE ${liveMemory("m")}
      ORDER BY c.ord, m.superseded_by IS NULL DESC, m.updated_at DESC`,
    [JSON.stringify(groups.map((g, ord) => ({ ord, scope: g.scope, fingerprint: g.item.fingerprint })))],
  );
  for (const row of rows) groups[row.ord].existingId = row.id;
}

// The nearest few: the very nearest may mention other numbers, a different fact rather than a copy.
const neighboursPerMemory = 3;

async function findCopiesByEmbedding(client: PoolClient, groups: Group[], minSimilarity: number): Promise<void> {
  const byDimension = new Map<number, Array<{ ord: number; scope: string; subject: string | null; model: string; vector: number[] }>>();
  groups.forEach((g, ord) => {
    if (g.existingId || !g.item.embedding) return;
    const { model, vector } = g.item.embedding;
    const list = byDimension.get(vector.length) ?? [];
    list.push({ ord, scope: g.scope, subject: g.item.subject, model, vector });
    byDimension.set(vector.length, list);
  });
  for (const [dimension, candidates] of byDimension) {
    const expr = embeddingExpression(dimension);
    const param = `c.vector::${vectorParameterType(dimension)}`;
    const { rows } = await client.query<{ ord: number; id: string; content: string }>(
      `SELECT c.ord, nearest.id, nearest.content
         FROM jsonb_to_recordset($1::jsonb) AS c(ord int, scope text, subject text, model text, vector real[])
         CROSS JOIN LATERAL (
           SELECT m.id, m.content, 1 - (${expr} <=> ${param}) AS similarity
             FROM memories m
            WHERE m.scope = c.scope AND m.embedding_dimension = ${dimension} AND m.embedding_model = c.model
              AND ${liveMemory("m")}
              -- "lives in Berlin" and "lives in Paris" embed almost alike: a fact about the same
              -- subject with other words is a contradiction (superseded below), not a copy.
              AND (c.subject IS NULL OR m.subject IS DISTINCT FROM c.subject)
            ORDER BY ${expr} <=> ${param}
            LIMIT ${neighboursPerMemory}) nearest
        WHERE nearest.similarity >= $2
        ORDER BY c.ord, nearest.similarity DESC`,
      [JSON.stringify(candidates), minSimilarity],
    );
    for (const row of rows) {
      const group = groups[row.ord];
      if (!group.existingId && !mentionDifferentNumbers(group.item.content, row.content)) group.existingId = row.id;
    }
  }
}

async function reinforce(client: PoolClient, group: Group, boost: number): Promise<string> {
  const { item } = group;
  const { rows } = await client.query<{ id: string }>(
    `UPDATE memories m SET
        content = $2, fingerprint = $3, subject = $4, type = $5,
        importance = LEAST(1, GREATEST(m.importance, $6) + $7),
        tags = ARRAY(SELECT DISTINCT t FROM unnest(m.tags || $8::text[]) t ORDER BY t),
        source = COALESCE($9, m.source),
        expires_at = CASE WHEN m.expires_at IS NULL OR $10::int IS NULL THEN NULL
                          ELSE GREATEST(m.expires_at, now() + make_interval(secs => $10::int)) END,
        reinforcement_count = m.reinforcement_count + 1,
        superseded_by = NULL,
        updated_at = now(),
        embedding = CASE WHEN $11::real[] IS NOT NULL THEN $11::real[]::vector
                         WHEN m.fingerprint = $3 THEN m.embedding END,
        embedding_model = CASE WHEN $11::real[] IS NOT NULL THEN $12::text
                               WHEN m.fingerprint = $3 THEN m.embedding_model END,
        embedding_dimension = CASE WHEN $11::real[] IS NOT NULL THEN cardinality($11::real[])
                                   WHEN m.fingerprint = $3 THEN m.embedding_dimension END
      WHERE m.id = $1
      RETURNING m.id`,
    [
      group.existingId, item.content, item.fingerprint, item.subject, item.type, item.importance, boost, item.tags,
      item.source, item.ttlSeconds, item.embedding?.vector ?? null, item.embedding?.model ?? null,
    ],
  );
  return rows[0].id;
}

async function insertNew(client: PoolClient, groups: Group[]): Promise<void> {
  if (groups.length === 0) return;
  for (const group of groups) group.id = randomUUID();
  await client.query(
    `INSERT INTO memories (id, content, type, importance, tags, source, session_id, user_id, subject, fingerprint,
                           expires_at, embedding, embedding_model, embedding_dimension)
     SELECT r.id, r.content, r.type, r.importance, r.tags, r.source, r.session_id, r.user_id, r.subject, r.fingerprint,
            now() + make_interval(secs => r.ttl_seconds), r.vector::vector, r.model, cardinality(r.vector)
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, content text, type text, importance double precision, tags text[],
            source text, session_id text, user_id text, subject text, fingerprint text, ttl_seconds int, model text,
            vector real[])`,
    [
      JSON.stringify(
        groups.map(({ id, item }) => ({
          id,
          content: item.content,
          type: item.type,
          importance: item.importance,
          tags: item.tags,
          source: item.source,
          session_id: item.sessionId,
          user_id: item.userId,
          subject: item.subject,
          fingerprint: item.fingerprint,
          ttl_seconds: item.ttlSeconds,
          model: item.embedding?.model ?? null,
          vector: item.embedding?.vector ?? null,
        })),
      ),
    ],
  );
}

async function supersedeOlderFacts(client: PoolClient, groups: Group[]): Promise<Map<string, string[]>> {
  // The last statement about a subject in the batch is the one that stands.
  const latestBySubject = new Map<string, { id: string; scope: string; subject: string }>();
  for (const g of groups) {
    if (g.item.subject !== null) latestBySubject.set(`${g.scope}\u0000${g.item.subject}`, { id: g.id!, scope: g.scope, subject: g.item.subject });
  }
  const superseded = new Map<string, string[]>();
  if (latestBySubject.size === 0) return superseded;
  const { rows } = await client.query<{ id: string; superseded_by: string }>(
    `UPDATE memories m SET superseded_by = w.id, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS w(id uuid, scope text, subject text)
      WHERE m.scope = w.scope AND m.subject = w.subject AND m.id <> w.id
        AND m.superseded_by IS NULL AND m.deleted_at IS NULL
      RETURNING m.id, m.superseded_by`,
    [JSON.stringify([...latestBySubject.values()])],
  );
  for (const row of rows) superseded.set(row.superseded_by, [...(superseded.get(row.superseded_by) ?? []), row.id]);
  return superseded;
}
