import { withDigits } from "../../kit/spoken-numbers";
import { mathjs } from "../math-library";

/**
 * Arithmetic and unit conversions as people say them ("what is 12 times 7", "how many grams in a
 * pound"), turned into a math.js expression that the coordinator evaluates. Only numbers,
 * operators and known unit names ever reach the expression, so no other text is evaluated.
 */
export type SpokenMath =
  | { kind: "arithmetic"; expression: string; said: string }
  | { kind: "conversion"; expression: string; amount: string; fromName: string; toName: string };

const lead =
  /^(?:(?:hey|ok|okay|so|please)\s+)*(?:(?:can|could) you\s+(?:tell me\s+|please\s+)?)?(?:tell me\s+)?(?:what(?:'s| is| are| does)?|whats|how much is|how much are|calculate|compute|work out|figure out|solve|what do you get if you)\s+/;
const tail = /\s+(?:equal|equals|make|come to|give me|please)$/;

// Longest phrases first: "multiplied by" before "by".
const operatorWords: Array<[RegExp, string]> = [
  [/\bto the power of\b|\braised to(?: the power of)?\b/g, " ^ "],
  [/\bmultiplied by\b|\btimes\b|[x\u00d7*]/g, " * "],
  [/\bdivided by\b|\bover\b|[\u00f7/]/g, " / "],
  [/\bplus\b|\+/g, " + "],
  [/\bminus\b|\btake away\b|-(?=\s)/g, " - "],
  [/\bsquared\b/g, " ^ 2 "],
  [/\bcubed\b/g, " ^ 3 "],
];

const verbForms: Array<[RegExp, (a: string, b: string) => string]> = [
  [/^add (\S+) (?:and|to) (\S+)$/, (a, b) => `${a} + ${b}`],
  [/^subtract (\S+) from (\S+)$/, (a, b) => `${b} - ${a}`],
  [/^take (?:away )?(\S+) (?:away )?from (\S+)$/, (a, b) => `${b} - ${a}`],
  [/^multiply (\S+) (?:by|and) (\S+)$/, (a, b) => `${a} * ${b}`],
  [/^divide (\S+) by (\S+)$/, (a, b) => `${a} / ${b}`],
];

const number = String.raw`\d+(?:\.\d+)?`;
const onlyMath = new RegExp(String.raw`^(?:\s*(?:${number}|sqrt\(|[-+*/^()]))+\s*$`);

function arithmetic(text: string): SpokenMath | null {
  for (const [form, build] of verbForms) {
    const match = form.exec(text);
    if (match && new RegExp(`^${number}$`).test(match[1]) && new RegExp(`^${number}$`).test(match[2])) {
      return { kind: "arithmetic", expression: build(match[1], match[2]), said: text };
    }
  }
  let expression = text
    .replace(/\bthe square root of (\S+)|\bsquare root of (\S+)/g, (_, a: string | undefined, b: string | undefined) => ` sqrt(${a ?? b}) `)
    .replace(new RegExp(String.raw`(${number}) (?:percent|%) of (${number})`, "g"), " ($1 / 100 * $2) ")
    .replace(new RegExp(String.raw`\bhalf of (${number})`, "g"), " (0.5 * $1) ");
  for (const [words, operator] of operatorWords) expression = expression.replace(words, operator);
  expression = expression.replace(/\s+/g, " ").trim();
  const numbers = expression.match(new RegExp(number, "g")) ?? [];
  const hasOperator = /[-+*/^]|sqrt/.test(expression);
  if (!onlyMath.test(expression) || !hasOperator || numbers.length === 0 || (numbers.length < 2 && !/sqrt|\^/.test(expression))) return null;
  return { kind: "arithmetic", expression, said: text };
}

/** Spoken unit names math.js does not know, or knows as something else ("pound" is a force there). */
const unitAliases: Record<string, string> = {
  pound: "lb", pounds: "lb", lbs: "lb", kilo: "kg", kilos: "kg", celsius: "degC", centigrade: "degC",
  fahrenheit: "degF", "degrees celsius": "degC", "degrees fahrenheit": "degF", kelvin: "K", metre: "m", metres: "m",
  kilometre: "km", kilometres: "km", centimetre: "cm", centimetres: "cm", millimetre: "mm", millimetres: "mm",
  litre: "liter", litres: "liter", millilitre: "ml", millilitres: "ml", feet: "ft", foot: "ft", inches: "inch",
  ounces: "oz", ounce: "oz", "fluid ounces": "floz", "fluid ounce": "floz", tablespoons: "tablespoon", teaspoons: "teaspoon",
  mph: "mi/h", "miles per hour": "mi/h", "kilometres per hour": "km/h", "kilometers per hour": "km/h",
};

/** A unit as math.js names it; `null` for a word that is not one. Single letters are words here ("a", "in"). */
function unitOf(spoken: string): string | null {
  const name = unitAliases[spoken] ?? spoken;
  if (spoken.length < 2) return null;
  try {
    mathjs.unit(1, name);
    return name;
  } catch {
    return null;
  }
}

function compatible(from: string, to: string): boolean {
  return mathjs.unit(1, from).equalBase(mathjs.unit(1, to));
}

const phraseUnits = Object.keys(unitAliases).filter((name) => name.includes(" "));
const unitWords = `(${[...phraseUnits, "[a-z]+"].join("|")})`;
const amountWords = String.raw`(a|an|one|${number})`;
const conversionForms: Array<{ form: RegExp; amount: number; from: number; to: number }> = [
  // how many grams (are there) in a pound
  { form: new RegExp(String.raw`^how (?:many|much) ${unitWords} (?:are |is )?(?:there )?in ${amountWords} ${unitWords}$`), amount: 2, from: 3, to: 1 },
  // how many grams is 3 pounds
  { form: new RegExp(String.raw`^how (?:many|much) ${unitWords} (?:is|are|make) ${amountWords} ${unitWords}$`), amount: 2, from: 3, to: 1 },
  // (convert) 5 miles (in)to kilometres / 5 miles in kilometres
  { form: new RegExp(String.raw`^(?:convert )?${amountWords} ${unitWords} (?:in|into|to|in to) ${unitWords}$`), amount: 1, from: 2, to: 3 },
];

function conversion(text: string): SpokenMath | null {
  for (const { form, amount, from, to } of conversionForms) {
    const match = form.exec(text);
    if (!match) continue;
    const fromName = match[from];
    const toName = match[to];
    const fromUnit = unitOf(fromName);
    const toUnit = unitOf(toName);
    if (!fromUnit || !toUnit || !compatible(fromUnit, toUnit)) continue;
    const value = /^\d/.test(match[amount]) ? match[amount] : "1";
    return { kind: "conversion", expression: `${value} ${fromUnit} to ${toUnit}`, amount: value, fromName, toName };
  }
  return null;
}

// Read as one number, "a hundred minus thirty seven" would be 137: each side of an operator word is a number of its own.
const operatorWord = /(\s(?:minus|plus|times|multiplied by|divided by|over|take away|away from|to the power of)\s)/;

function numbersBetweenOperators(text: string): string {
  return text
    .split(operatorWord)
    .map((part, index) => (index % 2 === 1 ? part : withDigits(part.replace(/\ba (hundred|thousand|million)\b/g, "one $1"))))
    .join("");
}

/** The calculation an utterance asks for, or `null` when it asks for something else. */
export function spokenMath(utterance: string): SpokenMath | null {
  const text = numbersBetweenOperators(utterance.toLowerCase())
    .replace(/[?!.,]+(?=\s|$)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(lead, "")
    .replace(tail, "")
    .replace(/^(?:the )?(?:answer to |result of )?/, "");
  return conversion(text) ?? arithmetic(text);
}
