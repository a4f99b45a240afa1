import { setTimeout as sleep } from "node:timers/promises";
import { clientAudioPath } from "../../agents-src/audio/protocol/client-protocol";
import { decodeWav } from "../../agents-src/audio/dsp/wav-file";
import { speak } from "../../tests/pc2/support/spoken-audio";
import { keysConversation } from "../keys-conversation";
import { SpokenTurnClient, TurnFailed } from "../spoken-turn-client";
import { say } from "./stack-steps";

const turnTimeoutMs = 60_000;

export interface SpokenTurn {
  said: string;
  transcript?: string;
  reply?: string;
  /** From the last speech sample sent to the `reply` event. */
  replyLatencyMs?: number;
  /** From the last speech sample sent to the first byte of spoken reply audio. */
  firstAudioLatencyMs?: number;
  replyAudioBytes: number;
  /** What went wrong, in words; undefined when the turn got a reply and spoken reply audio. */
  problem?: string;
}

async function turn(client: SpokenTurnClient, line: { text: string; voice: string; wordsPerMinute: number }): Promise<SpokenTurn> {
  const recording = decodeWav(await speak(line.text, { voice: line.voice, wordsPerMinute: line.wordsPerMinute }));
  try {
    const spoken = await client.say(recording, { realTime: true, timeoutMs: turnTimeoutMs });
    return {
      said: line.text,
      transcript: spoken.transcript,
      reply: spoken.reply.text,
      replyLatencyMs: spoken.at.reply - spoken.at.speechEnd,
      firstAudioLatencyMs: spoken.at.firstAudio - spoken.at.speechEnd,
      replyAudioBytes: spoken.replyAudio.pcm.length,
      problem: spoken.replyAudio.pcm.length === 0 ? "the reply was not spoken (no PCM between audio-start and audio-stop)" : undefined,
    };
  } catch (err) {
    if (!(err instanceof TurnFailed)) throw err;
    return { said: line.text, replyAudioBytes: 0, problem: err.message };
  }
}

const clientAudioUrl = (ingressHttpUrl: string) => new URL(clientAudioPath, ingressHttpUrl.replace(/^http/, "ws")).toString();

/** How long a client turned away as busy waits before it connects again, and for how long it keeps trying. */
const busyRetryMs = 2000;
const busyGiveUpMs = 90_000;

/**
 * The preprocessor turns new clients away (1013 server_busy) while its event loop is busier than
 * MAX_LOOP_UTILIZATION, as it should; on a machine shared with other jobs that happens (step 6 of a
 * run under a load average of 23 was refused at 94%). A device connects again once it lets clients
 * in again, and so does the run; any other failure, or being turned away for 90 s, is one.
 */
async function connectWhenLetIn(ingressHttpUrl: string): Promise<SpokenTurnClient> {
  const deadline = Date.now() + busyGiveUpMs;
  for (;;) {
    try {
      return await SpokenTurnClient.connect(clientAudioUrl(ingressHttpUrl));
    } catch (err) {
      if (!(err instanceof TurnFailed) || !err.message.includes('"server_busy"') || Date.now() > deadline) throw err;
      say(`  the preprocessor turned the client away as busy; connecting again in ${busyRetryMs / 1000} s`);
      await sleep(busyRetryMs);
    }
  }
}

/** One line said through the published ingress port, in its own connection. */
export async function sayLine(ingressHttpUrl: string, line: { text: string; voice: string; wordsPerMinute: number }): Promise<SpokenTurn> {
  const client = await connectWhenLetIn(ingressHttpUrl);
  try {
    return await turn(client, line);
  } finally {
    client.close();
  }
}

/**
 * Issue 7's spoken question through the published ingress port: a statement (unless the stack
 * already holds it), then a question whose spoken reply must mention what was stated. Each turn's
 * latency is from the end of speech.
 */
export async function askSpokenQuestion(ingressHttpUrl: string, { stateFirst = true } = {}): Promise<{ turns: SpokenTurn[]; problem?: string }> {
  const client = await connectWhenLetIn(ingressHttpUrl);
  try {
    const turns: SpokenTurn[] = [];
    if (stateFirst) turns.push(await turn(client, keysConversation.statement));
    turns.push(await turn(client, keysConversation.question));
    const failed = turns.find((t) => t.problem !== undefined);
    if (failed) return { turns, problem: `"${failed.said}": ${failed.problem}` };
    const answer = turns.at(-1)?.reply ?? "";
    if (answer !== keysConversation.expectedReply)
      return { turns, problem: `the reply to "${keysConversation.question.text}" was "${answer}", not "${keysConversation.expectedReply}"` };
    return { turns };
  } finally {
    client.close();
  }
}
