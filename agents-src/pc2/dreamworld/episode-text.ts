import { eng as englishStopwords } from "stopword";
import { comparableText } from "../../kit/fact-attribute";

export interface EpisodeSession {
  startedAt: Date;
  endedAt: Date;
  turnCount: number;
}

export interface EpisodeTurn {
  role: string;
  content: string;
}

const topicCount = 5;
const stopwords = new Set(englishStopwords);

/** The first sentence of what was said, on one line. */
function firstSentence(content: string): string {
  const flat = content.replace(/\s+/g, " ").trim();
  return (/^.*?[.!?](?=\s|$)/u.exec(flat)?.[0] ?? flat).replace(/[.!?]+$/u, "");
}

/** The words the user used most, in the order they first came up. */
function topics(turns: EpisodeTurn[]): string[] {
  const counts = new Map<string, number>();
  for (const turn of turns) {
    for (const word of comparableText(turn.content).split(" ")) {
      if (word.length >= 3 && !stopwords.has(word) && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .filter(([, n]) => n > 1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, topicCount)
    .map(([word]) => word);
}

/** `count` items spread evenly over `items`, first and last included, in order. */
function spread<T>(items: T[], count: number): T[] {
  if (count >= items.length) return items;
  if (count <= 1) return items.slice(0, count);
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]);
}

/**
 * An episodic memory of a whole conversation, extractive: when and how long, the topics the user
 * kept returning to, and the user's own statements sampled evenly from start to end, as many as
 * fit `maxChars`. (session-memory's end-of-session summary keeps only the latest turns that fit
 * its budget; an episode keeps the shape of all of it.)
 */
export function episodeText(session: EpisodeSession, turns: EpisodeTurn[], maxChars: number): string {
  const day = session.startedAt.toISOString().slice(0, 10);
  const from = session.startedAt.toISOString().slice(11, 16);
  const to = session.endedAt.toISOString().slice(11, 16);
  const user = turns.filter((t) => t.role === "user");
  const found = topics(user);
  const heading =
    `Episode: a conversation of ${session.turnCount} turns on ${day}, ${from} to ${to} UTC.` +
    (found.length > 0 ? ` Topics: ${found.join(", ")}.` : "");
  const said = [...new Set(user.map((t) => firstSentence(t.content)).filter((s) => s.length > 0))];
  for (let count = said.length; count > 0; count--) {
    const text = `${heading} The user said: ${spread(said, count).join("; ")}.`;
    if (text.length <= maxChars) return text;
  }
  return heading.slice(0, maxChars);
}
