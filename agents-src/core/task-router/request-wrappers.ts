/**
 * What people wrap a request in when they talk to a home speaker: hesitations ("um", "er"),
 * interjections ("sorry,", "hang on"), politeness ("could you", "I was wondering if you could",
 * "I need you to", "... for me please") and asides ("just so you know,"). None of it asks for
 * anything, nor does a term of address ("..., love") or a reason given after an order about what
 * was just said ("forget that, the kids might hear"), and it hides the request from the patterns
 * and frames that read it from its first words ("um, what's 13 times 13", "I need you to remember
 * something"). A question asked inside another ("do you know what time it is", "I was wondering
 * what 18 divided by 4 is") is put back in question order.
 */

// Each is taken off the front with the comma after it, any number of times, in any order.
const leadingWords = [
  String.raw`u+m+|u+h+|e+r+m*|h+m+|a+h+|oh|ok|okay|right|so|well|now|and|also|actually|alright|fine|sorry|oops`,
  String.raw`hang on|hold on|wait|excuse me|just so you know|for your information|fyi|by the way|one more thing`,
  // "hey assistant" is a greeting; "hey, what's ..." and "hey what's ..." open a request.
  String.raw`hey(?= *,| +(?:what|where|when|who|which|how|can|could|set|remind|remember|is|are|do)\b)`,
  String.raw`please|kindly|just`,
  String.raw`(?:can|could|would|will) you(?: please| kindly| just)*(?= +[a-z])(?! +(?:remember|recall)(?: +[a-z]+)? +(?:where|what|when|who|which|if|whether)\b)`,
  String.raw`i was (?:just )?wondering(?: if| whether)?(?: you could| you would| you can)?`,
  String.raw`i(?: need| want| would like|'d like|’d like) you to`,
];
const lead = new RegExp(String.raw`^(?:${leadingWords.join("|")})\b[\s,.!:;-]*`, "i");
// "do you know what ...", "remind me where ...": the question is what follows.
const embeddingLead = /^(?:do you (?:happen to )?know|(?:remind|tell|show) me)\s+(?=(?:what|where|when|who|which|how)\b)/i;
// "who's my accountant again", "where did I put it, do you remember": a reminder that it was said before asks nothing more.
const trailingWords =
  /[\s,]+(?:for me|please|if you can|if you could|if you would|if you don't mind|if you do not mind|again|by any chance|do you know|do you remember|can you remember)[\s.!?]*$/i;

// "what's the time, love", "where are my keys, mate": a term of address after a comma is not part
// of the request. Only after a comma: "where is my love letter" and "my mate is coming" are not addresses.
const trailingAddress =
  /\s*,\s*(?:love|luv|mate|dear|darling|pet|hun|hon|honey|sweetheart|sweetie|duck|chief|boss|buddy|pal|friend|my friend|my dear|sir|madam|ma'am|bro|fam|boet|abeg|ji)[\s.!?]*$/i;
// "forget that, the kids might hear", "delete it - it's wrong now": an order about what was just
// said, then the reason for it; the reason would otherwise be read as what to forget.
const reasonAfterReference = /^((?:forget|delete|erase|remove|scrap|drop|wipe|cancel|clear|bin|ditch) (?:that|it|this|them|those))\s*[,;:–-]\s*\p{L}.*$/iu;

/** The request without what it was wrapped in; the text itself when nothing would be left. */
export function requestCore(text: string): string {
  let core = text.trim();
  for (let previous = ""; previous !== core; ) {
    previous = core;
    core = core.replace(lead, "").replace(embeddingLead, "").replace(trailingWords, "").replace(trailingAddress, "").replace(reasonAfterReference, "$1").trim();
  }
  if (!/[\p{L}\p{N}]/u.test(core)) return text;
  return core === text.trim() ? text : questionOrder(core);
}

// "what time it is" -> "what time is it"; "where my novel is" -> "where is my novel".
const embeddedQuestion = /^(what|where|when|who|which|how)( +[\p{L}\p{N}']+)?( +.+?) +(is|are|was|were)([\s.!?]*)$/iu;
const opensNounPhrase = /^ *(?:the|a|an|my|our|your|his|her|their|this|that|these|those|\d[\d.,]*)$/i;

/** A question asked inside another, in the order it is asked on its own; anything else unchanged. */
export function questionOrder(clause: string): string {
  const match = embeddedQuestion.exec(clause);
  if (!match) return clause;
  const [, wh, second = "", rest, verb, end] = match;
  // The word after the question word belongs to the question ("which plot", "what time") unless it opens the subject ("where my novel").
  if (second === "" || opensNounPhrase.test(second)) return `${wh} ${verb}${second}${rest}${end}`;
  return `${wh}${second} ${verb}${rest}${end}`;
}
