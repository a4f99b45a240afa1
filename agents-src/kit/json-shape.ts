import type { z } from "zod";

/** Any UTF-16 surrogate code unit that is not half of a pair: UTF-8 (and so jsonb) cannot hold one. */
export const loneSurrogate = /\p{Cs}/u;

/**
 * Nesting allowed in free-form JSON (metadata, reply events). A parsed body can be nested as deep
 * as its bytes allow, and JSON.stringify overflows the stack near 10,000 levels, so a deep value
 * must be refused before anything serializes it.
 */
export const maxJsonDepth = 32;

export type JsonShapeProblem = "too_deep" | "unstorable_text";

/**
 * Walks a parsed JSON value without recursion (so depth alone cannot overflow the stack) and says
 * what would stop it being serialized: nesting past maxJsonDepth; and, with `forJsonb`, what would
 * stop PostgreSQL storing it: a key or string with NUL (jsonb refuses \u0000) or a lone surrogate
 * (jsonb refuses an unpaired \ud800).
 */
export function jsonShapeProblem(value: unknown, { forJsonb }: { forJsonb: boolean }): JsonShapeProblem | undefined {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  const unstorable = (s: string) => forJsonb && (s.includes("\u0000") || loneSurrogate.test(s));
  while (pending.length > 0) {
    const { value: item, depth } = pending.pop() as { value: unknown; depth: number };
    if (typeof item === "string") {
      if (unstorable(item)) return "unstorable_text";
      continue;
    }
    if (item === null || typeof item !== "object") continue;
    if (depth >= maxJsonDepth) return "too_deep";
    for (const [key, child] of Object.entries(item)) {
      if (!Array.isArray(item) && unstorable(key)) return "unstorable_text";
      pending.push({ value: child, depth: depth + 1 });
    }
  }
  return undefined;
}

export const jsonShapeMessages: Record<JsonShapeProblem, string> = {
  too_deep: `nested deeper than ${maxJsonDepth} levels`,
  unstorable_text: "must not contain NUL characters or lone surrogates",
};

/**
 * A zod refinement refusing what jsonShapeProblem finds, on the refined value's own path. It stops
 * the checks after it, which may serialize the value (a size limit) and would overflow on it.
 */
export function refineJsonShape(options: { forJsonb: boolean }) {
  return (value: unknown, ctx: z.RefinementCtx): void => {
    const problem = jsonShapeProblem(value, options);
    if (problem) ctx.addIssue({ code: "custom", message: jsonShapeMessages[problem], continue: false });
  };
}
