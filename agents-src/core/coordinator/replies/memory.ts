import type { PeerClient } from "../../../kit/peer-client";
import { answersAttribute, askedAttribute, comparableFact, factAttribute, isAboutSubjectOf, namesAnotherThing } from "../../../kit/fact-attribute";
import { swapPerson } from "../../../kit/perspective";
import { isShortfall } from "../../../kit/shortfalls";
import { ordinalOf, withDigits } from "../../../kit/spoken-numbers";
import { reminderDue } from "../reminder-moment";
import { calendarDaysBetween, momentIn, wallClock } from "../zone-time";
import { askedByOtherName, knownNames } from "./known-names";
import { cannotReach, capitalised, IntentHandler, Reply, Source, TurnContext } from "./reply";

interface StoredMemory {
  id: string;
  content: string;
  outcome: "created" | "reinforced";
  superseded: string[];
}

interface SearchHit {
  id: string;
  content: string;
  score: number;
  matchedBy: Array<"fulltext" | "vector">;
}

interface Answer {
  answer: string;
  confidence: number;
  memories: Array<{ id: string; content: string; score: number }>;
}

/** Facts in the user's words are kept as memories of this type; only these answer questions (not session summaries). */
const factType = "fact";
const forgetCandidates = 10;
const everything = /^(?:everything|all|it all|all of it|everything you know|all my memories|all of my memories|my memories)$/i;
/** "what do you know about me": how many of the newest facts are said. */
const overviewFacts = 5;
// "what's in the kitchen drawer", "what have i got under the bed": a place asked after for what is kept there.
const placeAsked = /^what(?: is| are|'s)? (?:there |kept |stored |have i (?:got |put )?)?((?:in|on|under|inside|behind|at|on top of|in front of) (?:the|my|our) [^?]+?)[?.!]*$/i;
// "where's my car", "where did i leave the van", "so where's the car then": where a vehicle is.
const vehicleAsked = /^(?:so |and )?where(?:'s| is| are| did i (?:leave|put|park)| have i (?:left|put|parked))? (?:my|the|our) (?:car|van|truck|motor|vehicle|motorbike|camper|campervan)\b/;
/** How many of the newest facts are read for the names people and pets were told under. */
const nameCandidates = 100;
/** "what are we out of": how many of the newest facts are looked at for a shortfall. */
const shortfallCandidates = 50;
/** "what else is there": how many facts are looked at for other things in the place. */
const placeCandidates = 10;

// Said the same whichever path found nothing: unified-memory-reasoning's bare "I don't know." or an empty search.
const nothingKnown = "I don't know. You haven't told me anything about that.";

// "i was born on march 3rd 1980", "my son's birthday is june 2nd 2019": a birth, whose anniversaries come back every year.
const tellsBirth = /\b(?:born|birthday)\b/i;


const provenance = (context: TurnContext): string => (context.sessionId ? `session:${context.sessionId}` : "conversation");

/**
 * Remember, recall and forget, against the memory services. Memories are not scoped to the
 * session: something remembered in one conversation is known in the next.
 */
export function memoryReplies(
  orchestrator: PeerClient,
  reasoning: PeerClient,
  timeZone = "UTC",
  now: () => Date = () => new Date(),
): Record<"remember" | "recall" | "forget" | "correct", IntentHandler> {
  /** "how long until my anniversary": the kept fact, and the days from today to the day it names. */
  const withDaysUntil = (reply: Reply): Reply => {
    const at = now();
    const fact = reply.sources?.[0]?.content ?? "";
    const day = fact ? momentIn(fact, at, timeZone) : undefined;
    if (!day) return reply;
    const said = reply.text.replace(/[.!?]+$/, "");
    // "how many days until his birthday" after "my son was born on june 2nd 2019" or "his birthday is june 2nd 2019": the next anniversary, and the age it brings.
    if (tellsBirth.test(fact) && day.start.isCertain("day") && day.start.isCertain("month")) {
      const next = momentIn(new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "long", day: "numeric" }).format(Date.UTC(2000, day.start.get("month")! - 1, day.start.get("day")!)), at, timeZone);
      if (!next) return reply;
      const days = calendarDaysBetween(at, next.start.date(), timeZone);
      const which = day.start.isCertain("year") ? `${ordinalOf(next.start.get("year")! - day.start.get("year")!)} ` : "";
      return { ...reply, text: `${said}: the ${which}birthday is ${days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`}.` };
    }
    const days = calendarDaysBetween(at, day.start.date(), timeZone);
    const count = days === 0 ? "that's today" : days === 1 ? "that's tomorrow" : days < 0 ? `that was ${-days} day${days === -1 ? "" : "s"} ago` : `that's in ${days} days`;
    return { ...reply, text: `${said}: ${count}.` };
  };

  /**
   * "how old am i" after "i was born on march 3rd 1980": the kept fact, and the age it makes today;
   * a year alone makes one of two ages, and both are said. A fact that gives no birth date is said as it is.
   */
  const withAge = (reply: Reply, whose: string): Reply => {
    const fact = reply.sources?.[0]?.content ?? "";
    const year = tellsBirth.test(fact) ? /\b(1[89]\d\d|20\d\d)\b/.exec(fact)?.[1] : undefined;
    if (!year) return reply;
    const at = now();
    const clock = wallClock(at, timeZone);
    const today = [clock.year, clock.month, clock.day];
    const born = momentIn(fact, at, timeZone);
    const full = born && born.start.isCertain("day") && born.start.isCertain("month") ? born.start : undefined;
    const years = today[0] - Number(year);
    if (years < 0) return reply;
    const hadBirthday = full ? today[1] > full.get("month")! || (today[1] === full.get("month") && today[2] >= full.get("day")!) : undefined;
    const age = hadBirthday === undefined ? `${Math.max(0, years - 1)} or ${years}` : String(hadBirthday ? years : years - 1);
    const who = whose === "i" ? "you're" : `${swapPerson(whose)} is`;
    return { ...reply, text: `${reply.text.replace(/[.!?]+$/, "")}, so ${who} ${age}.` };
  };

  const search = (query: string, limit: number, signal: AbortSignal) =>
    orchestrator.post<{ results: SearchHit[]; degraded?: boolean }>(
      "/v1/memories/search",
      { query: withDigits(query), limit, types: [factType] },
      { signal, idempotent: true },
    );
  // Numbers are stored as digits whether they were typed or spoken ("level five"), so copies and searches match.
  const store = (fact: string, context: TurnContext) =>
    orchestrator.post<StoredMemory>("/v1/memories", { content: withDigits(fact), type: factType, source: provenance(context) }, { signal: context.signal });

  const remember: IntentHandler = async ({ slots }, context) => {
    const fact = slots.fact;
    if (!fact) return { text: "What should I remember?" };
    let stored: StoredMemory;
    try {
      stored = await store(fact, context);
    } catch (err) {
      return cannotReach("my memory", err);
    }
    const said = swapPerson(stored.content);
    const sources = [{ id: stored.id, content: stored.content }];
    if (stored.outcome === "reinforced") return { text: `I know: ${said}.`, sources };
    if (stored.superseded.length > 0) return { text: `Got it, I've updated that: ${said}.`, sources };
    return { text: `Okay, I'll remember that ${said}.`, sources };
  };

  /** "no, level 4" after "my car is on level 5": the corrected fact is stored and the wrong one goes, superseded or not. */
  const correct: IntentHandler = async ({ slots }, context) => {
    const fact = slots.fact;
    if (!fact) return { text: "What should I correct?" };
    const wrong = [...context.recent].reverse().find((t) => t.role === "assistant" && t.fact === slots.corrects)?.factId;
    try {
      const stored = await store(fact, context);
      if (wrong && wrong !== stored.id && !stored.superseded.includes(wrong)) {
        await orchestrator.post("/v1/memories/forget", { ids: [wrong] }, { signal: context.signal, idempotent: true });
      }
      return { text: `Got it, I've corrected that: ${swapPerson(stored.content)}.`, sources: [{ id: stored.id, content: stored.content }] };
    } catch (err) {
      return cannotReach("my memory", err);
    }
  };

  const recallFromSearch = async (question: string, signal: AbortSignal, warnings: string[]): Promise<Reply> => {
    let hits: SearchHit[];
    try {
      hits = (await search(question, 3, signal)).results;
    } catch (err) {
      const reply = cannotReach("my memory", err);
      return { ...reply, warnings: [...warnings, ...(reply.warnings ?? [])] };
    }
    // The hit about the subject asked of ("is my drill in the basement": the drill, not the
    // toolbox that is there) that gives what was asked ("where" -> a location) comes first, then
    // one about the subject, then one that only gives what was asked, then one that only shares words.
    const asked = askedAttribute(question);
    const about = (h: SearchHit) => isAboutSubjectOf(h.content, question);
    const answers = (h: SearchHit) => answersAttribute(h.content, asked);
    const own = hits.filter((h) => !namesAnotherThing(h.content, question));
    const top = own.find((h) => about(h) && answers(h)) ?? own.find(about) ?? own.find(answers) ?? own[0];
    const withWarnings = warnings.length > 0 ? { warnings } : {};
    if (!top) return { text: nothingKnown, ...withWarnings };
    // Worded as unified-memory-reasoning words the same fact: the user hears one answer, whichever path gave it.
    return { text: `${capitalised(swapPerson(top.content))}.`, sources: [{ id: top.id, content: top.content }], ...withWarnings };
  };

  /**
   * "what else is there" after "my car is in the garage": every other fact that puts something in the garage.
   * With no `except`, "what's in the kitchen drawer": every fact that puts something there.
   */
  const otherThingsIn = async (place: string, except: string, signal: AbortSignal): Promise<Reply> => {
    let hits: SearchHit[];
    try {
      hits = (await search(`what is ${place}`, placeCandidates, signal)).results;
    } catch (err) {
      return cannotReach("my memory", err);
    }
    const where = comparableFact(place);
    const others = hits.filter((h) => {
      const fact = factAttribute(h.content);
      return fact?.attribute.endsWith("location") && fact.subject !== comparableFact(except) && ` ${comparableFact(h.content)} `.includes(` ${where} `);
    });
    if (others.length === 0) return { text: `I don't know of anything${except ? " else" : ""} ${swapPerson(place)}.` };
    return { text: others.map((h) => `${capitalised(swapPerson(h.content.replace(/[.!?]+$/, "")))}.`).join(" "), sources: others.map((h) => ({ id: h.id, content: h.content })) };
  };

  type Kept = Array<{ id: string; content: string }>;
  /** The user's newest facts, or the reply that says memory cannot be reached. */
  const newestFacts = async (limit: number, signal: AbortSignal): Promise<Kept | Reply> => {
    try {
      return (await orchestrator.get<{ memories: Kept }>(`/v1/memories?limit=${limit}&type=${factType}`, { signal })).memories;
    } catch (err) {
      if (signal.aborted) throw err;
      return cannotReach("my memory", err);
    }
  };
  /** "You've told me that your sister lives in leeds; that ...": facts said back in the second person. */
  const toldBack = (facts: Kept): string => `You've told me that ${facts.map((f) => swapPerson(f.content.replace(/[.!?]+$/, ""))).join("; that ")}.`;

  /** "what do you know about me": the newest facts, said back; the web client lists every one. */
  const overview = async (signal: AbortSignal): Promise<Reply> => {
    const facts = await newestFacts(overviewFacts + 1, signal);
    if (!Array.isArray(facts)) return facts;
    if (facts.length === 0) return { text: "You haven't told me anything to remember yet." };
    const more = facts.length > overviewFacts ? ` That's the latest ${overviewFacts}; the web client lists them all.` : "";
    return { text: `${toldBack(facts.slice(0, overviewFacts))}${more}`, sources: facts.slice(0, overviewFacts) };
  };

  /** "what are we out of": the kept facts that tell of something run short, among the newest (a shortfall is recent news). */
  const shortfalls = async (signal: AbortSignal): Promise<Reply> => {
    const facts = await newestFacts(shortfallCandidates, signal);
    if (!Array.isArray(facts)) return facts;
    const short = facts.filter((f) => isShortfall(f.content));
    if (short.length === 0) return { text: "You haven't told me you're out of anything." };
    return { text: toldBack(short), sources: short };
  };

  /**
   * The question asked again another way when the first reading could not answer it (only then: a second read):
   * - "where did i leave the car" when "i parked on level 4 of the multi storey" was kept: a car is where it was parked,
   *   a fact that need not name it;
   * - "when is anna's birthday" when "my wife's birthday is ..." and "my wife's name is anna" were kept: under the other
   *   name a kept fact gives the person; so too when all that was found is the naming itself and the question asks
   *   after something of the named one's ("where is dr khan's surgery" found "my dentist is dr khan").
   */
  const askedAgain = async (decision: Parameters<IntentHandler>[0], context: TurnContext, answered: Reply): Promise<Reply> => {
    const question = decision.slots.question ?? decision.slots.subject;
    if (!question) return answered;
    const [naming] = answered.sources?.length === 1 ? knownNames([answered.sources[0].content]) : [];
    const ofNamed = naming !== undefined && question.toLowerCase().includes(`${naming.name}'s `);
    if (answered.text !== nothingKnown && !ofNamed) return answered;
    const again = answered.text === nothingKnown && decision.slots.question && vehicleAsked.test(question.toLowerCase()) ? "where did i park" : await askedByOtherNameKept(question, context.signal);
    if (!again) return answered;
    const other = await recallAnswer({ ...decision, slots: { ...decision.slots, ...(decision.slots.question ? { question: again } : { subject: again }) } }, context);
    return other.text === nothingKnown ? answered : other;
  };
  /** `question` under the other name the newest facts give a person it names; `undefined` for none. */
  const askedByOtherNameKept = async (question: string, signal: AbortSignal): Promise<string | undefined> => {
    const facts = await newestFacts(nameCandidates, signal);
    return Array.isArray(facts) ? askedByOtherName(question, knownNames(facts.map((f) => f.content))) : undefined;
  };

  const recall: IntentHandler = async (decision, context) => {
    const answered = await askedAgain(decision, context, await recallAnswer(decision, context));
    if (decision.slots.asks === "days_until") return withDaysUntil(answered);
    return decision.slots.asks === "age" ? withAge(answered, decision.slots.whose ?? "i") : answered;
  };

  const recallAnswer: IntentHandler = async ({ slots, target }, context) => {
    if (slots.overview === "true") return overview(context.signal);
    if (slots.shortfalls === "true") return shortfalls(context.signal);
    if (slots.place && slots.except) return otherThingsIn(slots.place, slots.except, context.signal);
    const question = slots.question ?? slots.subject ?? "";
    // "what's in the kitchen drawer": everything kept there, not the one fact nearest the question.
    const place = placeAsked.exec(question)?.[1];
    if (place) {
      const there = await otherThingsIn(place, "", context.signal);
      if (there.sources) return there;
    }
    const warnings: string[] = [];
    if (target === "unified-memory-reasoning") {
      try {
        const answer = await reasoning.post<Answer>(
          "/v1/answer",
          { question: withDigits(question), types: [factType], ...(context.sessionId ? { sessionId: context.sessionId } : {}) },
          { signal: context.signal, idempotent: true },
        );
        // It cites no memory exactly when none was relevant enough to answer.
        if (answer.memories.length === 0) return { text: nothingKnown };
        const sources: Source[] = answer.memories.map((m) => ({ id: m.id, content: m.content }));
        return { text: answer.answer, sources };
      } catch (err) {
        if (context.signal.aborted) throw err;
        warnings.push(`${(err as Error).message}; answered from memory search instead`);
      }
    }
    return recallFromSearch(question, context.signal, warnings);
  };

  const forget: IntentHandler = async ({ slots }, context) => {
    const subject = slots.subject;
    if (!subject) return { text: "What should I forget?" };
    // One misheard word must not wipe a household's memories: by voice, one thing at a time.
    if (everything.test(subject)) return { text: "I forget one thing at a time by voice: tell me what to forget, or delete memories in the web client." };
    try {
      // Only memories that share words with the subject: a merely similar one is not what was named.
      // ... and not another's thing: "forget my son's shoe size" leaves "my daughter's shoe size".
      const matching = (await search(subject, forgetCandidates, context.signal)).results.filter(
        (h) => h.matchedBy.includes("fulltext") && !namesAnotherThing(h.content, subject),
      );
      if (matching.length === 0) return { text: `I don't have anything about ${swapPerson(subject)} to forget.` };
      const { forgotten } = await orchestrator.post<{ forgotten: number }>(
        "/v1/memories/forget",
        { ids: matching.map((h) => h.id) },
        { signal: context.signal, idempotent: true },
      );
      const sources = matching.map((h) => ({ id: h.id, content: h.content }));
      if (forgotten === 1) return { text: `Okay, I've forgotten that ${swapPerson(matching[0].content)}.`, sources };
      return { text: `Okay, I've forgotten ${forgotten} things about ${swapPerson(subject)}.`, sources };
    } catch (err) {
      return cannotReach("my memory", err);
    }
  };

  return { remember, recall, forget, correct };
}

/**
 * When a thing the user told of is ("my dentist appointment" -> Friday at 3:00 PM, read as a
 * reminder's moment is): for a reminder counted back from it. `undefined` when no kept fact about
 * it names a moment, or memory cannot be reached.
 */
export function keptMoment(reasoning: PeerClient, timeZone: string, now: () => Date = () => new Date()) {
  return async (thing: string, context: TurnContext): Promise<Date | undefined> => {
    try {
      const answer = await reasoning.post<Answer>("/v1/answer", { question: withDigits(`when is ${thing}`), types: [factType] }, { signal: context.signal, idempotent: true });
      const [fact] = answer.memories;
      return fact ? reminderDue(fact.content, now(), timeZone) : undefined;
    } catch (err) {
      if (context.signal.aborted) throw err;
      return undefined;
    }
  };
}

/** How many of the newest facts are read for the ones that name a day ("what have I got on saturday"). */
const dayFactCandidates = 100;

/**
 * The kept facts that name the day of `day` ("the kids have football on saturday at 10"), each read
 * from when it was told: "on saturday" told last week was last week's. Said in the second person;
 * `undefined` when memory cannot be reached.
 */
export function keptOnDay(orchestrator: PeerClient, timeZone: string) {
  return async (day: Date, context: TurnContext): Promise<string[] | undefined> => {
    try {
      const { memories } = await orchestrator.get<{ memories: Array<{ content: string; createdAt: string }> }>(`/v1/memories?limit=${dayFactCandidates}&type=${factType}`, {
        signal: context.signal,
      });
      return memories
        .filter((m) => {
          const moment = momentIn(m.content, new Date(m.createdAt), timeZone);
          // "my dentist is now dr singh": "now" is when it became so, not a day.
          const namesDay = moment && !/^(?:right )?now$/i.test(moment.text) && (moment.start.isCertain("day") || moment.start.isCertain("weekday"));
          return namesDay && calendarDaysBetween(day, moment.start.date(), timeZone) === 0;
        })
        .map((m) => swapPerson(m.content.replace(/[.!?]+$/, "")));
    } catch (err) {
      if (context.signal.aborted) throw err;
      return undefined;
    }
  };
}
