import { randomUUID } from "node:crypto";
import { readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "../../kit/logging";
import { speakerModelFolder } from "../../kit/speaker-models";
import { adaptSpeakerModel, EnrolmentClip } from "./speaker-adaptation";
import type { UserRecognisers } from "./user-recognisers";

export type SpeakerEnrolmentStatus = "none" | "adapting" | "ready" | "failed";

export interface SpeakerEnrolmentState {
  status: SpeakerEnrolmentStatus;
  /** Why the last enrolment failed; a model adapted before it, if any, is still the one in use. */
  error?: string;
  /** Of the last enrolment: clips sent, clips bw could not align to their sentence, seconds it took. */
  clips?: number;
  unaligned?: number;
  seconds?: number;
}

/** With fewer clips aligned than this share, the model would learn the recording rather than the voice. */
const minAlignedShare = 0.5;

/**
 * Speaker enrolment while pc2 runs: adapts the acoustic model to a user's clips in the background,
 * one enrolment at a time (bw and map_adapt take a core for ~2-3 s), writes it to
 * `speakersDir/<user>` by renaming a finished folder into place (a reader sees the old model or
 * the new one, never half of one), and has the user's recogniser rebuilt and swapped in between
 * requests. State lives in memory; after a restart a user with a folder is "ready".
 */
export class SpeakerEnrolments {
  private readonly states = new Map<string, SpeakerEnrolmentState>();
  private queue: Promise<void> = Promise.resolve();
  private waiting = 0;

  constructor(
    private readonly options: {
      speakersDir: string;
      baseModelDir: string;
      /** The users with a model, shared with UserRecognisers, which builds their recognisers from it. */
      enrolled: Set<string>;
      recognisers: UserRecognisers;
      /** Enrolments queued or under way at once; more are refused (503) rather than held in memory. */
      maxWaiting: number;
      logger: Logger;
    },
  ) {}

  /** Removes folders left half-written by a pc2 that stopped mid-enrolment. */
  async removeLeftovers(): Promise<void> {
    const names = await readdir(this.options.speakersDir).catch(() => []);
    await Promise.all(names.filter((name) => name.startsWith(".")).map((name) => rm(join(this.options.speakersDir, name), { recursive: true, force: true })));
  }

  status(userId: string): SpeakerEnrolmentState {
    return this.states.get(userId) ?? { status: this.options.enrolled.has(userId) ? "ready" : "none" };
  }

  get busy(): boolean {
    return this.waiting >= this.options.maxWaiting;
  }

  /** Queues an enrolment; the caller has checked the clips and that the user has none under way. */
  start(userId: string, clips: readonly EnrolmentClip[]): void {
    const dir = speakerModelFolder(this.options.speakersDir, userId);
    this.states.set(userId, { status: "adapting", clips: clips.length });
    this.waiting++;
    this.queue = this.queue.then(() => this.adapt(userId, dir, clips)).finally(() => this.waiting--);
  }

  /** Removes the user's model (the caller has checked none is adapting); false when they have none. Their recogniser goes back to the stack's (or words-only). */
  async remove(userId: string): Promise<boolean> {
    const dir = speakerModelFolder(this.options.speakersDir, userId);
    this.states.delete(userId);
    if (!this.options.enrolled.delete(userId)) return false;
    const trash = join(this.options.speakersDir, `.removed-${randomUUID()}`);
    await rename(dir, trash);
    this.options.recognisers.speakerChanged(userId);
    await rm(trash, { recursive: true, force: true });
    return true;
  }

  /** Waits for the enrolments queued so far (shutdown). */
  async close(): Promise<void> {
    await this.queue;
  }

  private async adapt(userId: string, dir: string, clips: readonly EnrolmentClip[]): Promise<void> {
    const started = performance.now();
    const staging = join(this.options.speakersDir, `.adapting-${randomUUID()}`);
    const fail = (error: string) => this.states.set(userId, { status: "failed", error, clips: clips.length });
    try {
      const { unaligned } = await adaptSpeakerModel(this.options.baseModelDir, clips, staging);
      if (clips.length - unaligned < clips.length * minAlignedShare) {
        fail(`only ${clips.length - unaligned} of ${clips.length} recordings matched their sentence; record them again, each sentence as written`);
        return;
      }
      const previous = join(this.options.speakersDir, `.replaced-${randomUUID()}`);
      const replaced = await rename(dir, previous).then(() => true, () => false);
      await rename(staging, dir);
      if (replaced) await rm(previous, { recursive: true, force: true });
      this.options.enrolled.add(userId);
      const seconds = Math.round((performance.now() - started) / 100) / 10;
      this.states.set(userId, { status: "ready", clips: clips.length, unaligned, seconds });
      this.options.recognisers.speakerChanged(userId);
      this.options.logger.info({ userId, clips: clips.length, unaligned, seconds }, "speaker model adapted to the user's voice");
    } catch (err) {
      this.options.logger.error({ err, userId }, "speaker enrolment failed");
      fail(`adaptation failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
}
