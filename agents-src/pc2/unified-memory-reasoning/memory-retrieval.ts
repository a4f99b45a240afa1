import { z } from "zod";
import type { PeerClient } from "../../kit";
import { peerUnavailable, unexpectedPeerBody } from "./peer-failures";

/** The parts of the memory-orchestrator's memory record that reasoning uses. */
const memoryRecord = z.object({
  id: z.string(),
  content: z.string(),
  subject: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  supersededBy: z.string().nullable(),
});

const searchResponse = z.object({
  results: z.array(
    memoryRecord.extend({
      similarity: z.number().optional(),
    }),
  ),
  degraded: z.boolean().optional(),
});

export interface RetrievedMemory extends z.infer<typeof memoryRecord> {
  /** Cosine similarity to the question, when the search's vector ranking found the memory. */
  similarity?: number;
}

export interface Retrieval {
  memories: RetrievedMemory[];
  /** True when the search ran on full text only (no embedding for the question). */
  degraded: boolean;
}

// A fact replaced several times over is still short of this; the bound stops a cycle of ids.
const maxSupersessionHops = 4;

/**
 * Hybrid search through the memory-orchestrator, superseded memories included so that conflicts
 * can be seen and explained; a retrieved memory's replacement that the search did not return is
 * fetched by id, since the newest statement of a fact may use other words than the question.
 */
export async function retrieveMemories(
  orchestrator: PeerClient,
  query: { text: string; limit: number; userId?: string; types?: string[] },
): Promise<Retrieval> {
  let body: unknown;
  try {
    body = await orchestrator.post(
      "/v1/memories/search",
      {
        query: query.text,
        limit: query.limit,
        includeSuperseded: true,
        ...(query.userId === undefined ? {} : { userId: query.userId }),
        ...(query.types === undefined ? {} : { types: query.types }),
      },
      { idempotent: true },
    );
  } catch (err) {
    throw peerUnavailable(err);
  }
  const parsed = searchResponse.safeParse(body);
  if (!parsed.success) throw unexpectedPeerBody(orchestrator.name, parsed.error.issues);
  const memories: RetrievedMemory[] = parsed.data.results;
  const known = new Set(memories.map((m) => m.id));
  let missing = replacementsNotRetrieved(memories, known);
  for (let hop = 0; hop < maxSupersessionHops && missing.length > 0; hop++) {
    const fetched = (await Promise.all(missing.map((id) => fetchMemory(orchestrator, id)))).filter((m) => m !== null);
    for (const m of fetched) known.add(m.id);
    memories.push(...fetched);
    missing = replacementsNotRetrieved(fetched, known);
  }
  return { memories, degraded: parsed.data.degraded === true };
}

function replacementsNotRetrieved(memories: RetrievedMemory[], known: Set<string>): string[] {
  return [...new Set(memories.flatMap((m) => (m.supersededBy !== null && !known.has(m.supersededBy) ? [m.supersededBy] : [])))];
}

/** `null` when the memory is gone (deleted or expired since it superseded another). */
async function fetchMemory(orchestrator: PeerClient, id: string): Promise<RetrievedMemory | null> {
  let response: { status: number; body: unknown };
  try {
    response = await orchestrator.request("GET", `/v1/memories/${encodeURIComponent(id)}`);
  } catch (err) {
    throw peerUnavailable(err);
  }
  if (response.status === 404) return null;
  const parsed = memoryRecord.safeParse(response.body);
  if (!parsed.success) throw unexpectedPeerBody(orchestrator.name, parsed.error.issues);
  return parsed.data;
}
