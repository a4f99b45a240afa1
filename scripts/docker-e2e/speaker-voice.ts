/**
 * Step 7's enrolled voice: the device's user teaches the stack the voice the spoken conversation is
 * said in, through the coordinator's published port as the web client's "Teach it my voice" does,
 * so that the backup holds a speaker model and the restore has one to put back.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { enrolmentSentences } from "../../agents-src/core/coordinator/enrolment-sentences";
import { speak } from "../../tests/pc2/support/spoken-audio";
import { keysConversation } from "../keys-conversation";
import { SpeakerEnrolmentClient, type SpeakerEnrolmentOutcome, type SpeakerEnrolmentState } from "../speaker-enrolment-client";

/**
 * Adapting takes 2-3 s of a core and building the user's recogniser about 1 s, but the 20 clips go
 * through the preprocessor first, and this machine is shared with other jobs.
 */
const enrolmentTimeoutMs = 300_000;

function enrolmentClient(coordinatorUrl: string): SpeakerEnrolmentClient {
  const token = process.env.VOICE_DEVICE_TOKEN;
  if (token === undefined) throw new Error("VOICE_DEVICE_TOKEN names no device");
  return new SpeakerEnrolmentClient(coordinatorUrl, token, enrolmentTimeoutMs);
}

/**
 * The 20 enrolment sentences in the voice (and pace) of the keys conversation, 16 kHz mono WAV as
 * the web client sends: the voice whose statement is heard again after the restore.
 */
async function enrolmentClips(): Promise<Array<{ text: string; audio: string }>> {
  const { voice, wordsPerMinute } = keysConversation.statement;
  return Promise.all(enrolmentSentences.map(async (text) => ({ text, audio: (await speak(text, { voice, wordsPerMinute })).toString("base64") })));
}

/** Enrols the device's user's voice and waits until pc2 hears them with their own recogniser. */
export async function enrolDeviceVoice(coordinatorUrl: string): Promise<SpeakerEnrolmentOutcome & { clips: number }> {
  const clips = await enrolmentClips();
  return { ...(await enrolmentClient(coordinatorUrl).enrol(clips)), clips: clips.length };
}

/** pc2's word on the device's user's voice (GET /v1/speaker-enrolment through the coordinator). */
export function deviceVoiceState(coordinatorUrl: string): Promise<SpeakerEnrolmentState> {
  return enrolmentClient(coordinatorUrl).state();
}

/**
 * After a pc2 restart the user's recogniser is built when they are first heard (UserRecognisers.runnerFor),
 * about a second of CPU; until then the stack's recogniser hears them. Waits for the build to end.
 */
export async function deviceRecogniserBuilt(coordinatorUrl: string, timeoutMs = 120_000): Promise<SpeakerEnrolmentState> {
  const deadline = Date.now() + timeoutMs;
  let state = await deviceVoiceState(coordinatorUrl);
  while ((state.recogniser === "building" || state.recogniser === "none" || state.recogniser === "unloaded") && Date.now() < deadline) {
    await sleep(500);
    state = await deviceVoiceState(coordinatorUrl);
  }
  return state;
}
