import { describeResource, isContainer, resourceTypes, type ResourceInputs } from "./resource";

/** Last words of a name that says it holds a secret; `*_FILE` names a file and is allowed. */
const secretNameEndings = [/password$/, /passwd$/, /secret$/, /token$/, /credentials?$/, /api_?key$/, /private_?key$/, /access_?key$/];

const tokenShapes: { pattern: RegExp; what: string }[] = [
  { pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/, what: "a private key" },
  { pattern: /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/, what: "a JSON web token" },
  { pattern: /^(AKIA|ASIA)[0-9A-Z]{16}$/, what: "an AWS access key" },
  { pattern: /^(gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{20,})$/, what: "a GitHub token" },
  { pattern: /^glpat-[\w-]{20,}$/, what: "a GitLab token" },
  { pattern: /^xox[abprs]-[\w-]{10,}$/, what: "a Slack token" },
];

function hasUrlPassword(value: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return false;
  try {
    return new URL(value).password !== "";
  } catch {
    return false;
  }
}

/** What makes a name/value pair look like a secret; the value itself is never quoted. */
export function secretReason(name: string, value: string): string | undefined {
  if (value === "") return undefined;
  if (hasUrlPassword(value)) return "holds a URL with a password";
  const shape = tokenShapes.find((t) => t.pattern.test(value));
  if (shape !== undefined) return `holds what looks like ${shape.what}`;
  const normalised = name.toLowerCase().replace(/[.-]/g, "_");
  if (!normalised.endsWith("_file") && secretNameEndings.some((ending) => ending.test(normalised)))
    return "is named like a secret and holds a value";
  return undefined;
}

interface NamedValue {
  field: string;
  name: string;
  value: unknown;
  /** What to do instead, for this kind of field. */
  remedy: string;
}

function environmentEntries(props: Record<string, any>): NamedValue[] {
  const envs: string[] = props.envs ?? [];
  return envs.map((entry) => {
    const equals = entry.indexOf("=");
    const name = equals < 0 ? entry : entry.slice(0, equals);
    return { field: "envs", name, value: equals < 0 ? "" : entry.slice(equals + 1), remedy: `hand it over as a file (${name}_FILE) instead` };
  });
}

function labelEntries(props: Record<string, any>): NamedValue[] {
  const labels: { label: string; value: string }[] = props.labels ?? [];
  return labels.map((l) => ({ field: "labels", name: l.label, value: l.value, remedy: "keep it out of labels" }));
}

function buildArgEntries(props: Record<string, any>): NamedValue[] {
  return Object.entries((props.build?.args ?? {}) as Record<string, unknown>).map(([name, value]) => ({
    field: "build.args",
    name,
    value,
    remedy: "pass it as a build secret (RUN --mount=type=secret) instead",
  }));
}

function plainValues(resource: ResourceInputs): NamedValue[] {
  if (isContainer(resource)) return [...environmentEntries(resource.props), ...labelEntries(resource.props)];
  if (resource.type === resourceTypes.image) return buildArgEntries(resource.props);
  return [];
}

/**
 * `docker inspect` shows every environment variable and label to anyone with access to the
 * engine, and build arguments stay in the image's history, so none of them may carry a secret:
 * secrets reach containers as files, named by `*_FILE` variables.
 */
export function noPlainSecrets(resource: ResourceInputs): string[] {
  return plainValues(resource).flatMap(({ field, name, value, remedy }) => {
    const reason = typeof value === "string" ? secretReason(name, value) : undefined;
    return reason === undefined ? [] : [`${describeResource(resource)}: "${field}" entry ${name} ${reason}; ${remedy}`];
  });
}
