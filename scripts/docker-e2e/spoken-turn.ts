import { clientAudioPath } from "../../agents-src/audio/protocol/client-protocol";
import { decodeWav } from "../../agents-src/audio/dsp/wav-file";
import { speak } from "../../tests/pc2/support/spoken-audio";
import { keysConversation } from "../keys-conversation";
import { SpokenTurnClient, TurnFailed } from "../spoken-turn-client";

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

/**
 * Issue 7's spoken question through the published ingress port: a statement (unless the stack
 * already holds it), then a question whose spoken reply must mention what was stated. Each turn's
 * latency is from the end of speech.
 */
export async function askSpokenQuestion(ingressHttpUrl: string, { stateFirst = true } = {}): Promise<{ turns: SpokenTurn[]; problem?: string }> {
  const url = new URL(clientAudioPath, ingressHttpUrl.replace(/^http/, "ws")).toString();
  const client = await SpokenTurnClient.connect(url);
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
