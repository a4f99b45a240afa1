/**
 * transformers.js and koffi ship CommonJS builds, but both declare "type": "module", so their
 * typings count as ESM and TypeScript's node16 mode refuses a static import from this CommonJS
 * code. Requiring the CommonJS build and borrowing the ESM typings is the same module at run time.
 */
type Transformers = typeof import("@huggingface/transformers", { with: { "resolution-mode": "import" } });
type Koffi = typeof import("koffi", { with: { "resolution-mode": "import" } });

export const transformers: Transformers = require("@huggingface/transformers");
export const koffi: Koffi = require("koffi");
