/**
 * What people wrap a request in when they talk to a home speaker: hesitations ("um", "er"),
 * interjections ("sorry,", "hang on", "yo", "quick,"), politeness ("could you", "I was wondering
 * if you could", "would you mind reminding me", "... for me please") and asides ("just so you
 * know,"). None of it asks for anything, nor does a term of address ("love, ...", "..., love"), a
 * sentence-final particle (Singapore's "ah", "lah"), a reason given after a question ("..., it's
 * for my homework") or after an order about what was just said ("forget that, the kids might
 * hear"), and it hides the request from the patterns and frames that read it from its first words
 * ("um, what's 13 times 13", "I need you to remember something"). A question asked inside another
 * ("do you know what time it is", "I was wondering what 18 divided by 4 is", "what did I say the
 * code was") or with its question word left in place ("the time now is what") is put back in
 * question order.
 */

import { moments } from "../../kit/moments";
import { withDigits } from "../../kit/spoken-numbers";
import { placeWhen } from "./timer-requests";

// "love, what's the time" and "what's the date, hen": a term of address, set off by a comma, from
// the Englishes people speak to a home speaker in (Scotland's "hen", the north's "pet" and "chuck",
// South Africa's "boet", India's "yaar" and "ji", Nigeria's "oga", South Asia's "bhai", Jamaica's "bredren" and "mi dear").
export const addressTerms = String.raw`love|luv|mate|dear|darling|darlin'?|pet|hun|hon|honey|sweetheart|sweetie|duck|chuck|hen|petal|flower|hinny|lass|lad|chief|boss|guv|buddy|bud|pal|dude|man|fella|babe|friend|my friend|my dear|sir|madam|ma'am|bro|bruv|cuz|sis|fam|boet|yaar|ji|oga|bhai|bredren|bredrin|mi dear`;
// Said for "please" in the Englishes of West Africa ("abeg, remind me ...") and in a hurry ("pls"):
// they ask for nothing either, before the request or after it.
const pleaseWords = String.raw`please|pls|plz|abeg|biko`;
// Hesitations, which may stand anywhere in a request ("what's, uh, eight times nine"), and the "eh" that
// Singapore, Canada and Scotland open or close one with ("eh what's my pin ah", "cold today eh").
// "huh what did you just say": the "huh" of someone who did not catch it, too.
const hesitations = String.raw`u+m+|u+h+|e+r+m*|e+h+|h+m+|h+u+h+`;
// What an interjection that is also a greeting or a word of its own ("hey", "yo", "quick") must be
// followed by to open a request: a comma, or a word a request starts with.
const opensRequest = String.raw`(?= *,| +(?:what|where|when|who|which|how|can|could|set|remind|remember|is|are|do)\b)`;

// What a question opens with, for what may follow one and nothing else (a reason, a bare term of address).
const opensQuestion = String.raw`(?:what|where|when|who|which|how|is|are|can|could|do|does|did|will)\b`;

// Each is taken off the front with the comma after it, any number of times, in any order.
const leadingWords = [
  // Scotland's "och" and "ach" open a request as "oh" does ("och, cancel that").
  String.raw`${hesitations}|a+h+|oh|och|ach|ok|okay|right|so|well|now|and|also|actually|alright|fine|sorry|oops`,
  // "grand, start it again" (Ireland's "fine"), "do one thing, make it 6" (India's "here is what to do"), "you know what,
  // make it 10": set off by a comma, they only open what follows.
  String.raw`(?:grand|do one thing|you know what)(?= *,)`,
  String.raw`hang on|hold on|wait|excuse me|just so you know|for your information|fyi|by the way|one more thing|for the record|for future reference`,
  // "aye, we've run out of ...", "yeah, the fuses are in the drawer": assent that opens what follows (Scotland's "aye"),
  // set off by a comma; "yeah" said alone answers a question, and is left to the rules that read answers.
  String.raw`(?:aye|yeah|yep|yup)(?= *,)`,
  // "nah, never mind", "nope, forget it": the refusal before letting it go, or set off by a comma, says nothing more.
  String.raw`(?:nah|nope|naw)(?= *,| +(?:never ?mind|forget it|do not worry|don't worry|it (?:does not|doesn't) matter)\b)`,
  // "hey assistant" and "yo" are greetings; "hey, what's ...", "yo remind me ..." and "quick, 64 times 5" open a request.
  // "like which room is it in": the filler "like" too, which before anything else is the verb ("like the song").
  // "sasa what time is it": Kenyan and Tanzanian "now, so", the same interjection.
  String.raw`(?:hey|yo|oi|sasa|quick|quickly|real quick|quick question|like)${opensRequest}`,
  String.raw`(?:${addressTerms})(?= *,)`,
  String.raw`${pleaseWords}|kindly|just`,
  // "cheers, and can you ...", "thanks and remind me ...": thanks for the last answer, then the next request.
  String.raw`(?:cheers|thanks|thank you|ta|lovely|great|brilliant|perfect|nice one)(?= *,? +and\b)`,
  // "never mind, cancel it", "scratch that, set one for ten": the last request taken back, then the next one.
  String.raw`(?:never ?mind|scratch that|forget it)(?= *,| +(?:cancel|stop|delete|set|start|remind|make|what|where|when|who|how|can|could|just)\b)`,
  // "no wait, cancel it", "no hang on, make it 7": the user stops themself, then orders; only before an order, as
  // "no wait, it's the bottom shelf" is a correction whose "no" the reference rules read.
  String.raw`no,? (?:wait|hang on|hold on)(?= *,? +(?:cancel|stop|delete|scrap|pause|resume|set|start|remind|make|change|move|add)\b)`,
  // "any chance you could ...", "is there any chance you can ...", "do you think you could ...": the same ask as "could you".
  String.raw`(?:is there )?any chance(?: that)? you(?: could| can| would|'d| might)|(?:do you )?think you could|i wonder(?: if| whether) you (?:could|would|can)|would you be able to|are you able to`,
  // "be a love and remind me ...", "be an angel, ...", "do me a favour and ...": a favour asked of whoever listens, then the request.
  String.raw`(?:(?:be (?:a |an )?(?:${addressTerms}|angel|star|gem|doll|treasure|good (?:lad|lass|egg))|do me a (?:favour|favor|kindness))(?: *,? +and\b|(?= *,)))`,
  // "would you ever time six minutes for the eggs": Irish English's polite "would you".
  String.raw`would you ever(?= +[a-z])`,
  String.raw`(?:can|could|would|will) you(?: please| kindly| just| possibly| perhaps| maybe)*(?= +[a-z])(?! +(?:remember|recall)(?: +[a-z]+)? +(?:where|what|when|who|which|if|whether)\b)`,
  String.raw`i was (?:just )?wondering(?: if| whether)?(?: you could| you would| you can)?`,
  String.raw`i(?: need| want| would like|'d like|’d like) you to`,
  // "I need that you remind me of ...", "I want that you set ...": the learner's "I need you to" (Spanish "necesito que",
  // Portuguese "quero que").
  String.raw`i(?: need| want| would like|'d like) that you(?= +(?:remind|set|start|tell|remember|cancel|make|give|wake)\b)`,
];
// "would you mind reminding me to ...", "do you mind setting a timer": the request is the verb said as an order.
// Only the verbs requests open with are turned back into orders.
const orderOf: Record<string, string> = {
  reminding: "remind", setting: "set", starting: "start", telling: "tell", giving: "give", putting: "put", making: "make",
  cancelling: "cancel", canceling: "cancel", stopping: "stop", pausing: "pause", checking: "check", remembering: "remember",
  noting: "note", saving: "save", keeping: "keep", writing: "write", forgetting: "forget", deleting: "delete", working: "work",
  converting: "convert", calculating: "calculate", adding: "add", reading: "read", letting: "let",
};
const mindDoing = new RegExp(String.raw`^(?:would|do|will) you mind (${Object.keys(orderOf).join("|")})\b`, "i");
const lead = new RegExp(String.raw`^(?:${leadingWords.join("|")})\b[\s,.!:;-]*`, "i");
// "do you know what ...", "remind me where ...": the question is what follows. "remind me when i'm at the chemist to ..."
// is a reminder set off by a place (timer-requests.ts reads it), no question.
const embeddingLead = new RegExp(String.raw`^(?:do you (?:happen to )?know|(?:tell|show) me|remind me(?! ${placeWhen}))\s+(?=(?:what|where|when|who|which|how)\b)`, "i");
// "who's my accountant again", "where did I put it, do you remember": a reminder that it was said before asks nothing
// more; nor do the particles that end a sentence in Singapore and Malaysia ("the time now is what ah", "set a timer lah").
const trailingWords = new RegExp(
  String.raw`[\s,]+(?:for me|${pleaseWords}|if you can|if you could|if you would|if you don't mind|if you do not mind|again|by any chance|do you know|do you remember|can you remember|ah|lah|leh|lor|huh)[\s.!?]*$`,
  "i",
);
// Inside the request a hesitation goes with the commas around it: "what's, uh, eight" is "what's eight".
const innerHesitation = new RegExp(String.raw`[\s,]+(?:${hesitations})(?=[\s,.!?]|$),*`, "gi");

// "what's the time, love", "where are my keys, mate": a term of address after a comma is not part
// of the request. Only after a comma: "where is my love letter" and "my mate is coming" are not addresses.
const trailingAddress = new RegExp(String.raw`\s*,\s*(?:${addressTerms})[\s.!?]*$`, "i");
// "where's the rum cake recipe darlin", "what's the time bruv": the terms of address that name nothing
// one could keep or ask after need no comma at the end of a question either; "where's my honey" and
// "who is my mate" keep theirs, as a statement keeps any ("the password is guv").
const addressOnly = String.raw`darlin'?|hun|hon|luv|bruv|guv|yaar|boet|oga|bhai|bredren`;
const addressEndingQuestion = new RegExp(String.raw`^(${opensQuestion}.*?)\s+(?:${addressOnly})[\s.!?]*$`, "i");
// "roll a dice bhai", "flip a coin mate": after an order that acts on no person, any term of address closes it ("set
// a timer for my mate" names whom it is for).
const addressEndingOrder = new RegExp(String.raw`^((?:roll|flip|toss|pick|set|start|stop|cancel|pause)\b.*?(?<!\b(?:my|your|his|her|our|their|the|a|for|to|with)))\s+(?:${addressTerms})[\s.!?]*$`, "i");
// "how old am i then", "what's the time then": a question's closing "then" asks nothing more, nor does the Philippines'
// polite "po" ("what's on friday po"). Only after a question: "remind me at 5 then" keeps its order, "bye then" is a
// farewell's own, and "the parcel is at the po" keeps its post office.
const thenEndingQuestion = new RegExp(String.raw`^(${opensQuestion}.*?)\s+(?:then|po)[\s.!?]*$`, "i");
// "jot down that the meter read 04512": said for "write down", which the remember exemplars know.
const jotDown = /^jot (?:it |this |that )?down\b/i;
// "remember this: theodora's birthday is ...", "store this please, my alarm code is ...", "keep this in mind, ...": "this"
// points at what follows the comma or colon, which is the fact; the frame would keep "this:" in it. Only with the
// comma or colon: "remember this song" and "save this for later" are no fact.
const thisThenFact = /^(?:remember|note|save|store|keep|write down|jot down) this(?: down| in mind| for me)?(?: please)?\s*[,:;]+\s*(?=[\p{L}\p{N}])/iu;
// "please remember me to water the tomatoes at 8": the "remember" of German and Dutch ("erinnere mich", "herinner me")
// is "remind"; "remember me to your mother" sends greetings, and a verb never follows "to" there.
const rememberMeTo = /^remember me to (?!(?:your|my|his|her|their|our|the|him|them|everyone|all)\b)/i;
// "Gate combo for the back paddock is 7719. Remember that.", "..., please remember that": the fact said first, then the
// order to keep it, which points back at it; set off by a full stop or a comma, and not after an order of its own
// ("forget the old one, remember this") or a question ("where is it, remember that?").
const factThenRemember =
  /^(?!(?:remember|remind|note|forget|delete|cancel|what|where|when|who|which|how|do|does|did|is|are|can|could)\b)(\p{L}.*?\p{L}.*?)\s*[.,;!]+\s*(?:(?:please|so|and|now)\s+)?(?:remember|note|save|keep in mind)\s+(?:that|this|it)(?:\s+(?:please|for me))*[\s.!]*$/iu;
// "mind that the boiler pressure should be 1.5 bar": Ireland's and Scotland's "mind" is "remember", before a clause whose
// subject is a thing or a person ("mind that step", "mind that dog" warn of something there).
const mindThat = /^mind that (?=(?:the|my|our|your|his|her|their|i|we|you|he|she|they|it)\b)/i;
// "remind us to phone the gas board": a household asks for itself as one person does.
const remindUs = /^(remind|nudge|ping|prompt|alert) us\b/i;
// "remind me submit the assignment", "remind me pay the window cleaner tomorrow": "to" left out before the task's verb,
// as learners and hurried speakers do. Not before a moment ("remind me tomorrow"), a number, a question word ("remind me
// what the code is"), a determiner or pronoun ("remind me my pin") or a word that joins the rest ("remind me about").
const remindWithoutTo =
  /^((?:remind|nudge|ping|prompt|alert) me)\s+(?!(?:to|about|of|that|at|in|on|by|for|from|before|after|around|until|till|within|during|with|when|whenever|every|everyday|each|once|twice|again|later|sometime|soon|now|then|tomorrow|today|tonight|this|next|first|last|end|early|late|right|straight|half|quarter|a|an|the|my|your|his|her|our|their|its|it|them|him|us|me|you|some|any|what|where|who|whom|whose|which|how|why|if|whether|daily|weekly|monthly|yearly|hourly|please|and|or|so|just|as|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty)\b)(?=\p{L}+\b)/iu;

// "remind me please on friday ...", "remind me kindly to ...": "please" said after the lead instead of before it.
const pleaseAfterRemind = new RegExp(String.raw`^((?:remind|nudge|ping|prompt|alert|wake) me(?: up)?),? +(?:${pleaseWords}|kindly)\b,? *`, "i");
// "remind bins thu 7am", "remind pay rent fri 9am": a note-taker's reminder, with neither "me" nor "to"; the task is
// what follows, as after "remind me". Not before a person or a pronoun ("remind dad to ...", "remind him").
const remindWithoutMe =
  /^(remind)\s+(?!(?:me|us|you|him|her|them|it|everyone|everybody|dad|mum|mom|my|the|to|about|of|that|when|what|where|who|how)\b)(?=\p{L})/iu;

/** `text` with the "to" put back that a reminder's lead left out before its verb. */
function withReminderTo(text: string): string {
  const lead = remindWithoutTo.exec(text);
  if (!lead) return text;
  const rest = text.slice(lead[0].length);
  // "remind me monday at 5", "remind me noon tomorrow": a moment said first is no task.
  if (moments.parse(rest).some((moment) => moment.index === 0)) return text;
  return `${lead[1]} to ${rest}`;
}

// "remember for me that i take the blue pill", "note down for me the gate code is 4411": whom it is kept for is the
// user, as always; said between the verb and the fact, the frame would keep "for me" in the fact.
const forMeAfterVerb = /^(remember|note(?: down)?|write down|save|keep in mind)\s+for me\b\s*/i;
// "cheers love", "night night pet", "hi hun": after thanks, a farewell or a greeting no comma is
// needed, as nothing else would follow them ("we need honey" keeps its honey). The greetings that are
// one rare word know whom they greet themselves (greetings.ts).
const addressAfterCourtesy = new RegExp(
  String.raw`^((?:cheers|ta|thanks|thank you|many thanks|nice one|bye|bye bye|goodbye|night|night night|good night|see you|see ya|later|hello|hi|hey|good morning|good afternoon|good evening)(?: (?:a lot|very much|so much|then|now|later|soon|there))?),? +(?:${addressTerms})[\s.!?]*$`,
  "i",
);
// "what's 7 squared, it's for my homework", "how many ml in a cup, just curious": why a question is
// asked is not part of it. Only after a question: "the code is 4412, it's for the shed" is all to keep.
const reasonAfterQuestion = new RegExp(
  String.raw`^(${opensQuestion}.*?)\s*,\s*(?:(?:it|this|that)(?:'s| is) for|(?:i|we) need (?:it|this|that|to know) for|(?:i'm|i am) (?:just )?(?:curious|asking|wondering)|just (?:curious|wondering|asking|checking))\b.*$`,
  "iu",
);
// "forget that, the kids might hear", "delete it - it's wrong now": an order about what was just
// said, then the reason for it; the reason would otherwise be read as what to forget.
const reasonAfterReference = /^((?:forget|delete|erase|remove|scrap|drop|wipe|cancel|clear|bin|ditch) (?:that|it|this|them|those))\s*[,;:–-]\s*\p{L}.*$/iu;
// "kill the bottle one, she fell asleep", "stop the tea timer, it's brewed": an order on a timer or reminder called by its
// name, then why, said as a clause of its own (a pronoun opens it); "cancel the tea one, and set one for 5" orders again.
const reasonAfterOrderOnOne =
  /^((?:cancel|stop|kill|end|delete|remove|scrap|pause) the \p{L}+(?: \p{L}+)? (?:one|timer|reminder|alarm))\s*[,;:–-]\s*(?=(?:she|he|they|it|i|we|you|that|this)(?:'s|'re|'m|\s)).*$/iu;
// "we've sold the caravan, forget the caravan's pitch number", "she's cancelled, so forget about the babysitter": the
// reason said first, then the order to let a kept thing go; the reason would otherwise be read as a fact to keep. A
// lead that asks for something itself ("remember ..., forget ...") is no reason.
const reasonBeforeForget =
  /^(?!.*\b(?:remember|remind|note|save|keep)\b.*,)[^,]*\p{L}[^,]*,\s*(?:so |and |now |then )?(?=(?:(?:you can|you may|please) )?(?:forget|delete|erase|wipe|scrap|bin|ditch)\b)/iu;

// "never mind, baby's crying", "never mind, the kettle's boiling": letting the request go, then why, a clause of two words
// or more; a request after the comma is the next one ("never mind, cancel it", taken off as a lead), and a farewell or
// thanks is one of its own ("never mind, goodbye").
const dismissalThenReason =
  /^(never ?mind|(?:it )?(?:doesn't|does not) matter|(?:don't|do not) worry(?: about it)?)\s*[,;:–-]+\s*(?!(?:cancel|stop|delete|set|start|remind|make|what|where|when|who|how|can|could|just|remember|forget|add|tell|is|are|do|please|good ?bye|bye|good ?night|night|see you|see ya|cheers|thanks|thank you|ta)\b)\p{L}[\p{L}']*\s+\p{L}.*$/iu;

// "i was at the garden centre and the label said it wants pruning in february so could you remember that ...": what
// led up to a request, joined to it by "so" or "anyway", asks for nothing; the polite "could you" or "please" after
// the joint is where the request starts. A lead-up that already asks to remember, remind or forget is a request of its own.
const leadUpToRequest =
  /^(?!.*\b(?:remember|remind|note|forget)\b.*\b(?:so|anyway)\b)(?:\S+\s+){3,}?(?:so|anyway)[\s,]+(?=(?:(?:can|could|would|will) you|please|i (?:need|want) you to)\b)/i;

/** The request without what it was wrapped in; the text itself when nothing would be left. */
export function requestCore(text: string): string {
  let core = text.trim();
  for (let previous = ""; previous !== core; ) {
    previous = core;
    core = core
      .replace(leadUpToRequest, "")
      .replace(mindDoing, (_, doing: string) => orderOf[doing.toLowerCase()])
      // Before the leads: "never mind," before a reason is all there is to it, not a lead to what follows.
      .replace(dismissalThenReason, "$1")
      .replace(lead, "")
      .replace(embeddingLead, "")
      .replace(trailingWords, "")
      .replace(trailingAddress, "")
      .replace(addressEndingQuestion, "$1")
      .replace(addressEndingOrder, "$1")
      .replace(thisThenFact, "remember that ")
      .replace(factThenRemember, "remember that $1")
      .replace(rememberMeTo, "remind me to ")
      .replace(mindThat, "remember that ")
      .replace(remindUs, "$1 me")
      .replace(pleaseAfterRemind, "$1 ")
      .replace(remindWithoutMe, "$1 me ")
      .replace(jotDown, "write down")
      .replace(forMeAfterVerb, "$1 ")
      .replace(addressAfterCourtesy, "$1")
      .replace(innerHesitation, "")
      .replace(reasonAfterQuestion, "$1")
      .replace(reasonAfterReference, "$1")
      .replace(reasonAfterOrderOnOne, "$1")
      .replace(reasonBeforeForget, "")
      .trim();
    core = withReminderTo(core);
  }
  // Once, after the rest: what "then" closed stays as said ("what have you got down for me then" keeps its "for me").
  core = core.replace(thenEndingQuestion, "$1");
  if (!/[\p{L}\p{N}]/u.test(core)) return text;
  const ordered = questionOrder(core);
  return ordered === text.trim() ? text : ordered;
}

// "what time it is" -> "what time is it"; "where my novel is" -> "where is my novel".
const embeddedQuestion = /^(what|where|when|who|which|how)( +[\p{L}\p{N}']+)?( +.+?) +(is|are|was|were)([\s.!?]*)$/iu;
// A number opens the subject however it is said: "what fifteen squared is" asks what 15 squared is.
const opensNounPhrase = /^ *(?:the|a|an|my|our|your|his|her|their|this|that|these|those|\d[\d.,]*)$/i;
const opensSubject = (word: string): boolean => opensNounPhrase.test(word) || /^ *\d/.test(withDigits(word.trim()));

// "the time now is what", "your name is what": the question word left where the answer would stand.
// "100 kilometres is how many miles": the unit asked for may follow "how many".
const questionWordLast = /^(?!(?:what|where|when|who|which|how)\b)(.+?) +(is|are|was|were) +(what|when|where|who|how much|how many(?: \p{L}+)?)([\s.!?]*)$/iu;

// "what did I say the babysitter's number was", "where did I tell you the spare key is": what was said
// about a thing asks for the thing ("what was the babysitter's number"), not for the conversation.
const saidToBe =
  /^((?:what|where|when|who|which)(?: [\p{L}]+)?) (?:did|do|have) (?:i|we) (?:say|said|tell you|told you|mention|mentioned)(?: that)? (.+?) (is|are|was|were)([\s.!?]*)$/iu;

/** A question asked inside another or with its question word last, in the order it is asked on its own; anything else unchanged. */
export function questionOrder(clause: string): string {
  const said = saidToBe.exec(clause);
  if (said) return `${said[1]} ${said[3]} ${said[2]}${said[4]}`;
  const last = questionWordLast.exec(clause);
  if (last) return `${last[3]} ${last[2]} ${last[1]}${last[4]}`;
  const match = embeddedQuestion.exec(clause);
  if (!match) return clause;
  const [, wh, second = "", rest, verb, end] = match;
  // The word after the question word belongs to the question ("which plot", "what time") unless it opens the subject ("where my novel").
  if (second === "" || opensSubject(second)) return `${wh} ${verb}${second}${rest}${end}`;
  return `${wh}${second} ${verb}${rest}${end}`;
}
