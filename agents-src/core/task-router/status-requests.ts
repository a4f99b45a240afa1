import { catalog, ServiceName, serviceNames } from "../../kit/catalog";

/**
 * "are your backend services ok", "how are your services doing", "give me a status update on
 * your systems": the assistant's own services, servers or systems asked after are the system
 * status, not its wellbeing (small talk) nor a memory; so is a status report asked for by name, or
 * a check ordered on the system.
 * "your" names the assistant's; "the services on sunday" or "my server" are someone else's.
 *
 * Each rule below is the assistant's own thing (one of `ownWhole`, or what it does) and something
 * asked of its health; the rules are anchored, so "the system at work" or "the heating system" is
 * never the assistant's.
 */
// "the system", "your services", "yourself": the assistant as a whole, the one the user talks to.
const ownWhole = String.raw`(?:(?:the|your|this) (?:whole |entire |voice )?(?:assistant(?:'s)? )?(?:system|systems|services|servers|components|assistant|back ?end|back-end)|yourself)`;
// What only a running thing is: "up", "offline", "all go"; "ok" or "fine" is said of a person too.
const machineState = String.raw`(?:up and running|up|down|working|running|online|offline|broken|failing|operational|functioning|all go|go)`;
// "working properly", "running okay on your end", "working alright".
const stateQualifier = String.raw`(?: (?:properly|right|smoothly|ok|okay|alright|all right|now|at the moment|today|on your (?:end|side))){0,2}`;
const healthState = String.raw`(?:${machineState}|ok|okay|alright|all right|fine|healthy)${stateQualifier}`;

// "give me a status report", "status check on the system", "system health", "run a self test": the
// report or check asked for by name, of nothing or of the assistant itself; "the system" is the one
// the user talks to, "the heating system" is not.
const statusReport = new RegExp(
  String.raw`^(?:(?:give|get|send|read) me |(?:can|could|may) i (?:get|have) |let me (?:have|hear) |i (?:want|need|would like|'d like) |(?:run|do|perform) )?(?:a |an |the |your )?(?:quick |full |brief |short )?(?:(?:system )?(?:status|health) (?:report|update|check|summary|rundown)|system (?:check|status|health)|self (?:test|check)|diagnostics)(?: (?:on|of|for|about) ${ownWhole})?$`,
);
const ownParts = /\byour (?:(?:back ?end|back-end|internal|core|own) )?(?:services|systems|servers|subsystems|components|back ?end|back-end)\b/;
// "what's the status of the system", "health of the services", "what state are the services in": the
// assistant's state asked for as a thing; "the status of my order" and "the state of the kitchen" are not its.
const stateAsked = new RegExp(
  String.raw`^(?:(?:(?:what|how) is )?(?:the |your )?(?:current |overall )?(?:status|state|health|condition) of (?:${ownWhole}|you|everything)|what is (?:your|the system's|the system) (?:current |overall )?(?:status|state)|what state (?:is|are) ${ownWhole} in)$`,
);
// "is the system up", "are any services down", "how are the servers doing", "is everything alright
// on your end", "are you online": the assistant's health asked after; "are you ok" asks after its
// wellbeing, so "you" takes only what a machine is.
const healthAsked = new RegExp(
  String.raw`^(?:(?:is|are) (?:all |any of )?${ownWhole}(?: all)? (?:still )?${healthState}|how (?:is|are) ${ownWhole} (?:doing|looking|holding up|getting on)|(?:are )?(?:all|any)(?: of)? (?:the |your )?(?:services|systems|servers|components) (?:still )?${healthState}|is (?:everything|anything) ${healthState}|are you (?:all |still |fully )?${machineState}${stateQualifier})$`,
);
// "are there any problems with the system", "is something wrong with you": a fault asked after in the
// assistant; "any problems with my car" is the user's own.
const faultAsked = new RegExp(
  String.raw`^(?:(?:is|are) (?:there )?|have you (?:got|had) |do you have )?(?:(?:any|anything|something|a) )?(?:problems?|issues?|errors?|faults?|trouble|wrong) (?:with|in) (?:${ownWhole}|you)$`,
);
// "is the speech recognition working", "is your wake word detection down": what the assistant does
// to hear and answer, named by what it does rather than by a service, is one of its services; so is a skill called a
// "thing" or "feature" ("is the timer thing working"; "is the timer working" asks after a timer that runs).
// "is the database ok": where it keeps what it is told is one of them too; "the database at work" is not.
// "is your hearing working alright", "is your microphone ok": what it hears with, only as "your" ("the
// hearing" may be a court's).
const ownFunctionWorks = new RegExp(
  String.raw`^(?:is|are) (?:your (?:hearing|microphone|mic)|(?:the|your) (?:speech recognition|speech to text|voice recognition|transcription|speech synthesis|text to speech|wake word(?: detection)?|voice activity detection|language model|database|db|memory(?: store| database)?)(?: (?:service|system|model|engine|server))?|(?:the|your) (?:timers?|reminders?|alarms?|memory) (?:thing|function|feature|bit|part|system|service)s?) (?:still )?${healthState}$`,
);
// "check the system", "test yourself", "diagnose your services", "check if everything's online": a
// check ordered on the assistant, as the report asked for by name is; "check the heating system" and
// "check my emails" are not. "check your status", "check your health": its state, named as "your" only
// ("check the status of my order" is someone else's).
const checkOrdered = new RegExp(
  String.raw`^(?:(?:check|test|diagnose|inspect|examine|scan)(?: on| over)? (?:${ownWhole}|all (?:the |your )?(?:systems|services)|your (?:own )?(?:current |overall )?(?:status|health|state))(?: (?:health|status|over|out|for (?:problems|errors|faults)))?|(?:check|see|make sure) (?:if|whether|that) (?:everything|${ownWhole})(?:'s| is| are) ${healthState})$`,
);

// "any of your bits broken", "are all your parts working", "is any of your stuff broken": the assistant's insides named
// in everyday words, only as "your" ("are my bits ok" and "is the stuff broken" are not its), asked after as a machine's.
const everydayParts = String.raw`(?:bits|parts|insides|innards|workings|gubbins|circuits|circuitry|stuff|bits and pieces|bits and bobs)`;
const partsAsked = new RegExp(
  String.raw`^(?:(?:is|are) )?(?:(?:all|any|some|none)(?: of)? )?your ${everydayParts}(?: all)? (?:still )?${healthState}$`,
);
// "are you all healthy in there", "everything ok in there": "in there" is inside the box the user talks to, so even
// the words said of a person ("ok", "healthy") ask after the machine; "are you ok" alone asks after its wellbeing.
// "anything down?", "anything offline", "is anything not working": a fault asked after with nothing named is in the box
// the user talks to, as "is anything down" already was; only a machine's faults ("anything wrong" may be the user's).
const anythingDown = /^(?:is )?(?:anything|something) (?:down|offline|broken|failing|not working|not running|playing up|acting up)$/;
const insideAsked = new RegExp(String.raw`^(?:(?:are you|is (?:everything|all))|everything|all) (?:all |still )?${healthState} in there$`);

const ownHealthAsked = [ownParts, statusReport, stateAsked, healthAsked, faultAsked, ownFunctionWorks, checkOrdered, partsAsked, insideAsked, anythingDown];

/** Whether `normalized` (the router's token text) asks after the assistant's own services. */
export const asksAfterOwnServices = (normalized: string): boolean => ownHealthAsked.some((asked) => asked.test(normalized));

// "is the health monitor ok", "is the session memory service running": one of its services by its catalog
// name, said in words, asked after as a machine is; "is the heart monitor ok" names none of them.
const namedServiceAsked = new Map(
  serviceNames
    // A name of one word may be a person's ("is the coordinator ok"); those stay with the classifier, which knows the rest of the request.
    .filter((name) => catalog[name].ports.http !== undefined && name.includes("-"))
    .map((name) => [name, new RegExp(String.raw`^(?:is|are) (?:the |your )?${name.split("-").join(" ")}(?: (?:service|server|agent))? (?:still )?${healthState}$`)] as const),
);

/** The service `normalized` (the router's token text) asks the health of by its catalog name; `undefined` for anything else. */
export function serviceAskedAfter(normalized: string): ServiceName | undefined {
  return [...namedServiceAsked].find(([, asked]) => asked.test(normalized))?.[0];
}
