/**
 * `npm run talk -- FILE.wav [--out reply.wav] [--fast]`: speaks a WAV to the running stack's
 * fused-audio-preprocessor (FUSED_AUDIO_PREPROCESSOR_URL, or the catalog's port on loopback) at the
 * pace of speech, or as fast as it is taken with --fast; prints the transcript and the reply, and
 * writes the spoken reply to --out.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { bytesToInt16 } from "../agents-src/audio/dsp/pcm";
import { decodeWav, writeWav } from "../agents-src/audio/dsp/wav-file";
import { clientAudioPath } from "../agents-src/audio/protocol/client-protocol";
import { httpUrl, peerUrlEnvName } from "../agents-src/kit/catalog";
import { SpokenTurnClient, TurnFailed } from "./spoken-turn-client";

const usage = "usage: npm run talk -- FILE.wav [--out reply.wav] [--fast]";

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    return 2;
  }
  const [file] = args.positionals;
  if (!file || args.positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  let recording: ReturnType<typeof decodeWav>;
  try {
    recording = decodeWav(readFileSync(file));
  } catch (err) {
    console.error(`cannot read ${file} as a WAV: ${(err as Error).message}`);
    return 2;
  }

  const base = process.env[peerUrlEnvName("fused-audio-preprocessor")] ?? httpUrl("fused-audio-preprocessor", "127.0.0.1");
  const url = `${base.replace(/^http/, "ws")}${clientAudioPath}`;
  let client: SpokenTurnClient | undefined;
  try {
    client = await SpokenTurnClient.connect(url);
    const turn = await client.say(recording, { realTime: !args.values.fast, timeoutMs: 30_000 });
    console.log(`you said: ${turn.transcript}`);
    console.log(`reply:    ${turn.reply.text}`);
    const { rate, channels, pcm } = turn.replyAudio;
    const seconds = pcm.length / (2 * channels * rate);
    const latency = Math.round(turn.at.firstAudio - turn.at.speechEnd);
    console.error(`intent: ${turn.reply.intent}; spoken reply: ${seconds.toFixed(2)} s; first reply audio ${latency} ms after the end of speech`);
    if (args.values.out) {
      writeWav(args.values.out, { sampleRate: rate, channels, samples: bytesToInt16(pcm) });
      console.error(`spoken reply written to ${args.values.out}`);
    }
    return 0;
  } catch (err) {
    console.error(err instanceof TurnFailed ? err.message : `talk failed: ${(err as Error).message}`);
    return 1;
  } finally {
    client?.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, options: { out: { type: "string" }, fast: { type: "boolean", default: false } } });
}

void main(process.argv.slice(2)).then((code) => process.exit(code));
