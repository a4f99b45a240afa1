import { withDigits } from "../../kit/spoken-numbers";
import { mathjs } from "../math-library";
import type { RecentTurn } from "./conversation-context";
import { requestCore } from "./request-wrappers";

/**
 * Arithmetic and unit conversions as people say them ("what is 12 times 7", "how many grams in a
 * pound"), turned into a math.js expression that the coordinator evaluates. Only numbers,
 * operators and known unit names ever reach the expression, so no other text is evaluated.
 */
export type SpokenMath =
  | { kind: "arithmetic"; expression: string; said: string }
  | { kind: "conversion"; expression: string; amount: string; fromName: string; toName: string };

// "tell me 45 multiplied by 12", "give me 3 times 4": asked for as the answer itself, with no "what".
const lead =
  /^(?:(?:hey|ok|okay|so|please)\s+)*(?:(?:can|could) you\s+(?:please\s+)?)?(?:(?:tell|give) me\s+)?(?:(?:what(?:'s| is| are| does| do)?|whats|how much is|how much are|calculate|compute|work out|figure out|solve|what do you get if you)\s+)?/;
const tail = /\s+(?:equal|equals|make|come to|give me|please)$/;

// Longest phrases first: "multiplied by" before "by".
const operatorWords: Array<[RegExp, string]> = [
  [/\bto the power of\b|\braised to(?: the power of)?\b/g, " ^ "],
  // "12 into 8" is 12 times 8 in Indian English; "into" between two numbers is nothing else.
  [/\bmultiplied by\b|\btimes\b|(?<=\d )into(?= \d)|[x\u00d7*]/g, " * "],
  [/\bdivided by\b|\bover\b|[\u00f7/]/g, " / "],
  [/\bplus\b|\+/g, " + "],
  [/\bminus\b|\btake away\b|-(?=\s)/g, " - "],
  [/\bsquared\b/g, " ^ 2 "],
  [/\bcubed\b/g, " ^ 3 "],
  // "6 factorial": math.js writes it "6!". A written "!" never gets here: it ends a sentence as often.
  [/(?<=\d) factorial\b/g, "! "],
];

const verbForms: Array<[RegExp, (a: string, b: string) => string, ((a: string, b: string) => string)?]> = [
  [/^add (\S+) (?:and|to) (\S+)$/, (a, b) => `${a} + ${b}`],
  [/^subtract (\S+) from (\S+)$/, (a, b) => `${b} - ${a}`],
  [/^take (?:away )?(\S+) (?:away )?(?:from|off) (\S+)$/, (a, b) => `${b} - ${a}`],
  [/^(?:multiply|times) (\S+) (?:by|and) (\S+)$/, (a, b) => `${a} * ${b}`],
  [/^divide (\S+) by (\S+)$/, (a, b) => `${a} / ${b}`],
  // "split 90 pounds 3 ways", "share 60 between 4 people": an amount in equal parts.
  [/\b(?:split|share|divide|divvy)(?: up)? (?:the )?[£$€]?(\S+)(?: (?:pounds|quid|dollars|euros|bucks))? (?:(\S+) ways|(?:between|among|amongst) (\S+))/, (a, b) => `${a} / ${b}`, (a, b) => `${a} split ${b} ways`],
  // "45 bucks split four ways", "90 quid shared between 3": the amount said first.
  [/^[£$€]?(\S+)(?: (?:pounds|quid|dollars|euros|bucks))? (?:split|shared|divided)(?: up)? (?:(\S+) ways|(?:between|among|amongst) (\S+))/, (a, b) => `${a} / ${b}`, (a, b) => `${a} split ${b} ways`],
  // "240 ewes at 85 pounds each", "12 bags at 4.50 apiece": a count of things at a price each is their total.
  [/^(\S+) (?:[a-z']+ ){1,3}at [£$€]?(\S+)(?: (?:pounds|quid|dollars|euros|bucks|pence|cents))? (?:each|apiece|a head|per head|a piece)$/, (a, b) => `${a} * ${b}`, (a, b) => `${a} at ${b} each`],
  // "how many square metres is 4.5 by 3.2", "how many square feet in 12 by 10": the area of a rectangle.
  [/^how (?:many|much) square [a-z]+ (?:is|are|in|is there in) (\S+) (?:by|x|times) (\S+)$/, (a, b) => `${a} * ${b}`, (a, b) => `${a} by ${b}`],
];

const number = String.raw`\d+(?:\.\d+)?`;
// A number, or an earlier calculation in brackets that a follow-on works on ("divide that by 5").
const operand = String.raw`(?:${number}|\(\S+\))`;
const onlyMath = new RegExp(String.raw`^(?:\s*(?:${number}|sqrt\(|cbrt\(|[-+*/^()!]))+\s*$`);

// "$45", "42 dollars", "a 35 quid bill": an amount of money is its number here (cents and pence are
// left alone: "5 dollars 50 cents" is no sum of 5 and 50). "a 15% tip on 42" is 15% of 42.
const currencyWords = String.raw`(?:dollars?|bucks|pounds?|quid|euros?)`;
function amountsOfMoney(text: string): string {
  return text
    .replace(/[$£€](?=\d)/g, "")
    .replace(new RegExp(String.raw`\b(${number}) ?${currencyWords}(?: bill| meal| total)?\b`, "g"), "$1")
    .replace(new RegExp(String.raw`\ban? (?=${number} ?(?:%|percent) )`, "g"), "")
    .replace(new RegExp(String.raw`((?:%|percent) )(?:tip|service(?: charge)?|gratuity) (?:on|for) (?:an? |the )?`, "g"), "$1of ");
}

function arithmetic(text: string, said: string): SpokenMath | null {
  const isOperand = (word: string | undefined) => word !== undefined && new RegExp(`^${operand}$`).test(word);
  for (const [form, build, described] of verbForms) {
    const match = form.exec(text);
    const [a, b] = match ? match.slice(1).filter((group) => group !== undefined) : [];
    if (isOperand(a) && isOperand(b)) return { kind: "arithmetic", expression: build(a, b), said: described?.(a, b) ?? said };
  }
  let expression = amountsOfMoney(text)
    .replace(/\b(?:the )?(square|cube) root of (\S+)/g, (_, root: string, a: string) => ` ${root === "cube" ? "cbrt" : "sqrt"}(${a}) `)
    .replace(new RegExp(String.raw`\b(?:the )?factorial of (${number})`, "g"), " $1! ")
    // "17.5%" is written without the space "17.5 percent" is said with.
    .replace(new RegExp(String.raw`(${number}) ?(?:percent|%) of (${operand})`, "g"), " ($1 / 100 * $2) ")
    .replace(new RegExp(String.raw`(${number}) ?(?:percent|%) off (${operand})`, "g"), " ($2 - $1 / 100 * $2) ")
    .replace(new RegExp(String.raw`\b(?:half of|halve) (${operand})`, "g"), " (0.5 * $1) ")
    .replace(new RegExp(String.raw`\b(?:double|twice) (${operand})`, "g"), " (2 * $1) ")
    .replace(new RegExp(String.raw`\b(?:triple|treble) (${operand})`, "g"), " (3 * $1) ")
    // "2/3 of 90" (two thirds of ninety): a fraction of something is a product.
    .replace(/\b(\d+)\/(\d+) of\b/g, " $1 / $2 * ");
  for (const [words, operator] of operatorWords) expression = expression.replace(words, operator);
  expression = expression.replace(/\s+/g, " ").trim();
  const numbers = expression.match(new RegExp(number, "g")) ?? [];
  const hasOperator = /[-+*/^!]|sqrt|cbrt/.test(expression);
  if (!onlyMath.test(expression) || !hasOperator || numbers.length === 0 || (numbers.length < 2 && !/sqrt|cbrt|\^|!/.test(expression))) return null;
  return { kind: "arithmetic", expression, said };
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

// "what's 15 degrees in fahrenheit": degrees beside a temperature are the other scale's (math.js reads bare degrees as an angle).
const otherScale: Record<string, string> = { degF: "degC", degC: "degF" };

/**
 * A unit as the other one says it is meant: beside a volume an ounce is the fluid ounce, as a recipe
 * means it ("how many ounces in a cup"); bare degrees beside a temperature scale are the other scale.
 */
const asMeant = (unit: string | null, other: string | null): string | null => {
  if (unit === "oz" && other !== null && other !== "oz" && compatible("floz", other)) return "floz";
  return (unit === "deg" || unit === "degrees" || unit === "degree") && other !== null && otherScale[other] ? otherScale[other] : unit;
};

const phraseUnits = Object.keys(unitAliases).filter((name) => name.includes(" "));
const unitWords = `(${[...phraseUnits, "[a-z]+"].join("|")})`;
// "minus 40 celsius in fahrenheit": a temperature below zero.
const amountWords = String.raw`(a|an|one|(?:minus |negative |-)?${number})`;
// "of mackerel", "of butter", "of diesel": what an amount measures, said after its unit.
const measuredThing = String.raw`(?: of (?:the |my )?[a-z]+(?: [a-z]+)?)?`;
const conversionForms: Array<{ form: RegExp; amount: number; from: number; to: number }> = [
  // how many grams (are there) in a pound
  { form: new RegExp(String.raw`^how (?:many|much) ${unitWords} (?:are |is )?(?:there )?in ${amountWords} ${unitWords}$`), amount: 2, from: 3, to: 1 },
  // how many grams is 3 pounds
  // how many kilos is 30 pounds of mackerel: what is measured, named after the amount, changes nothing
  { form: new RegExp(String.raw`^how (?:many|much) ${unitWords} (?:is|are|make) ${amountWords} ${unitWords}${measuredThing}$`), amount: 2, from: 3, to: 1 },
  // (convert) 5 miles (in)to kilometres / 5 miles in kilometres
  { form: new RegExp(String.raw`^(?:convert )?${amountWords} ${unitWords}${measuredThing} (?:in|into|to|in to) ${unitWords}$`), amount: 1, from: 2, to: 3 },
];

function conversion(text: string): SpokenMath | null {
  for (const { form, amount, from, to } of conversionForms) {
    const match = form.exec(text);
    if (!match) continue;
    const fromName = match[from];
    const toName = match[to];
    const fromUnit = asMeant(unitOf(fromName), unitOf(toName));
    const toUnit = asMeant(unitOf(toName), unitOf(fromName));
    if (!fromUnit || !toUnit || !compatible(fromUnit, toUnit)) continue;
    const value = /\d/.test(match[amount]) ? match[amount].replace(/^(?:minus |negative |-)/, "-") : "1";
    return { kind: "conversion", expression: `${value} ${fromUnit} to ${toUnit}`, amount: value, fromName, toName };
  }
  return null;
}

// "6 foot 2 in cm", "11 stone 4 in kilos", "3 pounds 4 ounces in grams": a measure said in two units, the smaller one's
// name often left out; math.js adds the two before converting.
const twoUnitMeasures: Array<{ big: string; bigUnit: string; small: string; smallUnit: string }> = [
  { big: "foot|feet|ft", bigUnit: "ft", small: "inches|inch|in", smallUnit: "inch" },
  { big: "stone|st", bigUnit: "stone", small: "pounds|pound|lbs|lb", smallUnit: "lb" },
  { big: "pounds|pound|lbs|lb", bigUnit: "lb", small: "ounces|ounce|oz", smallUnit: "oz" },
];

function twoUnitConversion(text: string): SpokenMath | null {
  for (const { big, bigUnit, small, smallUnit } of twoUnitMeasures) {
    const form = new RegExp(String.raw`^(?:convert |how (?:many|much) is )?((${number}) (?:${big}) (?:and )?(${number})(?: (?:${small}))?) (?:in|into|to|in to) ${unitWords}$`);
    const match = form.exec(text);
    const toUnit = match ? unitOf(match[4]) : null;
    if (!match || !toUnit || !compatible(bigUnit, toUnit)) continue;
    return { kind: "conversion", expression: `${match[2]} ${bigUnit} + ${match[3]} ${smallUnit} to ${toUnit}`, amount: match[1], fromName: "", toName: match[4] };
  }
  return null;
}

// Read as one number, "a hundred minus thirty seven" would be 137: each side of an operator word is a number of its own.
const operatorWord = /(\s(?:minus|plus|times|into|multiplied by|divided by|over|take away|away from|to the power of)\s)/;

function numbersBetweenOperators(text: string): string {
  return text
    .split(operatorWord)
    .map((part, index) => (index % 2 === 1 ? part : withDigits(part.replace(/\ba (hundred|thousand|million)\b/g, "one $1"))))
    .join("");
}

const mixedFractions: Record<string, number> = { "a half": 0.5, "one half": 0.5, "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75 };
const denominators: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
};
const numerators: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const fractionOf = new RegExp(String.raw`\b(an?|one|two|three|four|five|six|seven|eight|nine|\d+) (${Object.keys(denominators).join("|")})\b(?= of\b)`, "g");

/**
 * Fractions said in words, before number words become digits (which would read "two thirds" as
 * 0.667): "3 and a half" is 3.5, "two thirds of 90" is "2/3 of 90", read as (2 / 3) * 90.
 */
function fractionsInWords(text: string): string {
  return text
    .replace(/\b(\d+(?:\.\d+)?) and (a half|one half|a quarter|one quarter|three quarters)\b/g, (_, whole: string, part: string) => String(Number(whole) + mixedFractions[part]))
    .replace(fractionOf, (_, count: string, part: string) => `${numerators[count] ?? count}/${denominators[part]}`);
}

// A follow-on works on the last answer: "divide that by 5", "what's that times 3", "and half of it".
const previousAnswer = /\b(?:that|it|this|the answer|the result|that answer|that number)\b/;
// "plus 10", "times 3", "squared": an operation with nothing before it takes the last answer too.
const startsWithOperator = /^(?:plus|minus|times|multiplied by|divided by|over|to the power of|squared|cubed|take away)\b/;

// "and 20 percent?", "what about 12.5%" after "what's 15 percent of 80": the share asked again, of the same amount.
const percentAgain = /^(?:and |(?:what )?about |how about |now )?(?:for |with )?(\d+(?:\.\d+)?) ?(?:%|percent|per cent)$/;
const percentOf = /^\(\d+(?:\.\d+)? \/ 100 \* (\d+(?:\.\d+)?)\)$/;

/**
 * The calculation an utterance asks for, or `null` when it asks for something else. `previous`
 * is the expression of the conversation's last calculation, which a follow-on refers back to.
 */
export function spokenMath(utterance: string, previous?: string): SpokenMath | null {
  const said = numbersBetweenOperators(fractionsInWords(utterance.toLowerCase()))
    .replace(/[?!.,]+(?=\s|$)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(lead, "")
    .replace(tail, "")
    .replace(/^(?:the )?(?:answer to |result of )?/, "");
  const conversionAsked = twoUnitConversion(said) ?? conversion(said);
  if (conversionAsked || previous === undefined) return conversionAsked ?? arithmetic(said, said);
  const otherShare = percentAgain.exec(said);
  const shareOf = percentOf.exec(previous);
  if (otherShare && shareOf) return { kind: "arithmetic", expression: `(${otherShare[1]} / 100 * ${shareOf[1]})`, said: `${otherShare[1]} percent of ${shareOf[1]}` };
  const earlier = `(${previous.replace(/\s+/g, "")})`;
  if (previousAnswer.test(said)) return arithmetic(said.replace(previousAnswer, earlier), said);
  return startsWithOperator.test(said) ? arithmetic(`${earlier} ${said}`, `that ${said}`) : arithmetic(said, said);
}

/**
 * The expression of the calculation the assistant just answered, if its last reply was one: the
 * user's turn before it, read with the calculation before that in turn ("what's 250 plus 175",
 * "and divide that by 5", "now add 3").
 */
export function lastCalculation(recent: readonly RecentTurn[]): string | undefined {
  let reply = recent.length - 1;
  while (reply >= 0 && recent[reply].role !== "assistant") reply--;
  if (reply < 1 || recent[reply].intent !== "calculate" || recent[reply - 1].role !== "user") return undefined;
  const math = spokenMath(requestCore(recent[reply - 1].content), lastCalculation(recent.slice(0, reply - 1)));
  return math?.kind === "arithmetic" ? math.expression : undefined;
}
