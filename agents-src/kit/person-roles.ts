/**
 * The roles people and pets are told under ("my wife", "our vet", "the dog"): what a name can stand
 * for, and whose a thing is when it is someone's ("my sister's phone number").
 */
export const personRole =
  /\b(?:wife|husband|partner|son|daughter|mum|mom|mother|dad|father|brother|sister|aunt|uncle|niece|nephew|cousin|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|grandson|granddaughter|friend|boss|neighbou?r|colleague|teacher|doctor|dentist|vet|gp|plumber|electrician|builder|cleaner|babysitter|nanny|childminder|landlord|landlady|mechanic|accountant|lawyer|solicitor|physio|therapist|hairdresser|barber|coach|tutor|godson|goddaughter|girlfriend|boyfriend|fianc[eé]e?|dog|cat|puppy|kitten|rabbit|hamster|horse|parrot|pet|baby|kid|child|stepson|stepdaughter|in-law)s?\b/i;

// Roles that say whether "she" or "he" stands for the person; "friend", "doctor" and "coach" say neither.
const femaleRole =
  /^(?:wife|girlfriend|fianc[eé]e|mum|mom|mother|stepmother|daughter|stepdaughter|goddaughter|granddaughter|sister|aunt|niece|gran|granny|grandma|grandmother|landlady)$/i;
const maleRole = /^(?:husband|boyfriend|fianc[eé]|dad|father|stepfather|son|stepson|godson|grandson|brother|uncle|nephew|grandad|grandpa|grandfather|landlord)$/i;

/** Whether a person named by role ("my wife", "our landlord") is a "she" or a "he": the last word, when it is a role that says so. */
export function roleGender(person: string): "she" | "he" | undefined {
  const last = (/([\p{L}-]+)\W*$/u.exec(person)?.[1] ?? "").replace(/s$/i, "");
  if (femaleRole.test(last)) return "she";
  return maleRole.test(last) ? "he" : undefined;
}

// "Ms. Okafor", "Mr Dsouza": a title says it of whoever the fact names with it.
const femaleTitle = /\b(?:ms|mrs|miss|madam|lady)\b\.?\s+\p{L}/iu;
const maleTitle = /\b(?:mr|sir|lord)\b\.?\s+\p{L}/iu;

/** Whether a fact naming someone by title ("jaylen's teacher is Ms. Okafor") makes them a "she" or a "he". */
export function titleGender(fact: string): "she" | "he" | undefined {
  if (femaleTitle.test(fact)) return "she";
  return maleTitle.test(fact) ? "he" : undefined;
}
