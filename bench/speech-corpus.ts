/**
 * Labelled speech made at run time: espeak-ng speaks known sentences, sox converts them and
 * synthesises the noises, and the speech intervals are known to the sample because each sentence
 * is placed by us. Shared by the VAD evaluation and the audio integration tests.
 */
import { execFileSync } from "node:child_process";

export const corpusSampleRate = 16000;

export interface Interval {
  /** Sample positions at 16 kHz, end exclusive. */
  start: number;
  end: number;
}

export interface Utterance {
  text: string;
  voice: string;
  /** Words per minute. */
  speed: number;
}

export interface LabelledTrack {
  samples: Float32Array;
  speech: Interval[];
  /** Non-speech events (beeps, bursts) placed in the pauses; empty for other conditions. */
  events: Interval[];
}

/**
 * One labelled test set: who says what and how fast, the pauses between sentences, the crowd
 * behind them and the non-speech events placed in the pauses.
 */
export interface CorpusSet {
  name: string;
  sentences: readonly string[];
  voices: readonly string[];
  /** Words per minute. */
  speeds: readonly number[];
  /** Talkers that never appear as the target: the babble. */
  babbleSentences: readonly string[];
  /** sox synth effects for a beep and for a door-like burst, placed alternately in the pauses. */
  events: { beep: readonly string[]; burst: readonly string[] };
  /** Seconds of silence before sentence `i` (1 and up; the first and the last pause are 1 s). */
  pauseSeconds(i: number): number;
}

/** The set every threshold and timing in the segmenter was tuned on (`npm run eval:vad`). */
export const tuningSet: CorpusSet = {
  name: "tuning",
  sentences: [
    "Turn on the lights in the kitchen",
    "What is the weather going to be like tomorrow morning",
    "Remind me to call my sister at six tonight",
    "Play some quiet music in the living room",
    "How long does it take to drive to the airport",
    "Set a timer for twenty minutes",
    "Add eggs and milk to the shopping list",
    "Who won the football match last night",
    "Read me the latest news about the local elections",
    "Lock the front door and close the garage",
    "What time is my first meeting on Monday",
    "Tell me a short story about a brave little fox",
    "Turn the heating down by two degrees",
    "Where did I park the car this afternoon",
    "Send a message to the team saying I will be late",
    "How many kilometres are there in a mile",
    "Cancel the alarm for tomorrow",
    "Which restaurants nearby are still open",
    "Start the washing machine on the quick program",
    "Translate good morning into Spanish and French",
  ],
  voices: ["en-us", "en-us+f3", "en-gb+m3", "en-gb-scotland+f2", "en-029+m5", "en-gb-x-rp+f4"],
  speeds: [135, 160, 185],
  babbleSentences: [
    "The committee will publish its findings after the summer break",
    "Fresh bread arrives at the bakery before dawn every day",
    "Our train was delayed because of a signal failure outside the city",
    "She painted the fence blue and then changed her mind entirely",
    "Several birds were nesting under the old railway bridge",
    "The museum opens a new exhibition about ancient maps next week",
    "He forgot his umbrella on the bus again this morning",
    "A long queue formed outside the theatre before the premiere",
  ],
  events: {
    beep: ["synth", "0.3", "sine", "880", "sine", "1320", "remix", "-", "fade", "0.01", "0.3", "0.02"],
    burst: ["synth", "0.45", "brownnoise", "lowpass", "500", "fade", "p", "0.003", "0.45", "0.4", "gain", "-n", "-3"],
  },
  // Spread evenly over 0.5-2.5 s in a scrambled order (golden-ratio steps).
  pauseSeconds: (i) => 0.5 + 2 * ((i * 0.6180339887) % 1),
};

/**
 * A set nothing was tuned on: other sentences, speeds, pauses, crowd and events, and other voices
 * (three are other variants of language voices the tuning set uses). Its figures say how far the
 * tuning carries to speech it never saw.
 */
export const heldOutSet: CorpusSet = {
  name: "held-out",
  sentences: [
    "Switch off the bedroom lamp",
    "Will it rain in Edinburgh on Saturday",
    "Book a table for four at eight o'clock",
    "Show me the photos from last summer",
    "Hey, what song is this",
    "Order more coffee filters",
    "Call the dentist and move my appointment to Friday",
    "Is the post office open on Sundays",
    "Dim the lights in the hallway to half",
    "Find a recipe for vegetable soup",
    "Turn up the volume a little",
    "Check whether my parcel has been delivered",
    "Pause the film and turn on the subtitles",
    "Give me directions to the nearest pharmacy",
    "Skip this track",
    "Remember that the plumber comes on Thursday",
    "Open the blinds in the study",
    "Spell the word necessary",
    "Count down from ten",
    "Set a reminder for Anna's birthday party next weekend",
  ],
  voices: ["en-gb-x-gbclan+m2", "en-us-nyc+f5", "en-gb-x-gbcwmd+m7", "en-gb+f1", "en-us+m4", "en-029+f4"],
  speeds: [145, 175, 205],
  babbleSentences: [
    "The harbour was busy with fishing boats long before sunrise",
    "Nobody expected the library to stay open so late on a holiday",
    "My neighbour grows tomatoes and peppers in a tiny greenhouse",
    "The lecture about volcanoes ran twenty minutes over time",
    "They moved the market to the square behind the town hall",
    "A cold wind blew across the hills all through the night",
    "The children built a raft and floated it down the stream",
    "Tickets for the concert sold out within an hour",
  ],
  events: {
    beep: ["synth", "0.25", "sine", "1000", "sine", "2000", "remix", "-", "fade", "0.01", "0.25", "0.02"],
    burst: ["synth", "0.5", "brownnoise", "lowpass", "400", "fade", "p", "0.002", "0.5", "0.45", "gain", "-n", "-3"],
  },
  // Spread over 0.4-2.6 s by a different scramble (plastic-number steps).
  pauseSeconds: (i) => 0.4 + 2.2 * ((i * 0.7548776662) % 1),
};

export const corpusSets: readonly CorpusSet[] = [tuningSet, heldOutSet];

/** The set's sentences, each with its voice and speed, as one track with the set's pauses. */
export function setTrack(set: CorpusSet): LabelledTrack {
  const utterances = set.sentences.map((text, i) => ({ text, voice: set.voices[i % set.voices.length], speed: set.speeds[(i * 7) % set.speeds.length] }));
  return speechTrack(utterances, [1.0, ...utterances.slice(1).map((_, i) => set.pauseSeconds(i + 1)), 1.0]);
}

/** Samples quieter than this (-54 dBFS) before the first and after the last loud one are not speech. */
const silenceFloor = 0.002;

/** Runs sox with 16 kHz mono 16-bit raw output on stdout; `effects` follow the output (synth, fade, ...). */
function sox(input: readonly string[], effects: readonly string[] = [], stdin?: Buffer): Float32Array {
  const output = ["-t", "raw", "-r", String(corpusSampleRate), "-e", "signed", "-b", "16", "-c", "1", "-"];
  // -R seeds sox's noise generators the same way every run, so evaluations are repeatable.
  const raw = execFileSync("sox", ["-R", ...input, ...output, ...effects], { input: stdin, maxBuffer: 256 * 1024 * 1024 });
  const out = new Float32Array(raw.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = raw.readInt16LE(i * 2) / 32768;
  return out;
}

const synth = (seconds: number, ...spec: string[]): Float32Array => sox(["-n"], ["synth", seconds.toFixed(4), ...spec]);

/** One sentence, trimmed to its audible extent so its start and end are exact. */
export function speak(utterance: Utterance): Float32Array {
  const wav = execFileSync("espeak-ng", ["-v", utterance.voice, "-s", String(utterance.speed), "--stdout", utterance.text]);
  const samples = sox(["-t", "wav", "-"], [], wav);
  let first = 0;
  while (first < samples.length && Math.abs(samples[first]) < silenceFloor) first++;
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last]) < silenceFloor) last--;
  return samples.slice(first, last + 1);
}

/** Places utterances one after another with the given pauses (seconds) before each and after the last. */
export function speechTrack(utterances: readonly Utterance[], pausesSeconds: readonly number[]): LabelledTrack {
  if (pausesSeconds.length !== utterances.length + 1) throw new Error("need one pause before each utterance and one after the last");
  const spoken = utterances.map(speak);
  const pauses = pausesSeconds.map((s) => Math.round(s * corpusSampleRate));
  const samples = new Float32Array(spoken.reduce((n, s) => n + s.length, 0) + pauses.reduce((n, p) => n + p, 0));
  const speech: Interval[] = [];
  let at = 0;
  spoken.forEach((s, i) => {
    at += pauses[i];
    samples.set(s, at);
    speech.push({ start: at, end: at + s.length });
    at += s.length;
  });
  return { samples, speech, events: [] };
}

export type NoiseKind = "white" | "pink" | "brown" | "babble" | "events";
export const noiseKinds: readonly NoiseKind[] = ["white", "pink", "brown", "babble", "events"];

const power = (x: Float32Array, from = 0, to = x.length): number => {
  let sum = 0;
  for (let i = from; i < to; i++) sum += x[i] * x[i];
  return sum / Math.max(1, to - from);
};

const speechPower = (track: LabelledTrack): number => {
  let sum = 0;
  let n = 0;
  for (const s of track.speech) {
    sum += power(track.samples, s.start, s.end) * (s.end - s.start);
    n += s.end - s.start;
  }
  return sum / n;
};

/**
 * A crowd: 24 talkers at once, each a shuffled sequence of other sentences from a pool of voices,
 * starting at different points so their pauses never line up (a few talkers would still be
 * followable speech, which a VAD rightly reports).
 */
function babble(length: number, set: CorpusSet): Float32Array {
  const pool = set.babbleSentences.flatMap((text, i) => set.voices.map((voice, v) => speak({ text, voice, speed: set.speeds[(i + v) % set.speeds.length] })));
  const out = new Float32Array(length);
  for (let talker = 0; talker < 24; talker++) {
    let at = -Math.floor(((talker * 7919) % 97) * corpusSampleRate * 0.05);
    for (let k = 0; at < length; k++) {
      const s = pool[(talker * 13 + k * 29) % pool.length];
      for (let i = 0; i < s.length; i++) if (at + i >= 0 && at + i < length) out[at + i] += s[i];
      at += s.length;
    }
  }
  return out;
}


export interface NoiseTrack {
  samples: Float32Array;
  /** For `events`: where each event is; the SNR is then measured against the events alone. */
  events: Interval[];
}

/** Noise as long as `track`; events go in the middle of the pauses long enough to hold them. */
export function makeNoise(kind: NoiseKind, track: LabelledTrack, set: CorpusSet = tuningSet): NoiseTrack {
  const n = track.samples.length;
  if (kind === "babble") return { samples: babble(n, set), events: [] };
  if (kind !== "events") return { samples: synth(n / corpusSampleRate, `${kind}noise`), events: [] };
  const samples = new Float32Array(n);
  const events: Interval[] = [];
  // A two-tone beep and a door-like slam (a low rumble with a sharp attack and a fast decay).
  const [beep, burst] = [set.events.beep, set.events.burst].map((effects) => sox(["-n"], effects));
  track.speech.forEach((s, i) => {
    const pauseStart = i === 0 ? 0 : track.speech[i - 1].end;
    const event = i % 2 === 0 ? beep : burst;
    const room = s.start - pauseStart - event.length;
    if (room < corpusSampleRate * 0.4) return;
    const at = pauseStart + Math.floor(room / 2);
    const gain = 1 / Math.sqrt(power(event));
    for (let j = 0; j < event.length; j++) samples[at + j] = event[j] * gain;
    events.push({ start: at, end: at + event.length });
  });
  // A pink floor 20 dB under the events keeps pauses from being digital silence, which no microphone delivers.
  const floor = synth(n / corpusSampleRate, "pinknoise");
  const floorGain = 0.1 / Math.sqrt(power(floor));
  for (let i = 0; i < n; i++) samples[i] += floor[i] * floorGain;
  return { samples, events };
}

/**
 * Mixes speech and noise at `snrDb`: speech power over the speech intervals against noise power
 * over the whole track (or over the events), then scales the mix so it does not clip.
 */
export function mixAtSnr(track: LabelledTrack, noise: NoiseTrack, snrDb: number): LabelledTrack {
  const n = track.samples.length;
  let noisePower = power(noise.samples);
  if (noise.events.length) {
    const total = noise.events.reduce((sum, e) => sum + power(noise.samples, e.start, e.end) * (e.end - e.start), 0);
    noisePower = total / noise.events.reduce((sum, e) => sum + e.end - e.start, 0);
  }
  const gain = Math.sqrt(speechPower(track) / 10 ** (snrDb / 10) / noisePower);
  const mixed = new Float32Array(n);
  let peak = 0;
  for (let i = 0; i < n; i++) {
    mixed[i] = track.samples[i] + noise.samples[i] * gain;
    peak = Math.max(peak, Math.abs(mixed[i]));
  }
  const scale = peak > 0.89 ? 0.89 / peak : 1;
  for (let i = 0; i < n; i++) mixed[i] *= scale;
  return { samples: mixed, speech: track.speech, events: noise.events };
}
