/**
 * `npm run -s models:manifest -- --target NAME (--hf OWNER/REPO@REVISION | --url BASE) FILE...`:
 * prints one entry of the stack's `models` list (JSON, which YAML reads as is) with each file's
 * size and sha256, measured by downloading it once. MODELS_TOKEN_FILE names a token file for a
 * private source. Paste the entry under `voice-assistant:models` in Pulumi.<stack>.yaml, or into
 * the file MODELS_MANIFEST_FILE names for `npm start`.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { modelSourceSchema, type ModelSource } from "../agents-src/pc2/models/manifest";
import { describeModel } from "../agents-src/pc2/models/model-entry";

const usage = "usage: npm run -s models:manifest -- --target NAME (--hf OWNER/REPO@REVISION | --url BASE) FILE...";

function sourceOf(hf: string | undefined, url: string | undefined): ModelSource {
  if ((hf === undefined) === (url === undefined)) throw new Error("give exactly one of --hf and --url");
  if (hf !== undefined) {
    const at = hf.lastIndexOf("@");
    if (at < 0) throw new Error("--hf wants OWNER/REPO@REVISION; pin a commit hash");
    return modelSourceSchema.parse({ huggingFace: { repo: hf.slice(0, at), revision: hf.slice(at + 1) } });
  }
  return modelSourceSchema.parse({ url });
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { target: { type: "string" }, hf: { type: "string" }, url: { type: "string" } },
    allowPositionals: true,
  });
  if (values.target === undefined || positionals.length === 0) {
    console.error(usage);
    return 2;
  }
  const tokenFile = process.env.MODELS_TOKEN_FILE;
  const entry = await describeModel({
    target: values.target,
    source: sourceOf(values.hf, values.url),
    paths: positionals,
    token: tokenFile ? readFileSync(tokenFile, "utf8").trim() : undefined,
    onFile: (path, url) => console.error(`measuring ${path} (${url})`),
  });
  console.log(JSON.stringify(entry, null, 2));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const issues = (err as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
    console.error(`models:manifest: ${issues ? issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") : (err as Error).message}`);
    process.exit(1);
  },
);
