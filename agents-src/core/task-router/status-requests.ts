/**
 * "are your backend services ok", "how are your services doing", "give me a status update on
 * your systems": the assistant's own services, servers or systems asked after are the system
 * status, not its wellbeing (small talk) nor a memory; so is a status report asked for by name.
 * "your" names the assistant's; "the services on sunday" or "my server" are someone else's.
 */
// "give me a status report", "status check on the system": the report asked for by name, of nothing or of
// the assistant itself; "the system" is the one the user talks to, "the heating system" is not.
const statusReport =
  /^(?:(?:give|get|send|read) me |(?:can|could|may) i (?:get|have) |let me (?:have|hear) |i (?:want|need|would like|'d like) )?(?:a |an |the |your )?(?:quick |full |brief |short )?(?:status|health) (?:report|update|check|summary|rundown)(?: (?:on|of|for|about) (?:(?:the|your) (?:system|systems|services|servers)|yourself))?$/;
const ownParts = /\byour (?:(?:back ?end|back-end|internal|core|own) )?(?:services|systems|servers|subsystems|components|back ?end|back-end)\b/;
// "is the speech recognition working", "is your wake word detection down": what the assistant does
// to hear and answer, named by what it does rather than by a service, is one of its services.
const ownFunctionWorks =
  /^(?:is|are) (?:the|your) (?:speech recognition|speech to text|voice recognition|transcription|speech synthesis|text to speech|wake word(?: detection)?|voice activity detection|language model)(?: (?:service|system|model|engine))? (?:still )?(?:working|running|up|ok|okay|online|down|broken|offline)(?: (?:properly|right|now|at the moment))?$/;

/** Whether `normalized` (the router's token text) asks after the assistant's own services. */
export const asksAfterOwnServices = (normalized: string): boolean =>
  ownParts.test(normalized) || statusReport.test(normalized) || ownFunctionWorks.test(normalized);
