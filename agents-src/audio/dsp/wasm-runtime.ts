import { readFileSync } from "node:fs";

/** Node's WebAssembly API, typed locally: the project compiles without the DOM lib that declares it. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

export type WasmFunction = (...args: number[]) => number;

interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

const webAssembly = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

/** Compiles and instantiates a wasm file synchronously (these modules are small; they load once per process). */
export function instantiateWasm(path: string, imports: Record<string, Record<string, WasmFunction>> = {}): Record<string, unknown> {
  return new webAssembly.Instance(new webAssembly.Module(readFileSync(path)), imports).exports;
}
