import nlp from "compromise";

const numberWord =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)\b/i;

/**
 * Speech-to-text writes numbers as words ("level five") where a typed fact has digits ("level
 * 5"); both are kept and compared with digits, so the two are one fact, a duplicate is found and
 * a search for either matches. compromise reads the number words, compounds included ("twenty
 * three", "one hundred and five"); digits spoken one by one ("four five one two") are one code.
 */
export function withDigits(text: string): string {
  if (!numberWord.test(text)) return text;
  // "split 87.50 four ways": a number written with a decimal point is whole as written; read together with the words
  // after it, "87.50 four" was 87.54. What is on either side of it is read on its own.
  if (/\d\.\d/.test(text)) return text.split(/(\d+\.\d+)/).map((part, i) => (i % 2 === 1 ? part : wordsWithDigits(part))).join("");
  return wordsWithDigits(text);
}

function wordsWithDigits(text: string): string {
  if (!numberWord.test(text)) return text;
  const doc = nlp(text);
  // "the blue one", "that one": a pronoun, not a number.
  doc.match("(#Determiner|#Adjective) [one]", 0).unTag("Value").tag("Pronoun");
  doc.numbers().toNumber();
  return doc.text().replace(/\b\d(?: \d\b)+/g, (digits) => digits.replace(/ /g, ""));
}

// The ordinals a day of the month is said with; "twenty first" and "thirty first" are a tens word before one of them.
export const ordinalWord =
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth";

/** 1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd": a number as its ordinal in digits, as a reply says a day of the month or a birthday. */
export const ordinalOf = (n: number): string =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th"}`;

/** "first" -> "1st", "twenty first" -> "21st"; an ordinal already in digits as it is. */
export function ordinalDigits(ordinal: string): string {
  const doc = nlp(ordinal);
  doc.numbers().toNumber();
  return doc.text();
}
