import { factAttribute, factKey } from "../kit/fact-attribute";

/**
 * Reading stored memories as statements of fact. Memories arrive in the user's words, sometimes
 * with the request still around them ("remember that my car is parked on level 3"), so the
 * statement is what is left once such a lead-in is taken off.
 */

const leadIns = [
  /^(?:please\s+)?(?:remember|note|memorize|memorise)(?:\s+that)?\s+/i,
  /^(?:please\s+)?(?:keep in mind|bear in mind|make a note|write down|store the fact)(?:\s+that)?\s+/i,
  /^(?:please\s+)?(?:don't|do not)\s+forget(?:\s+that)?\s+/i,
  /^i\s+want\s+you\s+to\s+remember(?:\s+that)?\s+/i,
];

/** The statement inside a memory: lead-ins removed, outer whitespace and final punctuation trimmed. */
export function statementText(content: string): string {
  let text = content.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const leadIn of leadIns) {
      const stripped = text.replace(leadIn, "");
      if (stripped !== text && stripped.length > 0) {
        text = stripped;
        changed = true;
      }
    }
  }
  return text.replace(/[\s.!?;,]+$/u, "");
}

/**
 * The subject and attribute a memory states, "remember that my car is parked on level 3" -> "my
 * car (location)": two statements with one key contradict each other unless they say the same
 * thing. The key is the memory-orchestrator's (kit/fact-attribute.ts), read after the lead-in.
 */
export function statementSubject(content: string): string | null {
  return factKey(statementText(content));
}

/** The words of the subject alone ("my car"), for a full-text search among statements of it. */
export function statementSubjectWords(content: string): string | null {
  return factAttribute(statementText(content))?.subject ?? null;
}
