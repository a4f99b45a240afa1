import * as pulumi from "@pulumi/pulumi";

/**
 * Secrets reach the mocks wrapped (that is how the engine would encrypt them); the Docker Engine
 * and PostgreSQL need the plain values.
 */
export function revealSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revealSecrets);
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  if (record[pulumi.runtime.specialSigKey] === pulumi.runtime.specialSecretSig) return revealSecrets(record.value);
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, revealSecrets(inner)]));
}

/**
 * Every input the program declares must be carried over to the real object; an input this runner
 * does not translate fails the run instead of being dropped without a word.
 */
export function assertOnlyKeys(inputs: object, translated: readonly string[], where: string): void {
  const unknown = Object.keys(inputs).filter((key) => !translated.includes(key));
  if (unknown.length > 0)
    throw new Error(`${where}: the docker e2e runner does not translate the declared input(s) ${unknown.join(", ")}`);
}

export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} must be declared for the docker e2e runner`);
  return value;
}

/** Docker resources declare labels as a list of pairs; the Engine takes a map. */
export function labelMap(labels: readonly { label: string; value: string }[] | undefined): Record<string, string> {
  return Object.fromEntries((labels ?? []).map((l) => [l.label, l.value]));
}

/** Go duration text as Pulumi's Docker provider takes it ("10s", "1m30s", "500ms") to nanoseconds. */
export function durationNanoseconds(text: string): number {
  const units: Record<string, number> = { h: 3600e9, m: 60e9, s: 1e9, ms: 1e6, us: 1e3, ns: 1 };
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|ns)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== text) throw new Error(`not a duration: ${text}`);
  return Math.round(parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * units[unit], 0));
}
