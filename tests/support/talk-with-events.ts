import { LabelledTrack, makeNoise, mixAtSnr, speechTrack } from "../../bench/speech-corpus";

/**
 * Three sentences with a beep before the first, and a slam and a beep after it, at 0 dB against
 * the events: libfvad alone segments all three events.
 */
export function talkWithEvents(): { talk: LabelledTrack; mixed: LabelledTrack } {
  const talk = speechTrack(
    [
      { text: "Play some quiet music in the living room", voice: "en-us+f3", speed: 150 },
      { text: "Who won the football match last night", voice: "en-gb+m3", speed: 170 },
      { text: "Turn the heating down by two degrees", voice: "en-us", speed: 160 },
    ],
    [1.0, 1.2, 1.2, 1.0],
  );
  const mixed = mixAtSnr(talk, makeNoise("events", talk), 0);
  if (mixed.events.length !== 3) throw new Error(`expected 3 events, placed ${mixed.events.length}`);
  return { talk, mixed };
}
