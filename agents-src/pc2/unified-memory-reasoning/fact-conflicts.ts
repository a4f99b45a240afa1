import { comparableText } from "../../kit/fact-attribute";
import { statementSubject, statementText } from "../fact-statements";
import type { RetrievedMemory } from "./memory-retrieval";

/** A retrieved memory that does not stand, and the memory that stands in its place. */
export type ReplacedMemory =
  /** Marked by the memory service; `by` is `null` when no memory that stands in its place was retrieved. */
  | { why: "superseded"; memory: RetrievedMemory; by: RetrievedMemory | null }
  /** A newer memory states the same subject differently. */
  | { why: "older"; memory: RetrievedMemory; by: RetrievedMemory; subject: string }
  /** A newer memory says the same thing. */
  | { why: "duplicate"; memory: RetrievedMemory; by: RetrievedMemory };

export interface FactResolution {
  standing: RetrievedMemory[];
  replaced: ReplacedMemory[];
}

const newestFirst = (a: RetrievedMemory, b: RetrievedMemory): number =>
  Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || Date.parse(b.createdAt) - Date.parse(a.createdAt) || a.id.localeCompare(b.id);

/**
 * Decides which retrieved memories stand. A memory the orchestrator marked superseded never
 * does; of the others, when several state the same subject (same scope or not: the orchestrator
 * only compares within one, and only by its own reading of the subject), the newest statement
 * stands, so "my car is now on level 5" wins over the older "my car is parked on level 3".
 */
export function resolveFacts(memories: RetrievedMemory[]): FactResolution {
  const replaced: ReplacedMemory[] = [];
  const standing: RetrievedMemory[] = [];
  const marked: RetrievedMemory[] = [];
  /** Where each retrieved memory that does not stand points: its marked or its found replacement. */
  const insteadOf = new Map<string, string>();
  const newestByStatement = new Map<string, RetrievedMemory>();
  const newestBySubject = new Map<string, RetrievedMemory>();
  for (const memory of [...memories].sort(newestFirst)) {
    if (memory.supersededBy !== null) {
      marked.push(memory);
      insteadOf.set(memory.id, memory.supersededBy);
      continue;
    }
    const statement = comparableText(statementText(memory.content));
    const sameStatement = newestByStatement.get(statement);
    if (sameStatement) {
      replaced.push({ memory, by: sameStatement, why: "duplicate" });
      insteadOf.set(memory.id, sameStatement.id);
      continue;
    }
    newestByStatement.set(statement, memory);
    const subject = statementSubject(memory.content) ?? memory.subject;
    const newer = subject === null ? undefined : newestBySubject.get(subject);
    if (subject !== null && newer) {
      replaced.push({ memory, by: newer, why: "older", subject });
      insteadOf.set(memory.id, newer.id);
      continue;
    }
    if (subject !== null) newestBySubject.set(subject, memory);
    standing.push(memory);
  }
  const standingById = new Map(standing.map((m) => [m.id, m]));
  for (const memory of marked) replaced.push({ memory, by: standingReplacement(memory.id, insteadOf, standingById), why: "superseded" });
  return { standing, replaced };
}

/** Follows replacements from `id` to the memory that stands; `null` when the trail leaves what was retrieved. */
function standingReplacement(id: string, insteadOf: Map<string, string>, standing: Map<string, RetrievedMemory>): RetrievedMemory | null {
  const visited = new Set<string>();
  let next = insteadOf.get(id);
  while (next !== undefined && !standing.has(next) && !visited.has(next)) {
    visited.add(next);
    next = insteadOf.get(next);
  }
  return next === undefined ? null : (standing.get(next) ?? null);
}
