/**
 * Token estimate for context budgets. It must be session-memory's estimate
 * (agents-src/memory/session-memory/token-estimate.ts), because the turns in a context block are
 * measured there and the memories here against one budget; the pc2 image holds only the kit and
 * the pc2 family, so the estimate lives in both until it moves into the kit. Byte-pair
 * vocabularies spend about one token per four letters of a common word and one per CJK
 * character, punctuation mark or symbol; for English prose this errs high, the safe side.
 */
const tokenPieces =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const wordStart = /^[\p{L}\p{N}]/u;

export function estimateTokens(text: string): number {
  let tokens = 0;
  for (const [piece] of text.matchAll(tokenPieces)) {
    tokens += piece.length > 1 && wordStart.test(piece) ? Math.ceil(piece.length / 4) : 1;
  }
  return tokens;
}

/** A memory enters the context as one message, framed like a turn: about four tokens. */
export const messageFramingTokens = 4;
