import { PeerClient, requestEmbeddings, TextEmbeddings } from "../../kit";
import type { CycleStep } from "./dream-cycle";

interface Unembedded {
  id: string;
  content: string;
  fingerprint: string;
  created_at: string;
}

/**
 * Embeds memories stored while pc2 was unavailable, oldest first, through pc2's /v1/embed. When
 * pc2 cannot answer, or answers with vectors that do not fit, the step ends with a note; the
 * memories wait for the next cycle.
 */
export function fillEmbeddings(pc2: PeerClient, options: { batchSize: number; maxTextChars: number }): CycleStep {
  return {
    name: "embed",
    async run(cycle) {
      // Keyset cursor: a memory whose text embeds to nothing (the zero vector) is passed over, not retried forever.
      let after: [string, string] = ["-infinity", "00000000-0000-0000-0000-000000000000"];
      for (;;) {
        const { rows } = await cycle.pool.query<Unembedded>(
          `SELECT id, content, fingerprint, created_at::text FROM memories
            WHERE embedding IS NULL AND deleted_at IS NULL AND (expires_at IS NULL OR expires_at > now())
              AND (created_at, id) > ($1::timestamptz, $2::uuid)
            ORDER BY created_at, id LIMIT $3`,
          [...after, options.batchSize],
        );
        if (rows.length === 0) return;
        let embeddings: TextEmbeddings;
        try {
          // Embedding is a pure function of the text: repeating the call is harmless.
          const texts = rows.map((r) => r.content.slice(0, options.maxTextChars));
          embeddings = await requestEmbeddings(pc2, texts, { idempotent: true, signal: cycle.signal });
        } catch (err) {
          if (cycle.signal.aborted) throw err;
          cycle.report.note(`embeddings left for a later cycle: ${(err as Error).message}`);
          return;
        }
        const { model, vectors } = embeddings;
        const usable = rows.flatMap((r, i) => (vectors[i].some((x) => x !== 0) ? [{ row: r, vector: vectors[i] }] : []));
        // The fingerprint guard skips a memory whose text changed while pc2 embedded the old one;
        // SKIP LOCKED leaves one the memory services are writing right now to a later cycle.
        const { rows: embedded } = await cycle.pool.query<{ id: string }>(
          `UPDATE memories m SET embedding = u.vector::vector, embedding_model = $4, embedding_dimension = vector_dims(u.vector::vector)
             FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, fingerprint, vector)
            WHERE m.id = u.id AND m.fingerprint = u.fingerprint AND m.embedding IS NULL
              AND m.id IN (SELECT id FROM memories WHERE id = ANY($1::uuid[]) FOR UPDATE SKIP LOCKED)
           RETURNING m.id`,
          [usable.map((u) => u.row.id), usable.map((u) => u.row.fingerprint), usable.map((u) => `[${u.vector.join(",")}]`), model],
        );
        if (embedded.length > 0) cycle.report.changed("embedded", embedded.length, { memoryIds: embedded.map((r) => r.id), model });
        const last = rows[rows.length - 1];
        after = [last.created_at, last.id];
        await cycle.checkpoint();
      }
    },
  };
}
