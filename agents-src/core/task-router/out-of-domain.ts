// "is it safe to take paracetamol with antibiotics", "can i take ibuprofen on an empty stomach": whether a medicine may be
// taken, said bare as medicines are; "is it ok to take the bins out", "can i take my mum with me" take a kept or
// determined thing, and are no medicine.
const medicineTaken = String.raw`^(?:(?:is|would) it (?:be )?(?:safe|ok|okay|alright|all right|fine|bad|dangerous|wise) to|(?:can|should|could|may) (?:i|you|we|one)) (?:take|mix|drink) (?!(?:the|my|our|your|his|her|their|a|an|this|that|these|those|it|them|me|him|us|some|off|out|over|up|down|care|time|part|place|a look)\b)[a-z]+(?: [a-z]+)? (?:with|and|on|while|when|if|during|after|before|every|for)\b`;

// "how much is a bag of cement in woodies", "what does a tin of paint cost at b q": a thing's price at a shop; "how much is
// a cup of flour in grams" asks a measure (and is read as a conversion first).
const shopPrice = String.raw`\bhow much (?:is|are|does|do|would) (?:a|an|one) (?:[a-z]+ ){1,4}(?:cost |be )?(?:in|at|from) (?!(?:grams?|kilos?|kg|ml|millilitres?|litres?|liters?|ounces?|oz|pounds?|lbs?|cups?|spoons?|tablespoons?|teaspoons?|metres?|meters?|feet|foot|inches|cm|mm|miles?|km|kilometres?|euros?|dollars?|quid|total|all|my|our)\b)[a-z]+|\bwhat (?:does|do|would) (?:a|an|one) (?:[a-z]+ ){1,4}cost (?:in|at|from) (?!(?:my|our)\b)[a-z]+`;
// "how i go from rossio to belem by tram", "how do we get to the airport from here by bus": the way somewhere, asked as
// learners ask it too; "how do i get to sleep" asks no way.
const wayAsked = String.raw`\bhow (?:do |can |should |would )?(?:i|we) (?:go|get|travel) (?:from \w+(?: \w+)? )?to \w+(?: \w+){0,3} (?:from \w+(?: \w+)? )?by (?:tram|bus|train|coach|car|taxi|cab|bike|metro|tube|subway|underground|ferry|boat|foot)\b|\bhow (?:do |can |should )?(?:i|we) (?:go|get|travel) from \w+(?: \w+)? to\b`;

/**
 * Requests for skills this assistant does not have. Matched to the nearest intent they get a
 * wrong answer ("what's the weather like" -> the time), so they are recognised by topic first and
 * answered honestly. The topics are what the reply names ("the weather", "the news").
 */
const topics: Array<{ topic: string; cue: RegExp }> = [
  { topic: "the weather", cue: /\b(?:weather|forecast|temperature outside|raining|going to rain|will it (?:rain|snow)|snowing|showers|storms?|stormy|thunder(?:storms?)?|frosty?|foggy|drizzle|sunny|cloudy|humid(?:ity)?|windy|how (?:hot|cold) is it)\b|^(?:will|would|do|should|shall) (?:i|we) (?:need|want|take|bring) (?:to (?:take|bring|wear) )?(?:a|an|my|the|some|our) (?:brolly|umbrella|raincoat|coat|jacket|sun ?cream|sunscreen|sunglasses|wellies|wellingtons)s?\b/ },
  // "what's the latest on the election": the world's latest, unless it is the user's own ("the latest on my visa").
  { topic: "the news", cue: /\b(?:news|headlines|current events|happening in the world)\b|\bthe latest (?:on|about|with|from|in) (?!(?:my|our)\b)/ },
  // "when do the twins play next": a team's next fixture, unless it is the user's own ("when do we play next"). A sport
  // someone goes to ("noah's basketball training", "football practice", "tennis lessons") is a kept thing of theirs.
  {
    topic: "sports results",
    cue: /\b(?:score|who won|league|(?:football|soccer|basketball|baseball|cricket|tennis)(?! (?:practices?|training|lessons?|class(?:es)?|club|camp|coach|kit|boots|trials?)\b)|world cup|olympics)\b|(?<!\b(?:i|we|you) )\bplay(?:ing)? next\b/,
  },
  { topic: "music and media", cue: /\b(?:play (?:some|a|the|my)?\s*(?:music|song|songs|radio|podcast|playlist|album|jazz|rock)|next song|skip (?:this )?song|turn (?:up|down) the volume|turn (?:it|this|that) (?:up|down)|louder|quieter|volume|spotify|netflix|movie|movies|films?|cinema|tv show|podcasts?|(?:what is|what|anything|something|nothing) (?:good )?on (?:the )?(?:telly|tv|television|box|radio)|(?:telly|tv|television) (?:guide|listings|schedule|tonight))\b/ },
  { topic: "calls and messages", cue: /^(?:please )?(?:call|phone|ring|dial|text|message|email|e-mail)\b|\bsend (?:a |an )?(?:text|message|email|e-mail)\b|\b(?:read|check|open) (?:me )?(?:my |the )?(?:e-?mails?|messages|texts|inbox|voicemails?)\b/ },
  // "where are the christmas lights", "where's the thermostat": where a thing is kept asks for a memory, not a device's doing.
  { topic: "controlling devices", cue: /^(?!where\b).*\b(?:turn (?:on|off) the|switch (?:on|off) the|lights?|thermostat|heating|air conditioning|lock the door|unlock the door|vacuum|find my (?:phone|mobile|tablet|watch))\b/ },
  { topic: "shopping", cue: /\b(?:re-?order|order (?:me |a |some |more |another )|buy (?:me |a |some )|add .+ to (?:my |the )?(?:cart|basket|shopping list)|amazon)\b/ },
  { topic: "searching the web", cue: /\b(?:search the web|search for|google|look up|wikipedia|on the internet)\b/ },
  // "is the m8 busy", "how are the roads", "is the i 95 backed up": a road's state is the world's, named by its number or as "the roads".
  {
    topic: "travel and directions",
    cue: new RegExp(String.raw`${wayAsked}|\b(?:directions to|navigate to|traffic|tailbacks?|roadworks|road closures?|how long does it take to get|flight|train times|bus times|book a (?:taxi|cab|table|flight|hotel)|uber)\b|\b(?:the|is|are) (?:[maib] ?\d{1,3}|roads|motorways?|highways?|freeways?|interstate)(?: (?:(?:north|south|east|west)(?:bound)?|clockwise|anticlockwise|counterclockwise))? (?:busy|bad|clear|closed|blocked|jammed|gridlocked|moving|backed up|icy|flooded|open|like|looking)\b|^how are the roads\b`),
  },
  // "what's the hang seng at today", "how's the ftse doing": a market index is the world's prices, never a kept thing.
  // "what are cattle prices doing", "are petrol prices going up": prices said in the plural are a market's, not one kept price.
  // "what are cattle fetching at the sale barn", "what are lambs making at the mart": what stock sells for at a market is its price.
  {
    topic: "prices and markets",
    cue: new RegExp(String.raw`\b(?:stock|stocks|share price|bitcoin|exchange rate|price of|prices|inflation|interest rates?|mortgage rates?|hang seng|ftse|dow jones|nasdaq|nikkei|s p 500|dax)\b|${shopPrice}|\b(?:fetching|making|selling for|going for|averaging) (?:at|in) (?:the )?(?:[a-z]+ )?(?:marts?|markets?|sales?|auctions?|saleyards?|sale ?barns?|sale ?rings?|stockyards?)\b`),
  },
  // "check my bank balance", "transfer fifty pounds to dad": a bank's records and payments are the bank's, never kept here.
  { topic: "banking", cue: /\b(?:bank balance|bank account|account balance|balance (?:on|in|of) (?:my|our) (?:bank|current|savings|credit)|online banking|(?:transfer|send) (?:money|(?:[a-z\d]+ ){1,3}(?:pounds|quid|dollars|euros))\b)/ },
  { topic: "jokes, stories and songs", cue: /\b(?:tell me a (?:joke|story)|jokes?|sing (?:me )?a song|riddle|poem|fun fact|horoscope|flip a coin|roll a dice)\b/ },
  // "what time does tesco close", "when do the shops shut": a place's hours, unless it is the user's own ("my gym"); the
  // place may be named with its town ("what time does the co-op in lairg shut the night").
  { topic: "local places and opening hours", cue: /\b(?:nearest|closest) (?!(?:to|of)\b)\w+|\bopen (?:on|today|tomorrow|tonight|now|until|till|late)\b|\bopening (?:hours|times)\b|\b(?:what time|when) (?:does|do|is|are|will) (?!(?:my|our)\b)(?:\w+ ){1,6}(?:open|close|shut)s?\b/ },
  // "what phase is the moon in", "when does the moon rise": the moon named is the sky's; "goodnight moon" names a book.
  { topic: "the sun, moon and tides", cue: /\b(?:sunset|sunrise|sun (?:rise|set)s?|dawn|dusk|high tide|low tide|tides?|(?:full|new|half|crescent|harvest|blue) moon|the moon|moons|moon ?(?:rise|set|phase)s?|eclipse)\b/ },
  // "how do you make aloo gobi", "how should we cook brisket": a dish asked of anyone's kitchen; "how do i make a reminder" asks about a skill.
  {
    topic: "recipes",
    cue: /\brecipe\b|\b(?:how (?:do|can|should) (?:i|we|you|one)|how to) (?:cook|bake|make|roast|prepare)\b(?!.*\b(?:timers?|reminders?|alarms?|remind|remember|note|list|you|your)\b)/,
  },
  { topic: "translation", cue: /\b(?:translate|how do you say|in (?:french|spanish|german|italian|chinese|japanese))\b/ },
  // "what's a good name for a sheepdog", "can you suggest a present for a ten year old": a suggestion is an opinion too.
  {
    topic: "opinions",
    cue: /\b(?:which|what) (?:is|one is|are) (?:better|worse|nicer)\b|\bwhat do you think (?:about|of)\b|\bdo you (?:prefer|like)\b|\bwhat (?:is|are) (?:a |some )?(?:good|nice|fun|decent) (?:\w+ ){1,2}(?:for|to)\b|\b(?:recommend|suggest)\b|\bany (?:ideas|suggestions|recommendations) (?:for|on)\b/,
  },
  // "can landlord keep my deposit for ...", "can my employer make me work on a bank holiday", "is it legal to ...": what the
  // law allows someone, asked of the world's law; the landlord's number kept is a memory (read before any topic).
  {
    topic: "legal questions",
    cue: /\b(?:is it (?:legal|illegal|against the law)|(?:tenants?|employees?|consumers?|workers?|my|our) (?:legal )?rights|am i (?:legally )?(?:entitled|allowed) to (?:claim|withhold|refuse|keep|sue)|sue (?:my|the|a|our)\b|(?:can|could|is|are) (?:my |the |a |our )?(?:landlords?|landlady|letting agents?|employers?|boss|council|bailiffs?|police) (?:legally )?(?:be )?(?:allowed to |entitled to )?(?:keep|make|evict|sack|fire|charge|refuse|withhold|take|raise|put|increase|enter|stop|force|deduct|cut))\b/,
  },
  // "is there load shedding tonight" (South Africa's planned power cuts), "is there a power cut in my area": the grid's
  // state, which the assistant cannot see; its own services being down is the status (status-requests.ts, read first).
  {
    topic: "power cuts",
    cue: /\b(?:load ?shedding|power (?:cuts?|outages?|failures?)|(?:electricity|power|water|gas) (?:is )?(?:off|out|back on|coming back)|blackouts?|(?:water|gas|electricity) outages?|outages? in (?:my|our|the) (?:area|street|town))\b/,
  },
  // "what are the signs of sepsis", "what causes hiccups", "is chickenpox contagious": an illness asked of the world's medicine,
  // unless it is the user's own ("what are the side effects of my tablets" names a kept thing, read before any topic).
  {
    topic: "medical questions",
    cue: new RegExp(String.raw`\b(?:(?:signs|symptoms|causes|treatments?|cures?|side effects) (?:of|for)|contagious|infectious|incubation period)\b|^what causes\b|^(?:how do you|how to) (?:treat|cure)\b|${medicineTaken}`),
  },
  {
    topic: "general knowledge",
    cue: /\b(?:how (?:do|does) (?:you|one|i) spell|spelling of|what does (?:the word )?\w+ mean|capital of|president|prime minister|population of|tallest|largest|biggest|longest|deepest|highest mountain|who (?:invented|wrote|discovered|painted|built|founded|directed|sang)|meaning of (?:life|the word)|define|definition of|how far (?:is|away)|how old is (?!my\b)|distance (?:to|between)|how many people live|when (?:did|was) (?:world war|the war|the battle)|history of|speed of light|boiling point|what year did|how many calories|calories (?:are |is )?in|nutritional (?:value|information)|how much (?:protein|sugar|fat|caffeine) (?:is |are )?in)\b|^why (?:is|are|do|does|did|can|can not|would) (?!(?:you|i|my|our)\b)|^spell\b/,
  },
  // "how do I change a tyre", "how do you fix a puncture": instructions, asked of the user's own doing or anyone's (the
  // generic "you" doing something to a thing); "how do I set a timer" is about a skill, "how do you feel" and
  // "how do you know my name" about the assistant.
  {
    topic: "instructions and advice",
    cue: /^how (?:do|can|should) (?:i|we|(?:you|one) (?!(?:do|feel|know|work|like|think|mean|hear|understand|decide|choose|learn)\b)[a-z]+ (?:a|an|the|some)\b)(?!.*\b(?:timers?|reminders?|remind|remember|forget|you|your)\b)/,
  },
];

// Remembering, recalling or being reminded of something may mention any topic without asking for it;
// so may a question about the user's own thing, whatever its verb ("when does my sister's flight land",
// "which platform does my train leave from"), or a part of it ("what's the name of my son's football
// coach" asks his name, as "my son's coach's name" would; "the weather for my trip" is not the trip's).
const aboutMemory =
  /\b(?:remember|remind|note that|forget|did i|i told you|i said)\b|\b(?:where|what|who|when|which)(?: [a-z]+)? (?:is|are|was|were|does|do|did|will) (?:(?:the )?(?:[a-z]+ ){1,2}of )?(?:my|our)\b|^(?:my|our)\b/;

// "my throat hurts what should i take", "i've got a migraine, what can i take for it": advice on one's own complaint is
// medicine asked, though it names the user's own body ("my throat" is no kept thing to recall).
const treatmentAsked =
  /\b(?:hurts?|aches?|aching|sore|painful|fever|temperature|cough(?:ing)?|cold|flu|headache|migraine|nauseous|sick|rash|itchy)\b.*\bwhat (?:should|can|could|do) (?:i|we) (?:take|do|have)\b|\bwhat (?:should|can|could) (?:i|we) take for\b/;

/** Whether an utterance names the user's own memories ("where is my umbrella", "remind me to ..."): such a request is never out of domain. */
export const namesMemory = (normalized: string): boolean => aboutMemory.test(normalized);

// "what about tomorrow", "and in leeds?": the same question again for another day or place, a few words and none of the user's own.
const anotherDayOrPlace = /^(?:and |so |ok |okay )?(?:(?:what|how) about |and )(?!(?:my|our|mine)\b)(?:\S+ ?){1,4}$/;
/** What `normalized` asks the last question again for ("tomorrow" of "what about tomorrow", "in leeds" of "and in leeds"); `null` when it is no such question. */
export function askedAgainFor(normalized: string): string | null {
  if (!anotherDayOrPlace.test(normalized)) return null;
  // "and what about my keys": the lead may be two, and the user's own thing is looked for after both.
  const again = normalized.replace(/^(?:and |so |ok |okay )?(?:(?:what|how) about |and )+/, "");
  return /^(?:my|our|mine)\b/.test(again) ? null : again;
}

/**
 * The outside topic of the last request, when `normalized` asks it again for another day or
 * place right after the assistant said it cannot help: "what about tomorrow" after the weather is
 * the weather again, not a question about a kept thing. `lastAsked` is the user's last request,
 * `null` when the assistant's last reply was not about something outside its skills.
 */
export function sameTopicAgain(normalized: string, lastAsked: string | null): string | null {
  if (lastAsked === null || askedAgainFor(normalized) === null) return null;
  return outOfDomainTopic(lastAsked);
}

// "play the song remember me from coco": a song asked for by its title, which may say anything ("remember", "forget").
const songByTitle = /^play (?:me )?(?:the|a|that|this) (?:song|track|tune|single|record|album)\b/;

/** The outside topic an utterance asks about; `null` when it asks for nothing outside the assistant's skills. `normalized` is the router's token text. */
export function outOfDomainTopic(normalized: string): string | null {
  if (treatmentAsked.test(normalized)) return "medical questions";
  if (songByTitle.test(normalized)) return "music and media";
  if (namesMemory(normalized)) return null;
  return topics.find(({ cue }) => cue.test(normalized))?.topic ?? null;
}
