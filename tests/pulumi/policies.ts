import { database as catalogDatabase } from "../../agents-src/kit/catalog";
import type { CapturedResource, StackName } from "./mockedProgram";

/** A rule over everything a stack declares; it returns one line per offending resource. */
export interface Policy {
  name: string;
  violations(resources: CapturedResource[], stack: StackName): string[];
}

const containersIn = (resources: CapturedResource[]) =>
  resources.filter((r) => r.type === "docker:index/container:Container");

function isNonRootUser(user: unknown): boolean {
  if (typeof user !== "string" || user === "") return false;
  const [name] = user.split(":");
  return name !== "root" && name !== "0";
}

/** A digest, an image ID, or a tag that names one release. */
function isPinned(reference: string): boolean {
  if (/^sha256:[0-9a-f]{64}$/.test(reference) || /@sha256:[0-9a-f]{64}$/.test(reference)) return true;
  const lastSegment = reference.split("/").pop() ?? "";
  const tag = lastSegment.includes(":") ? lastSegment.split(":").pop() : undefined;
  return tag !== undefined && tag !== "" && tag !== "latest";
}

function imageReferences(resources: CapturedResource[]): [string, string][] {
  const references: [string, string][] = [];
  for (const r of resources) {
    if (r.type === "docker:index/image:Image") {
      references.push([r.name, r.inputs.imageName]);
      references.push([`${r.name} BASE_IMAGE`, r.inputs.build.args.BASE_IMAGE]);
    }
    if (r.type === "docker:index/remoteImage:RemoteImage") references.push([r.name, r.inputs.name]);
    if (r.type === "docker:index/container:Container") references.push([r.inputs.name, r.inputs.image]);
  }
  return references;
}

export const policies: Policy[] = [
  {
    name: "every container runs as a non-root user",
    violations: (resources) =>
      containersIn(resources)
        .filter((c) => !isNonRootUser(c.inputs.user))
        .map((c) => `${c.inputs.name} runs as ${JSON.stringify(c.inputs.user ?? "the image default")}`),
  },
  {
    name: "no image is referenced by latest or without a tag",
    violations: (resources) =>
      imageReferences(resources)
        .filter(([, reference]) => !isPinned(reference))
        .map(([owner, reference]) => `${owner} uses ${reference}`),
  },
  {
    name: "no container is privileged or gains capabilities",
    violations: (resources) =>
      containersIn(resources)
        .filter((c) => c.inputs.privileged === true || (c.inputs.capabilities?.adds ?? []).length > 0)
        .map((c) => `${c.inputs.name} is privileged or adds capabilities`),
  },
  {
    name: "prod publishes no database port",
    violations: (resources, stack) =>
      stack !== "prod"
        ? []
        : containersIn(resources)
            .filter((c) => (c.inputs.ports ?? []).some((p: { internal: number }) => p.internal === catalogDatabase.port))
            .map((c) => `${c.inputs.name} publishes ${catalogDatabase.port}`),
  },
  {
    name: "dev publishes on loopback only",
    violations: (resources, stack) =>
      stack !== "dev"
        ? []
        : containersIn(resources).flatMap((c) =>
            (c.inputs.ports ?? [])
              .filter((p: { ip?: string }) => p.ip !== "127.0.0.1")
              .map((p: { ip?: string; external: number }) => `${c.inputs.name} binds ${p.ip ?? "0.0.0.0"}:${p.external}`),
          ),
  },
];
