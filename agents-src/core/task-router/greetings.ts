import { addressTerms } from "./request-wrappers";

/**
 * Greetings from every English and a few loanwords English speakers use ("g'day", "howdy",
 * "namaste", "kia ora", South African "howzit", Nigerian "how far", Welsh "shwmae" and "sut mae", Jamaican "wah
 * gwaan", Irish "dia dhuit"): said alone they are small
 * talk, but each is one rare word or phrase, so no exemplar's frame or embedding is near enough to
 * decide it. Whoever they greet ("morning hen", "howzit boet") is one of the terms of address the
 * request wrappers know.
 */
const greeting = new RegExp(
  String.raw`^(?:g ?'?day|howdy|hiya|heya|hey ?ya|yo|sup|wassup|howzit|how far|shwmae|shw mae|sut mae|s'mae|wah? ?gwaan|wah? ?gwan|wagwan|whagwan|dia dh?uit|namaste|namaskar|kia ora|aloha|salaam|salam|as ?salaam alaikum|shalom|ciao|hola|bonjour|guten tag|konnichiwa|top of the morning|good day|greetings|morning|afternoon|evening|hello again|hi again)(?: (?:to you|there|everyone|all|assistant|${addressTerms}))*$`,
);

/** Whether `normalized` (the router's token text) is a greeting and nothing else. */
export const isGreeting = (normalized: string): boolean => greeting.test(normalized);

// "never mind", "stop", "no thanks": the user lets it go, and the assistant says it heard. Said alone
// only: "stop the timer", "no thanks i'm fine" are requests or statements of their own. Rules, not
// exemplars: these short, common words moved the lexical scores of every other intent. The token text has
// its contractions spelt out ("does not matter"), so each is matched in both forms.
const dismissal =
  /^(?:never ?mind|stop|stop it|stop talking|be quiet|quiet|shush|hush|nothing|nothing thanks|no thanks|no thank you|(?:it )?(?:doesn't|does not) matter|ignore (?:that|me|it)|(?:don't|do not) worry(?: about it)?|forget i said anything|that's all|that is all)(?: (?:then|now|please|${addressTerms}))*$/;

/** Whether `normalized` (the router's token text) only lets the conversation go. */
export const isDismissal = (normalized: string): boolean => dismissal.test(normalized);

// "right, that's me off then, cheerio", "i'm away now, see ya", "ta ra", "ta ta for now": leaving, a farewell, or
// both, said alone. Rules, as greetings are: the farewells of Britain's regions are rare words, and two of them
// open with the "ta" that alone thanks, which the exemplars' frames read as thanks ("You're welcome"). Said
// alone only: "i'm off to the dentist on friday" is a plan to keep.
const leaving = String.raw`that is me (?:off|away|done)|i am (?:off|away|heading off|going|out of here)|i will be off|i (?:had|would) better (?:go|be off|make a move)|i have (?:got )?to (?:go|dash)|must dash|off i go`;
const farewellWords = String.raw`ta ?ra|tarra|ta ta|cheerio|bye(?: bye)?|goodbye|see (?:ya|you)(?: later| soon| tomorrow)?|catch you later|laters|later|toodle ?(?:oo|pip)|toodles|ttfn|so long|take care|night night|nighty night|good ?night`;
const farewell = new RegExp(
  String.raw`^(?:(?:${leaving})(?: (?:now|then|for now|for the night|for today))*(?: (?:${farewellWords}))?|(?:${farewellWords}))(?: (?:now|then|for now|all|everyone|${addressTerms}))*$`,
);

/** Whether `normalized` (the router's token text) only takes leave. */
export const isFarewell = (normalized: string): boolean => farewell.test(normalized);

// "you're brilliant", "good job", "well done": praise, which the identity exemplars ("you're a voice assistant") were
// nearest to, so it was answered with the capability list. Said alone only: with "thanks" or "cheers" it thanks, and
// "nice one" is mostly thanks (fresh-11's "ah nice one, cheers"). Praise of the assistant as one, its article left out
// as learners do ("you are very good assistant", "you're such a clever helper"), is praise too.
const praised = String.raw`brilliant|amazing|great|awesome|wonderful|fantastic|clever|smart|good|helpful|excellent|lovely|nice|useful`;
const compliment = new RegExp(
  String.raw`^(?:(?:oh |wow )?(?:you are|you're|you re) (?:such )?(?:an? )?(?:(?:so|really|just|absolutely|very|truly) )*(?:(?:${praised})(?: (?:assistant|helper|bot|robot|one))?|a star|a genius|a legend|the best|a lifesaver|a life saver)|good job|great job|well done|good work|great work|nice work)(?: (?:mate|then|there|${addressTerms}))*$`,
);

/** Whether `normalized` (the router's token text) is praise and nothing else. */
export const isCompliment = (normalized: string): boolean => compliment.test(normalized);

// "list your capabilities", "what are your skills", "what are you capable of": what the assistant can do, asked as a list
// of its abilities; the nouns share no frame with "what can you do", and "tell me your ..." read as a memory asked.
const abilities = String.raw`capabilities|abilities|skills|features|functions|commands`;
const asksAbilities = new RegExp(
  String.raw`^(?:(?:list|tell me|name|show me|give me|read me|read out)(?: all)?(?: of)? (?:your|the) (?:${abilities})|what (?:are|is) (?:all )?(?:of )?your (?:${abilities})|what are you capable of)$`,
);

/** Whether `normalized` (the router's token text) asks what the assistant can do, as a list of its abilities. */
export const asksWhatItCanDo = (normalized: string): boolean => asksAbilities.test(normalized);
