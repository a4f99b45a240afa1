import { readFileSync } from "node:fs";
import { instantiateWasm, WasmFunction, WasmMemory } from "./wasm-runtime";

export interface EmscriptenModule<Name extends string> {
  readonly memory: WasmMemory;
  readonly exports: Record<Name, WasmFunction>;
}

/**
 * Instantiates an Emscripten wasm build shipped in an npm package without running its JavaScript
 * glue. The echogarden packages ship ESM-only glue (it reads `import.meta.url`), which neither our
 * CommonJS build nor jest's module runtime can load. Their wasm needs only two host functions, and
 * the glue stays the source of truth for the minified import and export names: they are read from
 * its text, so a package update that changes the layout fails here, loudly, instead of calling the
 * wrong function.
 */
export function loadEmscriptenModule<Name extends string>(
  wasmPath: string,
  gluePath: string,
  names: readonly Name[],
): EmscriptenModule<Name> {
  const glue = readFileSync(gluePath, "utf8");
  const layout = `${gluePath} has an unexpected layout`;
  const importsMatch = /wasmImports=\{([^}]*)\}/.exec(glue);
  const memoryMatch = /wasmMemory=wasmExports\["(\w+)"\]/.exec(glue);
  const ctorsMatch = /___wasm_call_ctors=(?:\(\)=>\(___wasm_call_ctors=)?wasmExports\["(\w+)"\]/.exec(glue);
  if (!importsMatch || !memoryMatch || !ctorsMatch) throw new Error(layout);

  let memory: WasmMemory | undefined;
  const heap = (): Uint8Array => new Uint8Array((memory as WasmMemory).buffer);
  const hostFunctions: Record<string, WasmFunction> = {
    __emscripten_memcpy_js: (dest, src, num) => {
      heap().copyWithin(dest, src, src + num);
      return 0;
    },
    _emscripten_resize_heap: (requestedSize) => {
      const mem = memory as WasmMemory;
      const pages = Math.ceil(((requestedSize >>> 0) - mem.buffer.byteLength) / 65536);
      try {
        mem.grow(pages);
        return 1;
      } catch {
        return 0;
      }
    },
  };
  const env: Record<string, WasmFunction> = {};
  for (const entry of importsMatch[1].split(",")) {
    const [key, host] = entry.split(":");
    const fn = hostFunctions[host];
    if (!fn) throw new Error(`${layout}: unknown host import ${host}`);
    env[key] = fn;
  }

  const exportLetters = new Map<string, string>();
  for (const m of glue.matchAll(/Module\["_(\w+)"\]=[^;]*?wasmExports\["(\w+)"\]/g)) exportLetters.set(m[1], m[2]);
  const raw = instantiateWasm(wasmPath, { a: env });
  memory = raw[memoryMatch[1]] as WasmMemory;
  (raw[ctorsMatch[1]] as WasmFunction)();

  const exports = {} as Record<Name, WasmFunction>;
  for (const name of names) {
    const fn = raw[exportLetters.get(name) ?? ""];
    if (typeof fn !== "function") throw new Error(`${layout}: no export ${name}`);
    exports[name] = fn as WasmFunction;
  }
  return { memory, exports };
}

/** Fresh views on every access: growing the wasm memory detaches earlier ones. */
export function float32View(memory: WasmMemory, pointer: number, length: number): Float32Array {
  return new Float32Array(memory.buffer, pointer, length);
}

export function uint32View(memory: WasmMemory, pointer: number, length: number): Uint32Array {
  return new Uint32Array(memory.buffer, pointer, length);
}
