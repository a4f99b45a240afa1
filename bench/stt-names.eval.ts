/**
 * `npm run eval:stt:names [-- --voices test,tuning,held-out] [--verbose]`: is a user's name heard
 * when it is said inside a sentence? Two users with names and places in their memories (as
 * memory-orchestrator sends them to pc2, `phrases`) each get their own recogniser, built as
 * user-recognisers.ts builds it; every voice says each user's sentences. Counted per sentence, on
 * the recogniser of the user whose memories hold the names: all its names heard, and the whole
 * sentence heard word for word; and whether the other user's recogniser heard one of those names
 * (names the dictionary has, such as Imogen, can be heard by anyone). The sentences marked
 * `outside` do not have the shape of any of the domain corpus' name frames (name-frames.ts); the
 * others do, and were written before the frames were. Voices: "test" is the tests' condition
 * (espeak-ng en-us+f2 and en-gb+f3 at 130 wpm, raw audio straight to the recogniser), "tuning" and
 * "held-out" are `eval:stt`'s voices (clean, 145 wpm for espeak-ng, through the audio
 * preprocessor as the stack hears it).
 */
import pino from "pino";
import { preprocessRecording } from "../agents-src/audio/dsp/preprocessor";
import { catalog } from "../agents-src/kit/catalog";
import { modelServerConfig } from "../agents-src/pc2/model-server/config";
import { loadSpeechToTextEngine } from "../agents-src/pc2/model-server/engine-selection";
import { recogniserWords } from "../agents-src/pc2/model-server/recogniser-words";
import { speechSampleRate, SpeechToTextEngine } from "../agents-src/pc2/model-server/speech-to-text";
import { speak } from "../tests/pc2/support/spoken-audio";
import { spokenAudio, EvalVoice, voices as evalVoices } from "./stt-speech-set";

const logger = pino({ level: "silent" });

interface NameSentence {
  text: string;
  /** Not the shape of any name frame. */
  outside?: boolean;
}

interface ProbeUser {
  id: string;
  phrases: string[];
  sentences: NameSentence[];
}

const probeUsers: readonly ProbeUser[] = [
  {
    id: "ann",
    phrases: ["Aoife", "Zhytomyr", "Siobhan", "Tesco", "Okonkwo"],
    sentences: [
      { text: "where does aoife live" },
      { text: "remember that aoife is my niece" },
      { text: "remind me to call aoife" },
      { text: "what do you know about aoife" },
      { text: "when is aoife's birthday" },
      { text: "siobhan works at tesco" },
      { text: "who is siobhan" },
      { text: "my doctor is called okonkwo" },
      { text: "forget about siobhan" },
      { text: "i am meeting aoife in zhytomyr tomorrow", outside: true },
      { text: "aoife likes green tea", outside: true },
      { text: "did siobhan call today", outside: true },
    ],
  },
  {
    id: "bob",
    phrases: ["Niamh", "Galway", "Imogen", "Rotterdam"],
    sentences: [
      { text: "niamh lives in galway" },
      { text: "where does imogen live" },
      { text: "remember that niamh is my sister" },
      { text: "tell me about imogen" },
      { text: "what is niamh's phone number" },
      { text: "imogen is coming to rotterdam next week", outside: true },
      { text: "can you remind me to text niamh", outside: true },
      { text: "is niamh at home", outside: true },
    ],
  },
];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function preprocessed(audio: Float32Array): Float32Array {
  const pcm = Int16Array.from(audio, (x) => Math.round(x * 32767));
  return Float32Array.from(preprocessRecording(pcm, speechSampleRate, 1), (x) => x / 32768);
}

/** The tests' condition: espeak-ng at 130 wpm, raw 16-bit audio straight to pc2. */
async function testAudio(voice: string, text: string): Promise<Float32Array> {
  const raw = await speak(text, { format: "raw", voice, wordsPerMinute: 130 });
  const pcm = new Int16Array(raw.buffer, raw.byteOffset, raw.length / 2);
  return Float32Array.from(pcm, (x) => x / 32768);
}

/** A user's name words: the words of their phrases, and those words with 's. */
function nameWords(user: ProbeUser): Set<string> {
  const words = user.phrases.flatMap(recogniserWords);
  return new Set([...words, ...words.map((w) => `${w}'s`)]);
}

async function main(): Promise<void> {
  const env = { SERVICE_NAME: "eval-stt-names", HTTP_PORT: String(catalog.pc2.ports.http), ...process.env };
  const config = modelServerConfig.parse(env);
  const parts = (option("voices") ?? "test,tuning,held-out").split(",");
  const which = (part: string) => parts.includes(part);
  type Speaker = { name: string; audio: (text: string) => Promise<Float32Array> };
  const speakers: Speaker[] = [];
  if (which("test")) {
    for (const voice of ["en-us+f2", "en-gb+f3"]) speakers.push({ name: `${voice} 130 wpm raw (test)`, audio: (text) => testAudio(voice, text) });
  }
  const clean = { speed: "normal", noise: "clean" } as const;
  const fromSet = (split: "tuning" | "held-out") =>
    evalVoices[split].map((voice: EvalVoice) => ({ name: `${split} ${voice.name}`, audio: async (text: string) => preprocessed(await spokenAudio(voice, text, clean, 0)) }));
  if (which("tuning")) speakers.push(...fromSet("tuning"));
  if (which("held-out")) speakers.push(...fromSet("held-out"));

  const engines = new Map<string, SpeechToTextEngine>();
  for (const user of probeUsers) {
    const started = performance.now();
    engines.set(user.id, await loadSpeechToTextEngine(config, logger, { phrases: user.phrases, words: [] }));
    console.log(`${user.id}: recogniser built in ${((performance.now() - started) / 1000).toFixed(2)} s, ${engines.get(user.id)!.info.languageModel ?? ""}`);
  }
  type Tally = { clips: number; name: number; exact: number; falseName: number };
  const tally = () => ({ clips: 0, name: 0, exact: 0, falseName: 0 });
  const bySpeaker = new Map<string, { inside: Tally; outside: Tally }>();
  const lines: string[] = [];
  for (const speaker of speakers) {
    const counts = { inside: tally(), outside: tally() };
    bySpeaker.set(speaker.name, counts);
    for (const user of probeUsers) {
      const other = probeUsers.find((u) => u !== user)!;
      const names = nameWords(user);
      for (const sentence of user.sentences) {
        const audio = await speaker.audio(sentence.text);
        const own = recogniserWords((await engines.get(user.id)!.transcribe(audio)).text);
        const theirs = recogniserWords((await engines.get(other.id)!.transcribe(audio)).text);
        const expectedNames = recogniserWords(sentence.text).filter((w) => names.has(w));
        const heardNames = expectedNames.every((w) => own.includes(w));
        const exact = own.join(" ") === recogniserWords(sentence.text).join(" ");
        const falseName = theirs.some((w) => names.has(w));
        const t = sentence.outside ? counts.outside : counts.inside;
        t.clips += 1;
        t.name += heardNames ? 1 : 0;
        t.exact += exact ? 1 : 0;
        t.falseName += falseName ? 1 : 0;
        lines.push(`${speaker.name}: ${exact ? "=" : heardNames ? "~" : "x"} "${sentence.text}" -> "${own.join(" ")}"${falseName ? ` (other user: "${theirs.join(" ")}")` : ""}`);
      }
    }
    const fmt = (t: Tally) => `${t.name}/${t.clips} names, ${t.exact}/${t.clips} exact`;
    console.log(`${speaker.name}: framed ${fmt(counts.inside)}; outside ${fmt(counts.outside)}; names heard by the other user ${counts.inside.falseName + counts.outside.falseName}`);
  }
  const total = (pick: (name: string) => boolean) => {
    const sum = { inside: tally(), outside: tally() };
    for (const [name, c] of bySpeaker) {
      if (!pick(name)) continue;
      for (const part of ["inside", "outside"] as const) for (const k of Object.keys(sum[part]) as Array<keyof Tally>) sum[part][k] += c[part][k];
    }
    return sum;
  };
  for (const [label, pick] of [
    ["test condition", (n: string) => n.endsWith("(test)")],
    ["tuning voices", (n: string) => n.startsWith("tuning ")],
    ["held-out voices", (n: string) => n.startsWith("held-out ")],
  ] as const) {
    const s = total(pick);
    if (s.inside.clips + s.outside.clips === 0) continue;
    console.log(
      `${label}: names heard framed ${s.inside.name}/${s.inside.clips}, outside ${s.outside.name}/${s.outside.clips}; word for word framed ${s.inside.exact}/${s.inside.clips}, outside ${s.outside.exact}/${s.outside.clips}; the other user's recogniser heard a name in ${s.inside.falseName + s.outside.falseName}/${s.inside.clips + s.outside.clips}`,
    );
  }
  if (process.argv.includes("--verbose")) for (const line of lines) console.log(line);
  for (const engine of engines.values()) await engine.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
