import { policies, type Policy } from "./policies";
import { runProgram, stackConfig, withBuiltSource, type CapturedResource, type ProgramRun, type StackName } from "./mockedProgram";

const runs: Partial<Record<StackName, ProgramRun>> = {};

beforeAll(async () => {
  runs.dev = await runProgram("dev", withBuiltSource(stackConfig("dev")));
  runs.prod = await runProgram("prod", stackConfig("prod"));
});

const cases = (["dev", "prod"] as const).flatMap((stack) => policies.map((policy) => [policy.name, stack, policy] as const));

it.each(cases)("%s (%s)", (_name, stack, policy) => {
  expect(policy.violations(runs[stack]!.resources, stack)).toEqual([]);
});

/** One offending resource per policy, so each check is shown to bite. */
const container = (inputs: Record<string, unknown>): CapturedResource => ({
  type: "docker:index/container:Container",
  name: "offender",
  inputs: { name: "offender", user: "10001:10001", image: `sha256:${"a".repeat(64)}`, ...inputs },
  dependencies: [],
  options: { retainOnDelete: false, importId: "", ignoreChanges: [] },
});

it.each<[string, StackName, CapturedResource, string]>([
  ["every container runs as a non-root user", "prod", container({ user: "root" }), 'offender runs as "root"'],
  ["every container runs as a non-root user", "prod", container({ user: "0:0" }), 'offender runs as "0:0"'],
  ["every container runs as a non-root user", "dev", container({ user: undefined }), 'offender runs as "the image default"'],
  ["no image is referenced by latest or without a tag", "prod", container({ image: "voice-core:latest" }), "offender uses voice-core:latest"],
  ["no image is referenced by latest or without a tag", "dev", container({ image: "registry.lan:5000/voice-core" }), "offender uses registry.lan:5000/voice-core"],
  ["no container is privileged or gains capabilities", "prod", container({ privileged: true }), "offender is privileged or adds capabilities"],
  ["no container is privileged or gains capabilities", "dev", container({ capabilities: { adds: ["NET_ADMIN"] } }), "offender is privileged or adds capabilities"],
  ["prod publishes no database port", "prod", container({ ports: [{ internal: 5432, external: 5432, ip: "127.0.0.1" }] }), "offender publishes 5432"],
  ["dev publishes on loopback only", "dev", container({ ports: [{ internal: 7000, external: 7000, ip: "0.0.0.0" }] }), "offender binds 0.0.0.0:7000"],
])("%s catches an offender in %s", (name, stack, offender, violation) => {
  const policy = policies.find((p) => p.name === name) as Policy;
  expect(policy.violations([...runs[stack]!.resources, offender], stack)).toEqual([violation]);
});
