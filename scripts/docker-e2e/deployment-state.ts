import type { FieldChange, Operation } from "./provider-rules";

/** What the run remembers of one resource between evaluations: Pulumi's checkpoint, in short. */
export interface ResourceRecord {
  type: string;
  name: string;
  id: string;
  /** Declared inputs, secrets revealed. */
  inputs: Record<string, any>;
  /** What the program saw as the resource's outputs. */
  state: Record<string, any>;
  /** The explicit provider it was registered with, as `urn::id`. */
  provider?: string;
  retainOnDelete: boolean;
  /** Creation order; deletes go in reverse. */
  sequence: number;
}

export interface PlannedStep {
  type: string;
  name: string;
  operation: Operation | "delete (retained)";
  changes: FieldChange[];
}

export const recordKey = (type: string, name: string) => `${type}::${name}`;

/** The checkpoint of one stack across the lifecycle's evaluations. */
export class DeploymentState {
  readonly records = new Map<string, ResourceRecord>();
  private sequence = 0;

  put(record: Omit<ResourceRecord, "sequence">, keepSequenceOf?: ResourceRecord): void {
    this.records.set(recordKey(record.type, record.name), { ...record, sequence: keepSequenceOf?.sequence ?? this.sequence++ });
  }

  /** Records in reverse creation order: dependents before what they depend on. */
  newestFirst(): ResourceRecord[] {
    return [...this.records.values()].sort((a, b) => b.sequence - a.sequence);
  }
}

const shortType = (type: string) => type.slice(type.lastIndexOf(":") + 1);

/** A plan the way `pulumi preview` summarises one: every step that is not `same`, then the counts. */
export function formatPlan(steps: PlannedStep[]): string[] {
  const changed = steps.filter((s) => s.operation !== "same");
  const lines = changed.map((s) => {
    const fields = s.changes.map((c) => `${c.field}${c.effect === "replace" ? " (forces replacement)" : ""}`).join(", ");
    return `    ${s.operation.padEnd(18)} ${shortType(s.type).padEnd(12)} ${s.name.padEnd(30)} ${fields}`;
  });
  const counts = new Map<string, number>();
  for (const step of steps) counts.set(step.operation, (counts.get(step.operation) ?? 0) + 1);
  const order = ["create", "update", "replace", "delete", "delete (retained)", "same"];
  const summary = order.filter((op) => counts.has(op)).map((op) => `${counts.get(op)} to ${op}`).join(", ");
  return [...lines, `    resources: ${summary || "none"}`];
}
