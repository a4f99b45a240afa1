import type { Pool } from "pg";
import { SqlParams } from "../../kit/postgres/sql-params";
import { MemoryFilter, memoryFilterSql } from "./memory-filters";
import { MemoryRecord, MemoryRow, selectMemoryColumns, toMemoryRecord } from "./memory-record";
import { embeddingExpression, toVectorLiteral, vectorParameterType } from "./vector-sql";

export interface SearchQuery {
  text: string;
  limit: number;
  filter: MemoryFilter;
  includeSuperseded: boolean;
  /** The query's embedding; `null` searches full text only. */
  embedding: { model: string; vector: number[] } | null;
}

export interface SearchTuning {
  /** Candidates each ranking contributes to the fusion. */
  candidatesPerRanking: number;
  /** Reciprocal rank fusion constant: larger flattens the advantage of the top ranks. */
  rrfK: number;
  recencyHalfLifeDays: number;
  /** Nearest neighbours less similar than this are not matches, however few there are. */
  minVectorSimilarity: number;
}

export type MatchedBy = "fulltext" | "vector";

export interface SearchHit extends MemoryRecord {
  score: number;
  matchedBy: MatchedBy[];
  /** Cosine similarity to the query, when the vector ranking found it. */
  similarity?: number;
}

interface HitRow extends MemoryRow {
  score: number;
  matched_by: MatchedBy[];
  similarity: number | null;
}

/**
 * Leaving one word out of n takes n conjunctions of n - 1 words; past this many words the first
 * tier asks for all of them instead, which keeps the query small.
 */
const maxWordsLeftOut = 12;

/** A full-text ranking computed ahead of the rest of the search: memory ids, best first. */
export interface FullTextRanking {
  ids: string[];
}

/**
 * The full-text half of `hybridSearch` on its own, so that it can run while pc2 is still embedding
 * the query: the two waits then overlap instead of adding up.
 */
export async function rankFullText(pool: Pool, query: SearchQuery, tuning: SearchTuning): Promise<FullTextRanking> {
  const p = new SqlParams();
  const ctes = fullTextCtes(p, query, searchFilter(p, query), tuning.candidatesPerRanking);
  const { rows } = await pool.query<{ id: string }>(`WITH ${ctes.join(",\n")} SELECT id FROM fulltext ORDER BY rank`, p.values);
  return { ids: rows.map((r) => r.id) };
}

/**
 * Full-text and vector search fused with reciprocal rank fusion, then weighted by importance
 * (x0.5 at importance 0 up to x1.5 at 1) and recency (x1 when just written, tending to x0.5,
 * halving the distance every `recencyHalfLifeDays`). One statement, so it reads one snapshot,
 * unless `fullText` was ranked beforehand (by `rankFullText`); the final read applies the filter
 * again, so a memory deleted, expired or superseded since then is still never returned.
 */
export async function hybridSearch(
  pool: Pool,
  query: SearchQuery,
  tuning: SearchTuning,
  fullText?: FullTextRanking,
): Promise<SearchHit[]> {
  const p = new SqlParams();
  const filter = searchFilter(p, query);
  const ctes = fullText
    ? [`fulltext AS (SELECT id, rank FROM unnest(${p.add(fullText.ids)}::uuid[]) WITH ORDINALITY AS ranked(id, rank))`]
    : fullTextCtes(p, query, filter, tuning.candidatesPerRanking);
  const rankings = [`SELECT id, rank, 'fulltext' AS via, NULL::float8 AS distance FROM fulltext`];
  if (query.embedding) {
    const dimension = query.embedding.vector.length;
    const expr = embeddingExpression(dimension);
    const vector = `${p.add(toVectorLiteral(query.embedding.vector))}::${vectorParameterType(dimension)}`;
    ctes.push(
      `vector AS (
         SELECT id, distance, row_number() OVER (ORDER BY distance, id) AS rank
           FROM (SELECT m.id, ${expr} <=> ${vector} AS distance
                   FROM memories m
                  WHERE m.embedding_dimension = ${dimension} AND m.embedding_model = ${p.add(query.embedding.model)}
                    AND ${filter}
                  ORDER BY ${expr} <=> ${vector}
                  LIMIT ${p.add(tuning.candidatesPerRanking)}) nearest
          WHERE distance <= ${p.add(1 - tuning.minVectorSimilarity)})`,
    );
    rankings.push(`SELECT id, rank, 'vector', distance FROM vector`);
  }
  ctes.push(
    `fused AS (
       SELECT id, sum(1.0::float8 / (${p.add(tuning.rrfK)} + rank)) AS rrf,
              array_agg(via ORDER BY via) AS matched_by, min(distance) AS distance
         FROM (${rankings.join(" UNION ALL ")}) hits
        GROUP BY id)`,
  );
  const halfLifeSeconds = p.add(tuning.recencyHalfLifeDays * 86_400);
  const { rows } = await pool.query<HitRow>(
    `WITH ${ctes.join(",\n")}
     SELECT ${selectMemoryColumns("m")}, f.matched_by, 1 - f.distance AS similarity,
            f.rrf * (0.5 + m.importance)
                  * (0.5 + 0.5 * power(0.5, extract(epoch FROM now() - m.updated_at)::float8 / ${halfLifeSeconds})) AS score
       FROM fused f JOIN memories m ON m.id = f.id
      WHERE ${filter}
      ORDER BY score DESC, m.id
      LIMIT ${p.add(query.limit)}`,
    p.values,
  );
  return rows.map((row) => ({
    ...toMemoryRecord(row),
    score: row.score,
    matchedBy: row.matched_by,
    ...(row.similarity === null ? {} : { similarity: row.similarity }),
  }));
}

function searchFilter(p: SqlParams, query: SearchQuery): string {
  return memoryFilterSql(p, query.filter) + (query.includeSuperseded ? "" : " AND m.superseded_by IS NULL");
}

/** CTEs that end in `fulltext (id, rank)`: the best `candidates` full-text matches. */
function fullTextCtes(p: SqlParams, query: SearchQuery, filter: string, limit: number): string[] {
  const candidates = p.add(limit);
  return [
    `words AS (
       SELECT unit, row_number() OVER (ORDER BY unit) AS i, count(*) OVER () AS n
         FROM (SELECT DISTINCT q::text AS unit
                 FROM (SELECT plainto_tsquery('english', w) AS q FROM unnest(${p.add(queryWords(query.text))}::text[]) w) each
                WHERE numnode(q) > 0) units)`,
    `text_query AS (
       SELECT (SELECT string_agg('(' || unit || ')', ' | ') FROM words)::tsquery AS any_word,
              (SELECT string_agg('(' || (SELECT string_agg('(' || b.unit || ')', ' & ') FROM words b
                                          WHERE b.i <> a.i OR a.n NOT BETWEEN 3 AND ${maxWordsLeftOut}) || ')', ' | ')
                 FROM words a WHERE a.i = 1 OR a.n BETWEEN 3 AND ${maxWordsLeftOut})::tsquery AS most_words)`,
    // Coordination first: memories with all words but at most one (all of them for one, two or
    // many words) rank above memories with fewer, and those are looked at only when the first tier
    // has too few. A common word matches ~10k of 100k memories; ranking all of them cost 25 ms.
    // ts_rank, not ts_rank_cd: cover density cost three times as much for the same candidates.
    `most_words AS (
       SELECT m.id, ts_rank(m.search_vector, t.any_word) AS text_rank
         FROM memories m, text_query t
        WHERE m.search_vector @@ t.most_words AND ${filter}
        ORDER BY text_rank DESC, m.id LIMIT ${candidates})`,
    `some_words AS (
       SELECT m.id, ts_rank(m.search_vector, t.any_word) AS text_rank
         FROM memories m, text_query t
        WHERE (SELECT count(*) FROM most_words) < ${candidates}
          AND m.search_vector @@ t.any_word AND NOT m.search_vector @@ t.most_words AND ${filter}
        ORDER BY text_rank DESC, m.id LIMIT ${candidates})`,
    `fulltext AS (
       SELECT id, row_number() OVER (ORDER BY tier, text_rank DESC, id) AS rank
         FROM (SELECT id, 0 AS tier, text_rank FROM most_words UNION ALL SELECT id, 1, text_rank FROM some_words) tiers
        ORDER BY rank LIMIT ${candidates})`,
  ];
}

/** Any word of the query may match, ranked by how many and how well; plainto_tsquery ANDs them all. */
function queryWords(text: string): string[] {
  return text.split(/\s+/).filter(Boolean).slice(0, 64);
}
