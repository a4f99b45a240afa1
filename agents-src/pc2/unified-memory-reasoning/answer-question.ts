import type { PeerClient } from "../../kit";
import { answersAttribute, askedAttribute, isAboutSubjectOf, namesAnotherThing } from "../../kit/fact-attribute";
import { answerFromMemory } from "./answer-text";
import { ReplacedMemory, resolveFacts } from "./fact-conflicts";
import { memoryRelevance, roundScore } from "./memory-relevance";
import { RetrievedMemory, retrieveMemories } from "./memory-retrieval";
import { topicTerms } from "./question-terms";

export interface AnswerPolicy {
  retrievalLimit: number;
  minConfidence: number;
}

export interface CitedMemory {
  id: string;
  content: string;
  /** Relevance to the question, 0..1 (memory-relevance.ts). */
  score: number;
}

export interface Answer {
  answer: string;
  confidence: number;
  memories: CitedMemory[];
  reasoning: string;
}

export const unknownAnswer = "I don't know.";
// Two standing statements that disagree are settled by age alone, which is a reason for doubt.
const contestedFactor = 0.9;
const maxSupporting = 3;
const askedAttributeBonus = 0.2;
const askedSubjectBonus = 0.2;

const quote = (text: string): string => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
const cite = (m: RetrievedMemory): string => `${m.id} (${quote(m.content)})`;

function explainReplacement(r: ReplacedMemory): string {
  switch (r.why) {
    case "superseded":
      return r.by
        ? `Memory ${cite(r.memory)} is superseded by ${cite(r.by)}.`
        : `Memory ${cite(r.memory)} is superseded by a memory that is no longer stored or not retrieved.`;
    case "older":
      return `Memories ${cite(r.memory)} and ${cite(r.by)} disagree about ${quote(r.subject)}; the newer, ${r.by.id}, is preferred.`;
    case "duplicate":
      return `Memory ${r.memory.id} repeats ${r.by.id}.`;
  }
}

/**
 * Answers a question from long-term memory: hybrid retrieval, conflicting facts settled in favour
 * of the newest standing one, the most relevant memory turned into the answer, and "I don't
 * know" when even that one is not relevant enough to trust.
 */
export async function answerQuestion(
  orchestrator: PeerClient,
  request: { question: string; userId?: string; types?: string[] },
  policy: AnswerPolicy,
): Promise<Answer> {
  const retrieval = await retrieveMemories(orchestrator, { text: request.question, limit: policy.retrievalLimit, userId: request.userId, types: request.types });
  const terms = topicTerms(request.question);
  const facts = resolveFacts(retrieval.memories);
  const asked = askedAttribute(request.question);
  // A memory about the subject asked of ("is my drill in the basement": the drill, not the toolbox
  // that is there) and one that gives what was asked ("where" -> a location) rank before one that
  // only shares as many words.
  const rank = (r: { memory: RetrievedMemory; relevance: number }) =>
    r.relevance +
    (answersAttribute(r.memory.content, asked) ? askedAttributeBonus : 0) +
    (isAboutSubjectOf(r.memory.content, request.question) ? askedSubjectBonus : 0);
  // "my daughter's shoe size" answers nothing about "my son's", nor "my tuesday pupil" about "my wednesday pupil".
  const othersThings = facts.standing.filter((memory) => namesAnotherThing(memory.content, request.question));
  const ranked = facts.standing
    .filter((memory) => !othersThings.includes(memory))
    .map((memory) => ({ memory, relevance: memoryRelevance(terms, memory, !retrieval.degraded) }))
    .sort((a, b) => rank(b) - rank(a));
  const reasoning = [
    `Searched memory for ${quote(request.question)} (${retrieval.degraded ? "full text only: no embedding was available" : "full text and vectors"}${request.userId === undefined ? "" : `, user ${request.userId}`}): ${retrieval.memories.length} found.`,
    ...facts.replaced.map(explainReplacement),
    ...othersThings.map((memory) => `Memory ${cite(memory)} is about another thing than the question asks of, so it is left out.`),
  ];
  const [best] = ranked;
  if (!best) {
    reasoning.push("No standing memory is about this.");
    return { answer: unknownAnswer, confidence: 0, memories: [], reasoning: reasoning.join(" ") };
  }
  const contested = facts.replaced.some((r) => r.why === "older" && r.by.id === best.memory.id);
  const confidence = roundScore(best.relevance * (contested ? contestedFactor : 1));
  const verdict = `The most relevant memory is ${cite(best.memory)}, relevance ${roundScore(best.relevance)}${contested ? ", lowered because an older memory disagrees" : ""}; confidence ${confidence}`;
  if (confidence < policy.minConfidence) {
    reasoning.push(`${verdict}, below the threshold ${policy.minConfidence}, so no answer is given.`);
    return { answer: unknownAnswer, confidence, memories: [], reasoning: reasoning.join(" ") };
  }
  reasoning.push(
    `${verdict}, at least the threshold ${policy.minConfidence}.`,
    "The answer is that memory's own sentence read back in the second person; no language model composed it.",
  );
  const supporting = ranked.slice(1, 1 + maxSupporting).filter((r) => r.relevance >= policy.minConfidence);
  return {
    answer: answerFromMemory(terms, best.memory.content),
    confidence,
    memories: [best, ...supporting].map(({ memory, relevance }) => ({ id: memory.id, content: memory.content, score: roundScore(relevance) })),
    reasoning: reasoning.join(" "),
  };
}
