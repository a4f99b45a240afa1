/**
 * math.js ships a CommonJS build but declares "type": "module", so its typings count as ESM and
 * TypeScript's node16 mode refuses a static import from this CommonJS code (as in pc2's
 * commonjs-builds.ts). Requiring the CommonJS build and borrowing the ESM typings is the same
 * module at run time.
 */
type MathJs = typeof import("mathjs", { with: { "resolution-mode": "import" } });

export const mathjs: MathJs = require("mathjs");
