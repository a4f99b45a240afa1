import { randomInt } from "node:crypto";
import { mathjs } from "../../math-library";
import { capitalised, IntentHandler } from "./reply";

// Enough digits for any everyday answer; more would be read out as noise ("0.33333333").
const significantDigits = 6;

// Past these a number is said as people say scientific notation: "1.5 times 10 to the power of 20",
// not "1.500e+20", which a speech synthesiser reads letter by letter.
const spoken = (value: number): string => {
  const rounded = Number(value.toPrecision(significantDigits));
  if (!(Math.abs(rounded) >= 1e15 || (rounded !== 0 && Math.abs(rounded) < 1e-6))) return String(rounded);
  const [mantissa, exponent] = rounded.toExponential(3).split("e");
  return `${Number(mantissa)} times 10 to the power of ${Number(exponent)}`;
};

// A converted amount is said as finely as anyone reads a measure, not as math.js computes it
// ("226.796 grams" is read out digit by digit): a temperature to a tenth of a degree, as a
// thermometer shows it; any other measure to five significant figures, finer than a kitchen scale
// or a tape measure and still the two decimals a pounds or miles figure is given with ("154.32
// pounds"). Whole units are never rounded away ("160934 metres", not 160930). One unit's worth in
// another ("how many grams in a pound") is a definition people note down, said in full as a sum is.
const measureDigits = 5;
const spokenConversion = (value: number, amount: string, isTemperature: boolean): string => {
  if (isTemperature) return spoken(Math.round(value * 10) / 10);
  if (Number(amount) === 1) return spoken(value);
  return spoken(Math.abs(value) >= 10 ** measureDigits ? Math.round(value) : Number(value.toPrecision(measureDigits)));
};
const kelvin = mathjs.unit("K");

/**
 * Arithmetic and unit conversions, computed by math.js from the expression the router built out
 * of numbers, operators and unit names only (task-router/spoken-math.ts).
 */
export const calculation: IntentHandler = async ({ slots }) => {
  const { kind, expression } = slots;
  if (kind === "chance") return chance(slots);
  if (!expression) return { text: "What should I calculate?" };
  let result: unknown;
  try {
    result = mathjs.evaluate(expression);
  } catch (err) {
    return { text: "Sorry, I couldn't work that out.", warnings: [(err as Error).message] };
  }
  if (kind === "conversion" && mathjs.isUnit(result)) {
    const [, toUnit] = expression.split(" to ");
    // "6 foot 2" is said whole, with no unit name of its own after it.
    return { text: `${[slots.amount, slots.fromName].filter(Boolean).join(" ")} is ${spokenConversion(result.toNumber(toUnit), slots.amount ?? "", result.equalBase(kelvin))} ${slots.toName}.` };
  }
  if (typeof result !== "number" || !Number.isFinite(result)) return { text: `${capitalised(slots.said ?? expression)} has no answer I can give.` };
  // "square root of 2" names one number: "The square root of 2 is 1.41421."
  const said = (slots.said ?? expression).replace(/^(?=(?:square|cube) root\b)/, "the ");
  return { text: `${capitalised(said)} is ${spoken(result)}.` };
};

// A die has at least two faces, and more than this is no die anyone rolls.
const maxSides = 1000;
// More dice than anyone rolls at a table would be a long list read out.
const maxDice = 10;

/** A coin tossed, a die rolled or a number picked, with the operating system's randomness. */
function chance(slots: Record<string, string>): { text: string } {
  if (slots.draw === "coin") return { text: `It's ${randomInt(2) === 0 ? "heads" : "tails"}.` };
  if (slots.draw === "die") {
    const sides = Number(slots.sides);
    if (!Number.isInteger(sides) || sides < 2 || sides > maxSides) return { text: `A die needs between 2 and ${maxSides} sides.` };
    const count = Number(slots.count ?? "1");
    if (!Number.isInteger(count) || count < 1 || count > maxDice) return { text: `I can roll between 1 and ${maxDice} dice at once.` };
    const rolls = Array.from({ length: count }, () => randomInt(1, sides + 1));
    // "an 8", "an 11", "an 18", "an 800": said with a vowel first.
    const one = (rolled: number) => `${/^(?:8|11$|18$)/.test(String(rolled)) ? "an" : "a"} ${rolled}`;
    if (count === 1) return { text: `You rolled ${one(rolls[0])}.` };
    return { text: `You rolled ${rolls.slice(0, -1).join(", ")} and ${rolls[count - 1]}: ${rolls.reduce((sum, r) => sum + r, 0)} in all.` };
  }
  const [from, to] = [Number(slots.from), Number(slots.to)];
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || to - from >= 2 ** 48) return { text: "Those numbers are too far apart for me to pick between." };
  return { text: from === to ? `It can only be ${from}.` : `I picked ${randomInt(from, to + 1)}.` };
}
