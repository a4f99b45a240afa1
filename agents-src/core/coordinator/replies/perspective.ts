/**
 * Facts arrive in the user's voice ("my car is on level 3") and are read back in the assistant's
 * ("your car is on level 3").
 */
const swaps: Array<[RegExp, string]> = [
  [/\bI am\b/gi, "you are"],
  [/\bI'm\b/gi, "you're"],
  [/\bI was\b/gi, "you were"],
  [/\bI've\b/gi, "you've"],
  [/\bI'll\b/gi, "you'll"],
  [/\bI'd\b/gi, "you'd"],
  [/\bI\b/g, "you"],
  [/\bme\b/gi, "you"],
  [/\bmyself\b/gi, "yourself"],
  [/\bmine\b/gi, "yours"],
  [/\bmy\b/gi, "your"],
];

export function toSecondPerson(text: string): string {
  return swaps.reduce((s, [pattern, replacement]) => s.replace(pattern, replacement), text);
}
