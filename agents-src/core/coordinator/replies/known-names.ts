import { literalPattern } from "../../../kit/literal-pattern";
import { personRole } from "../../../kit/person-roles";

/**
 * "my wife's name is anna", "our vet is called dr okafor": a person (or pet) kept under both a role
 * and a name. Asked after by the other of the two ("when is anna's birthday" when "my wife's
 * birthday is march 3rd" was kept), the question is asked again with the one the fact was kept under.
 */
export interface KnownName {
  /** "anna", as said. */
  name: string;
  /** "my wife", as said. */
  who: string;
}

// "my wife's name is anna", "our dog is called biscuit", "my dentist is dr patel": a role, then one or two name words.
const naming = /^((?:my|our|the) (?:[a-z']+ ){0,2}?[a-z']+?)(?:'s name is| is called| is named| is)\s+((?:dr |mr |mrs |ms |miss |doctor )?[a-z]+(?: [a-z]+)?)[.!]?$/i;
// What follows a role's "is" and is no name: "my car is red", "my wife is at work", "my son is 7", "my brother is married".
const notAName =
  /^(?:a|an|the|at|in|on|not|very|so|still|now|away|out|off|home|back|here|there|sick|ill|unwell|fine|ok|okay|well|allergic|tired|busy|late|early|married|single|divorced|engaged|pregnant|retired|working|coming|going|visiting|staying|moving|vegetarian|vegan|diabetic|asthmatic|deaf|blind|older|younger|taller|shorter|called|named|\d.*)\b/i;

/** The people and pets `facts` name, each with the role they were told under. */
export function knownNames(facts: readonly string[]): KnownName[] {
  return facts.flatMap((fact) => {
    const said = naming.exec(fact.trim());
    if (!said || !personRole.test(said[1]) || notAName.test(said[2])) return [];
    return [{ name: said[2].toLowerCase(), who: said[1].toLowerCase() }];
  });
}

// A title is no name to call someone by alone: "dr khan" is called "khan", never "dr".
const title = /^(?:dr|mr|mrs|ms|miss|doctor)$/;

/** "mele tupou" is called "mele tupou" or "mele"; "dr khan" is "dr khan" or "khan". The whole name is tried first. */
function callings(name: string): string[] {
  const [first, second] = name.split(" ");
  return second === undefined ? [name] : [name, title.test(first) ? second : first];
}

/**
 * `question` with a known person's name put for their role, or their role for their name ("when is
 * anna's birthday" -> "when is my wife's birthday", "what's mele's number" -> "what's our team physio's
 * number" of "our team physio is mele tupou"); `undefined` when it names none of them.
 */
export function askedByOtherName(question: string, names: readonly KnownName[]): string | undefined {
  for (const { name, who } of names) {
    const byName = new RegExp(`\\b(?:${callings(name).map(literalPattern).join("|")})\\b`, "i");
    if (byName.test(question)) return question.replace(byName, who);
    const byRole = new RegExp(`\\b${literalPattern(who)}\\b`, "i");
    if (byRole.test(question)) return question.replace(byRole, name);
  }
  return undefined;
}
