import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEmscriptenModule, loadStandaloneEmscriptenModule } from "../../agents-src/audio/dsp/emscripten-module";

const rnnoiseWasm = require.resolve("@sapphi-red/web-noise-suppressor/rnnoise_simd.wasm");

describe("Emscripten module loading", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "wasm-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("loads the SIMD RNNoise build by its C names and runs it", () => {
    const { exports } = loadStandaloneEmscriptenModule(rnnoiseWasm, ["rnnoise_get_frame_size", "malloc", "free"]);
    expect(exports.rnnoise_get_frame_size()).toBe(480);
    const pointer = exports.malloc(64);
    expect(pointer).toBeGreaterThan(0);
    exports.free(pointer);
  });

  it("names a function the build does not export", () => {
    expect(() => loadStandaloneEmscriptenModule(rnnoiseWasm, ["rnnoise_get_frame_size", "rnnoise_train"])).toThrow(/has no export rnnoise_train/);
  });

  it("refuses a wasm module that is not an Emscripten build", () => {
    const empty = join(dir, "empty.wasm");
    writeFileSync(empty, Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
    expect(() => loadStandaloneEmscriptenModule(empty, ["malloc"])).toThrow(/is not a standalone Emscripten build/);
  });

  it("refuses glue whose layout it cannot read, before instantiating anything", () => {
    const glue = join(dir, "glue.js");
    writeFileSync(glue, "export default function init() {}\n");
    expect(() => loadEmscriptenModule(rnnoiseWasm, glue, ["malloc"])).toThrow(/has an unexpected layout/);
  });
});
