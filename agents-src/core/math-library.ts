/**
 * math.js ships a CommonJS build but declares "type": "module", so its typings count as ESM and
 * TypeScript's node16 mode refuses a static import from this CommonJS code (as in pc2's
 * commonjs-builds.ts). Requiring the CommonJS build and borrowing the ESM typings is the same
 * module at run time.
 */
type MathJs = typeof import("mathjs", { with: { "resolution-mode": "import" } });

export const mathjs: MathJs = require("mathjs");

// math.js measures a cup in US customary units (236.6 ml) but a tablespoon and teaspoon in metric ones
// (15 and 5 ml), so "how many tablespoons in a cup" came out 15.77, not the 16 every recipe means.
// Kitchen measures are one system, as recipes use them: a cup is 16 tablespoons, a tablespoon 3 teaspoons.
mathjs.createUnit("tablespoon", { definition: "0.0625 cup", aliases: ["tablespoons", "tbsp"] }, { override: true });
mathjs.createUnit("teaspoon", { definition: "0.3333333333333333 tablespoon", aliases: ["teaspoons", "tsp"] }, { override: true });
