import type { Pool } from "pg";
import type { Logger } from "../../kit/logging";
import type { PeerClient } from "../../kit/peer-client";
import { runAsUser } from "../../kit/request-context";
import { liveMemory } from "./memory-filters";
import { spokenVocabulary } from "./spoken-vocabulary";

/** The facts a user's vocabulary comes from, newest first (superseded ones no longer hold). */
const userFactsSql = `SELECT m.content FROM memories m
  WHERE ${liveMemory("m")} AND m.user_id = $1 AND m.type = 'fact' AND m.superseded_by IS NULL
  ORDER BY m.created_at DESC LIMIT 2000`;

export interface VocabularySyncOptions {
  /** Quiet time after a change before the vocabulary is sent, so a burst of writes sends once. */
  delayMs: number;
  /** After pc2 could not be reached, when to try again. */
  retryMs: number;
  timeoutMs: number;
}

/**
 * Keeps pc2's recogniser for each user in step with that user's memories: a change schedules a
 * send of the user's names, places and words (`PUT /v1/vocabulary` as that user), sent only when
 * it differs from the last one pc2 accepted. pc2 rebuilds that user's recogniser in the background.
 */
export class VocabularySync {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly sent = new Map<string, string>();
  private readonly running = new Set<Promise<void>>();
  /** pc2 answered 409: its engine has no language model to add words to. */
  private unsupported = false;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly pc2: PeerClient,
    private readonly options: VocabularySyncOptions,
    private readonly logger: Logger,
  ) {}

  memoriesChanged(userId: string, delayMs = this.options.delayMs): void {
    if (this.unsupported || this.closed) return;
    clearTimeout(this.timers.get(userId));
    this.timers.set(
      userId,
      setTimeout(() => {
        this.timers.delete(userId);
        const sync = this.sync(userId).finally(() => this.running.delete(sync));
        this.running.add(sync);
      }, delayMs),
    );
  }

  /** Schedules every user who has facts, so a restarted stack's recognisers know their words again. */
  async syncEveryUser(): Promise<void> {
    const { rows } = await this.pool.query<{ user_id: string }>(
      `SELECT DISTINCT m.user_id FROM memories m WHERE ${liveMemory("m")} AND m.type = 'fact' AND m.user_id IS NOT NULL LIMIT 1000`,
    );
    for (const { user_id } of rows) this.memoriesChanged(user_id);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all([...this.running]);
  }

  private async sync(userId: string): Promise<void> {
    try {
      const { rows } = await this.pool.query<{ content: string }>(userFactsSql, [userId]);
      const vocabulary = spokenVocabulary(rows.map((row) => row.content));
      const digest = JSON.stringify(vocabulary);
      if (this.sent.get(userId) === digest) return;
      // Sending the whole set again is harmless, so a retry is safe.
      const answer = await runAsUser(userId, () => this.pc2.request("PUT", "/v1/vocabulary", vocabulary, { timeoutMs: this.options.timeoutMs, idempotent: true }));
      if (answer.status === 409) {
        this.unsupported = true;
        this.logger.info("pc2's speech-to-text takes no vocabulary; users' words are not sent");
      } else if (answer.status === 202) {
        this.sent.set(userId, digest);
      } else {
        this.logger.warn({ status: answer.status, body: answer.body }, "pc2 refused a user's vocabulary");
      }
    } catch (err) {
      this.logger.debug({ err: (err as Error).message, userId }, "a user's vocabulary could not be sent; trying again later");
      this.memoriesChanged(userId, this.options.retryMs);
    }
  }
}
