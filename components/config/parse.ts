import type { z } from "zod";
import { stackConfigSchema, type StackConfig } from "./schema";

/** One line per bad key, so a single `pulumi preview` shows everything to fix. */
export class StackConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid stack config:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "StackConfigError";
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length === 0 ? "(config)" : issue.path.map(String).join(".");
  // A record key's own schema says why it is wrong; zod reports only "Invalid key in record".
  const reason = issue.code === "invalid_key" ? issue.issues.map((inner) => inner.message).join("; ") : issue.message;
  return `${where}: ${reason}`;
}

export function parseStackConfig(raw: Record<string, unknown>): StackConfig {
  const result = stackConfigSchema.safeParse(raw);
  if (!result.success) throw new StackConfigError(result.error.issues.map(describeIssue));
  return result.data;
}
