// "what do you know about me", "what have i told you", "what do you remember", "list my memories",
// "tell me everything you know about me": what the user has told the assistant as a whole, not
// about one subject ("what do you know about my sister" stays a recall of that subject).
const asksOverview =
  /^(?:so |and |ok |okay )?(?:what (?:else )?(?:do|did) you (?:know|remember|have)(?: (?:about|of|on) me)?(?: so far)?|what (?:have i|did i) (?:told|tell) you(?: so far| about me(?:self)?)?|what (?:things )?(?:have|did) i (?:asked|ask|told|tell) you to remember|(?:list|read|show|tell me|give me)(?: me)? (?:all )?(?:(?:of )?my memories|everything you (?:know|remember)(?: about me)?|what you (?:know|remember)(?: about me)?|what i(?: have|'ve)? told you))$/;

/** Whether `normalized` (the router's token text) asks what the assistant knows of the user as a whole. */
export const asksWhatIsKnown = (normalized: string): boolean => asksOverview.test(normalized);
