import type { Logger } from "../../kit/logging";
import type { UserVocabulary } from "./engine-selection";
import type { ModelMetrics } from "./model-metrics";
import { ModelRunner } from "./model-runner";
import type { SpeechToTextEngine } from "./speech-to-text";

export type UserRecogniserStatus = "none" | "building" | "ready" | "unloaded" | "failed";

interface UserEntry {
  vocabulary: UserVocabulary;
  /** The recogniser built for this user, while it is loaded. */
  runner?: ModelRunner<SpeechToTextEngine>;
  /** Whether `runner` was built from the current `vocabulary`. */
  current: boolean;
  failure?: string;
}

export interface UserRecognisersOptions {
  build(userId: string, vocabulary: UserVocabulary): Promise<SpeechToTextEngine>;
  /**
   * Users with an acoustic model adapted to their voice: they get a recogniser even without words
   * of their own. The enrolment route changes it, then calls `speakerChanged`.
   */
  enrolled: ReadonlySet<string>;
  /** Recognisers kept loaded at once, the most recently heard users' (about 115 MB each). */
  maxLoaded: number;
  queueLimit: number;
  metrics: ModelMetrics;
  logger: Logger;
}

const noWords: UserVocabulary = { phrases: [], words: [] };

/**
 * One recogniser per user who has words of their own (or enrolled their voice), so that a name in
 * one user's memories is never offered to another: each has its own dictionary and language model.
 * Other users, and users whose recogniser is not (or no longer) loaded, are heard by the stack's
 * recogniser; an unloaded one is rebuilt when its user is heard again. Builds run one after another
 * (each is about a second of CPU), and a new one replaces the old between requests
 * (ModelRunner.replace), so a request in flight finishes on the recogniser it started on.
 */
export class UserRecognisers {
  /** In least-recently-used order: a user heard or updated moves to the end. */
  private readonly users = new Map<string, UserEntry>();
  private readonly queued = new Set<string>();
  private building: string | undefined;
  private builds: Promise<void> = Promise.resolve();

  constructor(
    private readonly shared: ModelRunner<SpeechToTextEngine>,
    private readonly options: UserRecognisersOptions,
  ) {}

  /** The recogniser that hears `userId`: their own once it is built, else the stack's. */
  runnerFor(userId: string | undefined): ModelRunner<SpeechToTextEngine> {
    if (userId === undefined) return this.shared;
    let entry = this.users.get(userId);
    if (!entry && this.options.enrolled.has(userId)) {
      entry = { vocabulary: noWords, current: false };
      this.users.set(userId, entry);
    }
    if (!entry) return this.shared;
    this.touch(userId, entry);
    if (!entry.runner && !entry.failure) this.schedule(userId);
    return entry.runner ?? this.shared;
  }

  /** Replaces a user's words and rebuilds their recogniser in the background; no words (and no enrolment): the stack's recogniser hears them. */
  update(userId: string, vocabulary: UserVocabulary): void {
    const entry = this.users.get(userId);
    if (vocabulary.phrases.length === 0 && vocabulary.words.length === 0 && !this.options.enrolled.has(userId)) {
      this.users.delete(userId);
      if (entry?.runner) void entry.runner.close();
      return;
    }
    const next: UserEntry = entry ?? { vocabulary, current: false };
    next.vocabulary = vocabulary;
    next.current = false;
    next.failure = undefined;
    this.touch(userId, next);
    this.schedule(userId);
  }

  /**
   * The user's acoustic model was adapted, replaced or removed: their recogniser is rebuilt in the
   * background and swapped in between requests; removed with no words of their own, the stack's
   * recogniser hears them again.
   */
  speakerChanged(userId: string): void {
    // A copy: a build under way with the old model must not count as built from this state.
    this.update(userId, { ...(this.users.get(userId)?.vocabulary ?? noWords) });
  }

  status(userId: string): { status: UserRecogniserStatus; phrases: number; words: number; languageModel?: string; error?: string } {
    const entry = this.users.get(userId);
    if (!entry) return { status: "none", phrases: 0, words: 0 };
    const counts = { phrases: entry.vocabulary.phrases.length, words: entry.vocabulary.words.length };
    const state = entry.runner?.status;
    const languageModel = state?.status === "ready" ? { languageModel: state.info.languageModel } : {};
    if (entry.failure) return { status: "failed", ...counts, error: entry.failure };
    if (entry.runner && entry.current) return { status: "ready", ...counts, ...languageModel };
    if (this.queued.has(userId) || this.building === userId) return { status: "building", ...counts, ...languageModel };
    return { status: "unloaded", ...counts };
  }

  /** How many users have words of their own, and how many of their recognisers are loaded. */
  get counts(): { users: number; loaded: number } {
    return { users: this.users.size, loaded: [...this.users.values()].filter((e) => e.runner).length };
  }

  /** Lets the builds under way finish, then releases every user's recogniser after its queued requests. */
  async close(): Promise<void> {
    this.queued.clear();
    await this.builds;
    await Promise.all([...this.users.values()].map((entry) => entry.runner?.close()));
    this.users.clear();
  }

  private touch(userId: string, entry: UserEntry): void {
    this.users.delete(userId);
    this.users.set(userId, entry);
  }

  private schedule(userId: string): void {
    if (this.queued.has(userId)) return;
    this.queued.add(userId);
    this.builds = this.builds.then(() => this.build(userId));
  }

  private async build(userId: string): Promise<void> {
    if (!this.queued.delete(userId)) return;
    const entry = this.users.get(userId);
    if (!entry || (entry.runner && entry.current)) return;
    const { vocabulary } = entry;
    const started = performance.now();
    this.building = userId;
    let engine: SpeechToTextEngine;
    try {
      engine = await this.options.build(userId, vocabulary);
    } catch (err) {
      entry.failure = err instanceof Error ? err.message : String(err);
      this.options.logger.error({ err, userId }, "a user's recogniser failed to build; the stack's keeps hearing them");
      return;
    } finally {
      this.building = undefined;
    }
    // The user's words were removed while it was built: nobody needs it.
    if (this.users.get(userId) !== entry) {
      await engine.close();
      return;
    }
    if (entry.runner) {
      entry.runner.replace(engine);
    } else {
      const runner = new ModelRunner("transcribe", async () => engine, this.options.queueLimit, this.options.metrics, () => undefined);
      await runner.settled();
      entry.runner = runner;
    }
    entry.current = entry.vocabulary === vocabulary;
    // A build that failed while this one was queued (its model being swapped) no longer describes it.
    entry.failure = undefined;
    this.options.logger.info(
      { userId, phrases: vocabulary.phrases.length, words: vocabulary.words.length, seconds: (performance.now() - started) / 1000 },
      "recogniser built with the user's words",
    );
    this.unloadLeastRecentlyHeard();
  }

  private unloadLeastRecentlyHeard(): void {
    const loaded = [...this.users.values()].filter((entry) => entry.runner);
    for (const entry of loaded.slice(0, Math.max(0, loaded.length - this.options.maxLoaded))) {
      const runner = entry.runner as ModelRunner<SpeechToTextEngine>;
      entry.runner = undefined;
      entry.current = false;
      void runner.close();
    }
  }
}
