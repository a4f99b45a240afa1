import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * Writes a transformers.js model directory: each entry is a relative path and either a JSON
 * value or, for .onnx files, the serialized model.
 */
export async function writeModelDirectory(dir: string, files: Record<string, unknown>): Promise<void> {
  await Promise.all(
    Object.entries(files).map(async ([name, content]) => {
      const path = join(dir, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content instanceof Uint8Array ? content : JSON.stringify(content, null, 2));
    }),
  );
}

/** tokenizer.json's entry for a special token that the tokenizer never splits. */
export function specialTokenEntry(id: number, content: string): object {
  return { id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true };
}
