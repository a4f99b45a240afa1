// "we're out of milk", "we've run out of coffee", "i'm low on printer ink", "we need more bin bags": what the household
// has run short of. The router keeps such a statement as a fact (the assistant has no shopping list of its own), and
// the coordinator finds the kept ones again for "what are we out of".
const runShort =
  /^(?:(?:we|i)(?:'re| are|'m| am) (?:all |nearly |almost |completely |totally |getting )?(?:out of|low on|short of|short on|running (?:low on|out of))|(?:we|i)(?:'ve| have)? (?:just |now )?(?:run|ran) out of|(?:we|i) need (?:more|some more|new|a new|some|another)) (?!(?:time|ideas|patience|luck|help|energy|space)\b)\S/;

/** Whether `statement`, as said or as kept ("We're out of milk."), tells of something run short. */
export const isShortfall = (statement: string): boolean => runShort.test(statement.toLowerCase().replace(/\u2019/g, "'").trim());
