/**
 * "are your backend services ok", "how are your services doing", "give me a status update on
 * your systems": the assistant's own services, servers or systems asked after are the system
 * status, not its wellbeing (small talk) nor a memory; so is a status report asked for by name, or
 * a check ordered on the system.
 * "your" names the assistant's; "the services on sunday" or "my server" are someone else's.
 */
// "give me a status report", "status check on the system": the report asked for by name, of nothing or of
// the assistant itself; "the system" is the one the user talks to, "the heating system" is not.
const statusReport =
  /^(?:(?:give|get|send|read) me |(?:can|could|may) i (?:get|have) |let me (?:have|hear) |i (?:want|need|would like|'d like) )?(?:a |an |the |your )?(?:quick |full |brief |short )?(?:status|health) (?:report|update|check|summary|rundown)(?: (?:on|of|for|about) (?:(?:the|your) (?:system|systems|services|servers)|yourself))?$/;
const ownParts = /\byour (?:(?:back ?end|back-end|internal|core|own) )?(?:services|systems|servers|subsystems|components|back ?end|back-end)\b/;
// "is the speech recognition working", "is your wake word detection down": what the assistant does
// to hear and answer, named by what it does rather than by a service, is one of its services.
// "is the database ok": where it keeps what it is told is one of them too; "the database at work" is not.
const ownFunctionWorks =
  /^(?:is|are) (?:the|your) (?:speech recognition|speech to text|voice recognition|transcription|speech synthesis|text to speech|wake word(?: detection)?|voice activity detection|language model|database|db|memory(?: store| database)?)(?: (?:service|system|model|engine|server))? (?:still )?(?:working|running|up|ok|okay|alright|all right|online|down|broken|offline|healthy)(?: (?:properly|right|now|at the moment))?$/;
// "check the system", "test yourself", "diagnose your services": a check ordered on the assistant, as
// the report asked for by name is; "check the heating system" and "check my emails" are not.
const checkOrdered =
  /^(?:check|test|diagnose|inspect|examine|scan)(?: on| over)? (?:(?:the|your) (?:whole |entire )?(?:system|systems|services|servers|components)|yourself|all (?:the |your )?(?:systems|services))(?: (?:over|out|for (?:problems|errors|faults)))?$/;

/** Whether `normalized` (the router's token text) asks after the assistant's own services. */
export const asksAfterOwnServices = (normalized: string): boolean =>
  ownParts.test(normalized) || statusReport.test(normalized) || ownFunctionWorks.test(normalized) || checkOrdered.test(normalized);
