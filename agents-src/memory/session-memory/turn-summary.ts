import { estimateTokens } from "../../kit/token-estimate";

export interface SummarisedTurn {
  role: string;
  content: string;
}

const gistWords = 25;

/** The first sentence of a turn, cut to `gistWords` words. */
function gist(content: string): string {
  const flat = content.replace(/\s+/g, " ").trim();
  const sentence = /^.*?[.!?。！？](?=\s|$)/u.exec(flat)?.[0] ?? flat;
  const words = sentence.split(" ");
  return words.length > gistWords ? `${words.slice(0, gistWords).join(" ")} …` : sentence;
}

/**
 * An extractive summary: one line per turn with the gist of what was said, in order, keeping the
 * latest lines when they do not all fit `maxTokens` (estimated). `earlierTurns` counts turns
 * before `turns` that were not even read. `null` when not even the heading fits.
 */
export function summariseTurns(turns: SummarisedTurn[], maxTokens: number, heading: string, earlierTurns = 0): string | null {
  let used = estimateTokens(heading);
  if (turns.length === 0 || used > maxTokens) return null;
  const kept: string[] = [];
  for (let i = turns.length - 1; i >= 0; i--) {
    // The newest line is shortened rather than dropped, so a tight budget still says something.
    const line = kept.length === 0 ? fitWords(`${turns[i].role}: ${gist(turns[i].content)}`, maxTokens - used - 1) : `${turns[i].role}: ${gist(turns[i].content)}`;
    const cost = estimateTokens(line) + 1;
    if (line === "" || used + cost > maxTokens) break;
    kept.unshift(line);
    used += cost;
  }
  const left = turns.length - kept.length + earlierTurns;
  const omitted = `(${plural(left, "earlier turn")} left out)`;
  if (left > 0 && used + estimateTokens(omitted) + 1 <= maxTokens) kept.unshift(omitted);
  return [heading, ...kept].join("\n");
}

/** The longest prefix of whole words whose estimate fits `maxTokens`, marked as cut when shortened. */
function fitWords(line: string, maxTokens: number): string {
  if (estimateTokens(line) <= maxTokens) return line;
  const words = line.split(" ");
  for (let n = words.length - 1; n >= 2; n--) {
    const cut = `${words.slice(0, n).join(" ")} …`;
    if (estimateTokens(cut) <= maxTokens) return cut;
  }
  return "";
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
