import { agendaOfAnotherDay, agendaRequest } from "../../agents-src/core/task-router/agenda-requests";
import type { RecentTurn } from "../../agents-src/core/task-router/conversation-context";

// The lead's own use: "what's happening on saturday" after "the kids have football on saturday at 10" was a
// recall that found nothing, and "what's on my calendar" said "I don't know".
describe("agendaRequest", () => {
  it.each([
    ["what have i got on tomorrow", "tomorrow"],
    ["what's happening on saturday", "on saturday"],
    ["anything on friday?", "friday"],
    ["what's on my calendar", "today"],
    ["what's on the agenda", "today"],
    ["what do we have planned for the 14th", "the 14th"],
    ["am i free on thursday", "thursday"],
    ["what's my day like tomorrow", "tomorrow"],
    ["is there anything on this sunday", "this sunday"],
    ["What do I have on December 12?", "december 12"],
    ["what's on my schedule for monday", "monday"],
    // Round 26: fresh-24's "What I have on Sunday?" and "what've I got on Wednesday", the round's own "what I have on
    // Tuesday?" ("did" and a thing done are no agenda, below).
    ["What I have on Sunday?", "sunday"],
    ["what've I got on Wednesday", "wednesday"],
    ["what we got on saturday", "saturday"],
    // Round 27: fresh-25's "what have I got on the morn" (Scotland's "tomorrow"), the round's own "what's on the morn".
    ["what have I got on the morn", "tomorrow"],
    ["what's on the morn", "tomorrow"],
    ["anything on the morra", "tomorrow"],
  ])("%j asks for the day %j", (text, day) => {
    expect(agendaRequest(text)).toEqual({ intent: "reminder", slots: { action: "agenda", day } });
  });

  // Several days (the lead's own use: "what have i got this week" was not understood).
  it.each([
    ["what have i got this week", "this week"],
    ["what have i got on this weekend", "this weekend"],
    ["anything on at the weekend", "the weekend"],
    ["what's on next week", "next week"],
    ["what do we have this weekend", "this weekend"],
    ["what do we have planned for next weekend", "next weekend"],
  ])("%j asks the agenda of %j", (text, span) => {
    expect(agendaRequest(text)).toEqual({ intent: "reminder", slots: { action: "agenda", span } });
  });

  it.each([
    "what's on the telly",
    "what's on at the cinema this weekend",
    "what have i got in my pocket",
    "what do i have to do this week",
    "what is happening in the news today",
    "what's on tv tonight",
    "saturday is my day off",
    "what have i got on my shopping list",
    "what's the plan",
    "what's on at the cinema on friday",
    "what's the day today",
    "what is the date tomorrow",
    "what i did on sunday",
    "what i bought on saturday",
  ])("%j is no day's agenda", (text) => {
    expect(agendaRequest(text)).toBeNull();
  });

  // Round 27: fresh-25's "And what about Sunday?" after Saturday's agenda, the round's own "and what about Friday?", and
  // invented ones; after any other turn, or about something else than a day, none is an agenda.
  const agendaGiven: RecentTurn[] = [
    { role: "user", content: "What have I got on Saturday?" },
    { role: "assistant", content: "On Saturday you have a reminder: take the cake to the bowls club at 10:00 AM.", intent: "reminder" },
  ];
  const reminderSet: RecentTurn[] = [
    { role: "user", content: "remind me to call mum on saturday" },
    { role: "assistant", content: "Okay, I'll remind you to call mum on Saturday at 9:00 AM.", intent: "reminder" },
  ];
  it.each([
    ["what about Sunday?", agendaGiven, "sunday"],
    ["how about friday", agendaGiven, "friday"],
    ["tomorrow?", agendaGiven, "tomorrow"],
    ["what about the morn", agendaGiven, "tomorrow"],
    ["what about Sunday?", reminderSet, null],
    ["what about Sunday?", [], null],
    ["what about the car", agendaGiven, null],
  ])("%j after %j asks for the day %j", (text, recent, day) => {
    expect(agendaOfAnotherDay(text, recent)).toEqual(day === null ? null : { intent: "reminder", slots: { action: "agenda", day } });
  });
});
