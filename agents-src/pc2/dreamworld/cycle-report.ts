import type { TopicPublisher } from "../../kit";

export const changeKinds = ["expired", "embedded", "merged", "superseded", "episodes", "decayed"] as const;
export type ChangeKind = (typeof changeKinds)[number];

/** The topic each kind of change is published on. */
const topics: Record<ChangeKind, string> = {
  expired: "dream.expired",
  embedded: "dream.embedded",
  merged: "dream.merged",
  superseded: "dream.superseded",
  episodes: "dream.episode",
  decayed: "dream.decayed",
};

export interface RecordedChange {
  topic: string;
  [detail: string]: unknown;
}

/**
 * What one cycle did: each committed change is published at once (one event per transaction,
 * with the memory ids it touched) and kept for the stored report, up to `maxChanges`.
 */
export class CycleReport {
  readonly counts = Object.fromEntries(changeKinds.map((k) => [k, 0])) as Record<ChangeKind, number>;
  readonly changes: RecordedChange[] = [];
  readonly notes: string[] = [];

  constructor(
    private readonly cycleId: string,
    private readonly publisher: TopicPublisher,
    private readonly maxChanges: number,
  ) {}

  /** Records a committed change of `count` memories described by `detail`. */
  changed(kind: ChangeKind, count: number, detail: Record<string, unknown>): void {
    this.counts[kind] += count;
    const topic = topics[kind];
    this.publisher.publish(topic, { cycleId: this.cycleId, ...detail });
    if (this.changes.length < this.maxChanges) this.changes.push({ topic, ...detail });
  }

  note(message: string): void {
    this.notes.push(message);
  }
}
