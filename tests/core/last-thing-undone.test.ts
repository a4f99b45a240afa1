import { lastThingUndone } from "../../agents-src/core/task-router/last-thing-undone";
import type { RecentTurn } from "../../agents-src/core/task-router/conversation-context";

// The lead's own use: "scratch that" and "delete that" right after a fact was kept were not understood, and
// "forget that" after "no wait, level 4" (a fact with no subject to search for) found nothing to forget.
const kept = (intent: string, fact: string): RecentTurn[] => [
  { role: "user", content: "i'm parked on level 3" },
  { role: "assistant", content: `Okay, I'll remember that ${fact}.`, intent, fact },
];
const timerSet: RecentTurn[] = [
  { role: "user", content: "set a timer for 7 minutes" },
  { role: "assistant", content: "Okay, your timer is set for 7 minutes, starting now.", intent: "timer" },
];
const reminderSet: RecentTurn[] = [
  { role: "user", content: "remind me to call gran at 8 pm" },
  { role: "assistant", content: "Okay, I'll remind you to call gran at 8:00 PM.", intent: "reminder" },
];
const answered: RecentTurn[] = [
  { role: "user", content: "what time is it" },
  { role: "assistant", content: "It's 6:24 PM.", intent: "time" },
];

describe("lastThingUndone", () => {
  it.each(["scratch that", "Scratch that.", "oh, delete that", "undo that please", "no wait, forget that", "take that back", "cancel that", "strike what i just said"])(
    "%j after a fact was kept forgets that fact",
    (said) => {
      expect(lastThingUndone(said, kept("remember", "i'm parked on level 3"))).toEqual({ intent: "forget", slots: { subject: "i'm parked on level 3" } });
    },
  );

  // Round 24: fresh-22's "actually delete that" (the wrappers leave "delete that"), the round's own "erase it", "remove
  // that please"; a fact read back is one too.
  it.each(["delete that", "erase it", "remove that please", "get rid of that as well"])("%j after a fact was kept or read back forgets it", (said) => {
    const fact = "my PIN for the school portal is 7302";
    expect(lastThingUndone(said, kept("remember", fact))).toEqual({ intent: "forget", slots: { subject: fact } });
    expect(lastThingUndone(said, kept("recall", fact))).toEqual({ intent: "forget", slots: { subject: fact } });
  });

  it("after a correction forgets the corrected fact", () => {
    expect(lastThingUndone("scratch that", kept("correct", "i'm parked on level 4"))).toEqual({ intent: "forget", slots: { subject: "i'm parked on level 4" } });
  });

  it.each(["scratch that", "cancel it", "undo that"])("%j after a timer was set cancels it", (said) => {
    expect(lastThingUndone(said, timerSet)).toMatchObject({ intent: "timer", slots: { action: "cancel" } });
  });

  it.each(["scratch that", "delete that"])("%j after a reminder was set cancels it", (said) => {
    expect(lastThingUndone(said, reminderSet)).toEqual({ intent: "reminder", slots: { action: "cancel", last: "true" } });
  });

  it.each([
    ["scratch that", answered],
    ["scratch that", []],
    ["delete that photo", kept("remember", "my bike is blue")],
    ["delete the photos", kept("remember", "my bike is blue")],
    ["forget that my car is on level 3", kept("remember", "my bike is blue")],
    ["scratch the paint", kept("remember", "my bike is blue")],
  ] as Array<[string, RecentTurn[]]>)("%j undoes nothing here", (said, recent) => {
    expect(lastThingUndone(said, recent)).toBeNull();
  });
});
