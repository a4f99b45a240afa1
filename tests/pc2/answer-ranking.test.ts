import type { PeerClient } from "../../agents-src/kit";
import { answerQuestion } from "../../agents-src/pc2/unified-memory-reasoning/answer-question";

// The search results are given here, with the vector similarities that decide the order without
// the subject rule: the real search's similarities vary with the embedding model, so the
// integration test (unified-memory-reasoning.test.ts) cannot pin this case down.
function searchReturning(results: Array<{ content: string; similarity: number }>): PeerClient {
  const at = "2026-12-01T10:00:00Z";
  const body = {
    results: results.map((r, i) => ({ id: `m${i}`, content: r.content, subject: null, createdAt: at, updatedAt: at, supersededBy: null, similarity: r.similarity })),
  };
  return { name: "memory-orchestrator", post: async () => body } as unknown as PeerClient;
}

const policy = { retrievalLimit: 8, minConfidence: 0.5 };

describe("answerQuestion's ranking", () => {
  it("answers with the fact about the subject asked of, though facts about the place are more similar", async () => {
    const orchestrator = searchReturning([
      { content: "my toolbox is in the basement", similarity: 0.75 },
      { content: "my ladder is in the basement", similarity: 0.72 },
      { content: "my drill is in the attic", similarity: 0.6 },
    ]);
    const answer = await answerQuestion(orchestrator, { question: "is my drill in the basement" }, policy);
    expect(answer.answer).toBe("Your drill is in the attic.");
    expect(answer.memories[0].content).toBe("my drill is in the attic");
  });

  it("among facts about the subject, prefers the one that gives what was asked", async () => {
    const orchestrator = searchReturning([
      { content: "my car is red", similarity: 0.75 },
      { content: "my car is on level 5", similarity: 0.66 },
    ]);
    expect((await answerQuestion(orchestrator, { question: "where is my car" }, policy)).answer).toBe("Your car is on level 5.");
  });

  it("does not answer about one person's thing with another's, and says why", async () => {
    const orchestrator = searchReturning([{ content: "my daughter's shoe size is 2", similarity: 0.9 }]);
    const answer = await answerQuestion(orchestrator, { question: "what's my son's shoe size" }, policy);
    expect(answer).toMatchObject({ answer: "I don't know.", memories: [] });
    expect(answer.reasoning).toContain("is about another thing than the question asks of");
    const both = searchReturning([{ content: "my daughter's shoe size is 2", similarity: 0.9 }, { content: "my son's shoe size is 4", similarity: 0.85 }]);
    expect((await answerQuestion(both, { question: "what's my son's shoe size" }, policy)).answer).toBe("Your son's shoe size is 4.");
  });
});
