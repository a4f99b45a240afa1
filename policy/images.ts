import { describeResource, isContainer, resourceTypes, type ResourceInputs } from "./resource";

const imageId = /^sha256:[0-9a-f]{64}$/;
const digestSuffix = /@sha256:[0-9a-f]{64}$/;

/** Why a reference does not name one release, or undefined for a digest, an image ID or a release tag. */
function describeUnpinned(reference: string): string | undefined {
  if (imageId.test(reference) || digestSuffix.test(reference)) return undefined;
  // A registry host may carry a port (registry.lan:5000/voice-core), so the tag is looked for after the last slash.
  const lastSegment = reference.split("/").pop() ?? "";
  const colon = lastSegment.lastIndexOf(":");
  const tag = colon < 0 ? "" : lastSegment.slice(colon + 1);
  if (tag === "") return `is ${JSON.stringify(reference)}, which has no tag`;
  return tag === "latest" ? `is ${JSON.stringify(reference)}, tagged latest` : undefined;
}

/** Every field of a resource that names an image to pull or build from. */
function imageReferences(resource: ResourceInputs): { field: string; reference: unknown }[] {
  const props = resource.props;
  if (isContainer(resource)) return [{ field: "image", reference: props.image }];
  if (resource.type === resourceTypes.remoteImage) return [{ field: "name", reference: props.name }];
  if (resource.type !== resourceTypes.image) return [];
  const buildArgs: Record<string, unknown> = props.build?.args ?? {};
  return [
    { field: "imageName", reference: props.imageName },
    // Dockerfiles here take their base as a build argument (BASE_IMAGE); any *IMAGE argument is one.
    ...Object.entries(buildArgs)
      .filter(([arg]) => /IMAGE$/i.test(arg))
      .map(([arg, reference]) => ({ field: `build.args.${arg}`, reference })),
  ];
}

export function pinnedImages(resource: ResourceInputs): string[] {
  return imageReferences(resource).flatMap(({ field, reference }) => {
    const problem = typeof reference !== "string" ? "is not set" : describeUnpinned(reference);
    return problem === undefined ? [] : [`${describeResource(resource)}: "${field}" ${problem}; name a release tag or a digest`];
  });
}
