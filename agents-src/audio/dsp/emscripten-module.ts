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
  const host = hostFunctions(() => memory as WasmMemory);
  const byGlueName: Record<string, WasmFunction> = {
    __emscripten_memcpy_js: host.memcpy,
    _emscripten_resize_heap: host.resizeHeap,
  };
  const env: Record<string, WasmFunction> = {};
  for (const entry of importsMatch[1].split(",")) {
    const [key, glueName] = entry.split(":");
    const fn = byGlueName[glueName];
    if (!fn) throw new Error(`${layout}: unknown host import ${glueName}`);
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

/**
 * Instantiates an Emscripten build that exports its functions under their C names and imports
 * only the heap helpers from `env` (a `STANDALONE_WASM`-style build with no glue to read).
 */
export function loadStandaloneEmscriptenModule<Name extends string>(wasmPath: string, names: readonly Name[]): EmscriptenModule<Name> {
  let memory: WasmMemory | undefined;
  const host = hostFunctions(() => memory as WasmMemory);
  const env: Record<string, WasmFunction> = {
    emscripten_memcpy_big: host.memcpy,
    emscripten_resize_heap: host.resizeHeap,
    __assert_fail: () => {
      throw new Error(`${wasmPath}: assertion failed inside the module`);
    },
  };
  const raw = instantiateWasm(wasmPath, { env });
  if (typeof raw.memory !== "object" || typeof raw.__wasm_call_ctors !== "function") throw new Error(`${wasmPath} is not a standalone Emscripten build`);
  memory = raw.memory as WasmMemory;
  (raw.__wasm_call_ctors as WasmFunction)();
  const exports = {} as Record<Name, WasmFunction>;
  for (const name of names) {
    if (typeof raw[name] !== "function") throw new Error(`${wasmPath} has no export ${name}`);
    exports[name] = raw[name] as WasmFunction;
  }
  return { memory, exports };
}

/** What every Emscripten module asks of its host: a memmove over its heap and a way to grow it. */
function hostFunctions(memory: () => WasmMemory): { memcpy: WasmFunction; resizeHeap: WasmFunction } {
  return {
    memcpy: (dest, src, num) => {
      const heap = new Uint8Array(memory().buffer);
      heap.copyWithin(dest, src, src + num);
      return 0;
    },
    resizeHeap: (requestedSize) => {
      const mem = memory();
      const pages = Math.ceil(((requestedSize >>> 0) - mem.buffer.byteLength) / 65536);
      try {
        mem.grow(pages);
        return 1;
      } catch {
        return 0;
      }
    },
  };
}

/** Fresh views on every access: growing the wasm memory detaches earlier ones. */
export function float32View(memory: WasmMemory, pointer: number, length: number): Float32Array {
  return new Float32Array(memory.buffer, pointer, length);
}

export function uint32View(memory: WasmMemory, pointer: number, length: number): Uint32Array {
  return new Uint32Array(memory.buffer, pointer, length);
}
