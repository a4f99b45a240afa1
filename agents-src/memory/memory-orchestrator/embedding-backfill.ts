import type { Pool } from "pg";
import type { TextEmbedder } from "./text-embedder";

interface Unembedded {
  id: string;
  content: string;
  fingerprint: string;
  /** Text keeps PostgreSQL's microseconds, which a JavaScript Date would round away. */
  created_at: string;
}

/**
 * Gives embeddings to memories stored while pc2 was unavailable, oldest first, `batchSize` per
 * call to pc2, until none are left or pc2 fails. Returns how many it embedded.
 */
export async function backfillEmbeddings(pool: Pool, embedder: TextEmbedder, batchSize: number): Promise<number> {
  let embedded = 0;
  // Keyset cursor: rows of one batch insert share created_at, and a row skipped below must not be picked again.
  let after: [string, string] = ["-infinity", "00000000-0000-0000-0000-000000000000"];
  for (;;) {
    const { rows } = await pool.query<Unembedded>(
      `SELECT id, content, fingerprint, created_at::text FROM memories
        WHERE embedding IS NULL AND deleted_at IS NULL AND (created_at, id) > ($1::timestamptz, $2::uuid)
          AND (expires_at IS NULL OR expires_at > now())
        ORDER BY created_at, id LIMIT $3`,
      [...after, batchSize],
    );
    if (rows.length === 0) return embedded;
    const result = await embedder.embed(rows.map((r) => r.content));
    if (!result) return embedded;
    // The fingerprint guard skips a memory whose text changed while pc2 was embedding the old text.
    const { rowCount } = await pool.query(
      `UPDATE memories m SET embedding = u.vector::vector, embedding_model = $2, embedding_dimension = $3
         FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, fingerprint text, vector real[])
        WHERE m.id = u.id AND m.fingerprint = u.fingerprint AND m.embedding IS NULL`,
      [
        JSON.stringify(rows.flatMap((r, i) => (result.vectors[i] ? [{ id: r.id, fingerprint: r.fingerprint, vector: result.vectors[i] }] : []))),
        result.model,
        result.dimension,
      ],
    );
    embedded += rowCount ?? 0;
    const last = rows[rows.length - 1];
    after = [last.created_at, last.id];
  }
}
