/**
 * "are your backend services ok", "how are your services doing", "give me a status update on
 * your systems": the assistant's own services, servers or systems asked after are the system
 * status, not its wellbeing (small talk) nor a memory. "your" names the assistant's; "the
 * services on sunday" or "my server" are someone else's.
 */
const ownParts = /\byour (?:(?:back ?end|back-end|internal|core|own) )?(?:services|systems|servers|subsystems|components|back ?end|back-end)\b/;

/** Whether `normalized` (the router's token text) asks after the assistant's own services. */
export const asksAfterOwnServices = (normalized: string): boolean => ownParts.test(normalized);
