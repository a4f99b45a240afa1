/**
 * A token-count estimate for budgeting context, not a tokenizer: the assistant's language model is
 * chosen at deployment, so no single vocabulary is right. Byte-pair vocabularies spend about one
 * token per four letters of a common word, at least one per CJK character, and one per
 * punctuation mark or symbol; we count a word of n letters or digits as ceil(n / 4) tokens and
 * each CJK, kana or hangul character, punctuation mark, symbol or emoji as one. For English prose
 * that errs high, which is the safe side of a budget. It lives in the kit because session turns and
 * memories are measured against one budget by agents of different images.
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

/** Chat formats wrap every message (a turn, or a memory in a context block) in role markers and separators: about four tokens. */
export const messageFramingTokens = 4;

export function estimateTurnTokens(content: string): number {
  return estimateTokens(content) + messageFramingTokens;
}
