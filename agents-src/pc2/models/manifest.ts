import { z } from "zod";

/**
 * The models a stack provisions onto the models volume: where each model goes, where its files
 * come from and the sha256 each file must have. The stack config (`models`) and the models job
 * both validate with this one schema.
 */

const pathSegment = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** Relative, slash-separated, no `.`/`..` segment and no leading dot: it cannot leave its folder. */
const relativePath = (what: string, maxSegments: number) =>
  z
    .string()
    .min(1)
    .refine(
      (p) => {
        const segments = p.split("/");
        return segments.length <= maxSegments && segments.every((s) => pathSegment.test(s) && s !== "." && s !== "..");
      },
      `must be ${what}: letters, digits, . _ - in at most ${maxSegments} slash-separated parts, none starting with a dot`,
    );

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "must be a sha256 as 64 lower-case hex digits");

export const modelFileSchema = z.strictObject({
  /** Path inside the model's folder, and inside the source (the repository or the base URL). */
  path: relativePath("a relative file path", 8),
  sha256,
  /** Bytes; when given, a wrong-sized file is refused before it is hashed. */
  size: z.int().nonnegative().optional(),
});

export const modelSourceSchema = z.union(
  [
    z.strictObject({
      huggingFace: z.strictObject({
        repo: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be owner/name"),
        /** A commit hash pins the files; a branch or tag works too, the checksums catch a moved one. */
        revision: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be a commit hash, branch or tag"),
      }),
    }),
    z.strictObject({ url: z.url({ protocol: /^https?$/, error: "must be an http(s) base URL" }) }),
  ],
  { error: "must be {huggingFace: {repo, revision}} or {url}" },
);

export const modelSchema = z
  .strictObject({
    /** Folder inside the models volume, as pc2's WHISPER_MODEL / EMBED_MODEL name it. */
    target: relativePath("a folder name such as whisper-base.en or org/name", 2),
    source: modelSourceSchema,
    files: z.array(modelFileSchema).min(1),
  })
  .superRefine((model, ctx) => {
    const seen = new Set<string>();
    model.files.forEach((file, i) => {
      if (seen.has(file.path))
        ctx.addIssue({ code: "custom", path: ["files", i, "path"], message: `${file.path} is listed twice` });
      seen.add(file.path);
    });
  });

export const modelManifestSchema = z.array(modelSchema).superRefine((models, ctx) => {
  const seen = new Set<string>();
  models.forEach((model, i) => {
    if (seen.has(model.target))
      ctx.addIssue({ code: "custom", path: [i, "target"], message: `target ${model.target} is used by another model` });
    seen.add(model.target);
  });
});

export type ModelFile = z.output<typeof modelFileSchema>;
export type ModelSource = z.output<typeof modelSourceSchema>;
export type Model = z.output<typeof modelSchema>;
export type ModelManifest = z.output<typeof modelManifestSchema>;

const huggingFaceOrigin = "https://huggingface.co";

function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/** Where one file of a model is downloaded from. */
export function fileSourceUrl(source: ModelSource, path: string): string {
  if ("huggingFace" in source) {
    const { repo, revision } = source.huggingFace;
    return `${huggingFaceOrigin}/${repo}/resolve/${encodeURIComponent(revision)}/${encodePath(path)}`;
  }
  const base = source.url.endsWith("/") ? source.url : `${source.url}/`;
  return new URL(encodePath(path), base).toString();
}
