import { mathjs } from "../../math-library";
import { capitalised, IntentHandler } from "./reply";

// Enough digits for any everyday answer; more would be read out as noise ("0.33333333").
const significantDigits = 6;

const spoken = (value: number): string => {
  const rounded = Number(value.toPrecision(significantDigits));
  return Math.abs(rounded) >= 1e15 || (rounded !== 0 && Math.abs(rounded) < 1e-6) ? rounded.toExponential(3) : String(rounded);
};

/**
 * Arithmetic and unit conversions, computed by math.js from the expression the router built out
 * of numbers, operators and unit names only (task-router/spoken-math.ts).
 */
export const calculation: IntentHandler = async ({ slots }) => {
  const { kind, expression } = slots;
  if (!expression) return { text: "What should I calculate?" };
  let result: unknown;
  try {
    result = mathjs.evaluate(expression);
  } catch (err) {
    return { text: "Sorry, I couldn't work that out.", warnings: [(err as Error).message] };
  }
  if (kind === "conversion" && mathjs.isUnit(result)) {
    const [, toUnit] = expression.split(" to ");
    return { text: `${slots.amount} ${slots.fromName} is ${spoken(result.toNumber(toUnit))} ${slots.toName}.` };
  }
  if (typeof result !== "number" || !Number.isFinite(result)) return { text: `${capitalised(slots.said ?? expression)} has no answer I can give.` };
  return { text: `${capitalised(slots.said ?? expression)} is ${spoken(result)}.` };
};
