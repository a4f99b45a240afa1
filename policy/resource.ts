/**
 * What a policy reads of one resource: its type token, its name in the program and its inputs,
 * with secrets already unwrapped (the policy runtime hands them over as plain values).
 * `ResourceValidationArgs` of @pulumi/policy has this shape, so checks run unchanged in the pack
 * and in tests.
 */
export interface ResourceInputs {
  type: string;
  name: string;
  props: Record<string, any>;
}

/** One rule: the messages it reports for a resource, none when the resource keeps it. */
export type ResourceCheck = (resource: ResourceInputs) => string[];

export const resourceTypes = {
  container: "docker:index/container:Container",
  image: "docker:index/image:Image",
  remoteImage: "docker:index/remoteImage:RemoteImage",
} as const;

export const isContainer = (resource: ResourceInputs) => resource.type === resourceTypes.container;

const kinds: Record<string, string> = {
  [resourceTypes.container]: "container",
  [resourceTypes.image]: "image",
  [resourceTypes.remoteImage]: "remote image",
};

/** How messages name a resource: its kind and its name in the program (`container coordinator`). */
export const describeResource = (resource: ResourceInputs) => `${kinds[resource.type] ?? resource.type} ${resource.name}`;

/** Docker resources take labels as a list of `{ label, value }` pairs. */
export function labelValue(props: Record<string, any>, label: string): string | undefined {
  const labels: { label: string; value: string }[] = props.labels ?? [];
  return labels.find((l) => l.label === label)?.value;
}

/** The stacks whose containers get the production rules (memory limits, no database port). */
const productionStacks = ["prod"];

/**
 * A container belongs to the stack its `voice.stack` label names; one without the label gets the
 * production rules, so a missing label cannot switch them off.
 */
export function stackOf(props: Record<string, any>): { name: string; production: boolean } {
  const name = labelValue(props, "voice.stack");
  return name === undefined ? { name: "(no voice.stack label)", production: true } : { name, production: productionStacks.includes(name) };
}

/**
 * A one-shot job: the provider attaches and waits for it to exit (`attach`) and does not keep it
 * running (`mustRun: false`), as with db-setup. Everything else runs for the life of the stack.
 */
export const isOneShotJob = (props: Record<string, any>) => props.attach === true && props.mustRun === false;
