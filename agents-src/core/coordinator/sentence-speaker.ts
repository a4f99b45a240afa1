import type { SpokenReply } from "./client-channel";
import type { SentenceSink } from "./replies/reply";

/**
 * Speaks a reply's sentences one after another as they are handed over, so the first is heard
 * while the rest is still being written. Each sentence is one speak call (its own audio-start and
 * audio-stop on the client); aborting the turn's signal cuts the one being spoken and skips the rest.
 */
export class SentenceSpeaker implements SentenceSink {
  private queue: Promise<void> = Promise.resolve();
  private said = 0;
  /** Synthesis start to first audio of the first sentence (the preprocessor's figure); null when none went out. */
  firstAudioMs: number | null = null;
  /** From this speaker's creation to the first sentence handed over. */
  firstSentenceMs: number | null = null;
  private readonly created = performance.now();

  constructor(
    private readonly speak: (text: string, signal: AbortSignal) => Promise<SpokenReply | undefined>,
    private readonly signal: AbortSignal,
  ) {}

  get used(): boolean {
    return this.said > 0;
  }

  say(sentence: string): void {
    const first = this.said === 0;
    this.said++;
    if (first) this.firstSentenceMs = performance.now() - this.created;
    this.queue = this.queue.then(async () => {
      if (this.signal.aborted) return;
      const spoken = await this.speak(sentence, this.signal);
      if (first) this.firstAudioMs = spoken?.firstAudioMs ?? null;
    });
  }

  /** Resolves once every sentence handed over has been spoken or skipped. */
  finished(): Promise<void> {
    return this.queue;
  }
}
