import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { badRequest, parseBody, serviceUnavailable } from "../../kit/errors";
import { enrolmentClipAudio, speakerEnrolmentLimits } from "../../kit/speaker-enrolment-request";
import { maxClientRate } from "../protocol/client-protocol";
import { cleanSampleRate } from "../dsp/preprocessor";
import { decodeWav, encodeWav, PcmRecording } from "../dsp/wav-file";
import type { PreprocessorMetrics } from "./metrics";
import { PipelineThreads, PipelineUnavailable } from "./pipeline-threads";

const preprocessRequest = z.strictObject({ audio: enrolmentClipAudio });

/** A thread that stopped or could not take the recording is usually back within its restart delay. */
const retryAfterSeconds = 1;

/**
 * `POST /v1/preprocess {audio: base64 WAV}` -> `{audio: base64 WAV}`, 16 kHz mono 16-bit: a whole
 * recording cleaned by the pipeline the live streams go through (the same threads and settings),
 * for the coordinator's speaker enrolment, so that the recogniser adapts to audio as it will hear
 * it (docs/hearing.md). Internal only (the internal credential), and limited as enrolment clips
 * are; audio it cannot use is a 400 saying why.
 */
export function registerRecordingRoute(app: FastifyInstance, threads: PipelineThreads, metrics: PreprocessorMetrics): void {
  app.post("/v1/preprocess", { bodyLimit: speakerEnrolmentLimits.bodyBytes }, async (request) => {
    let recording: PcmRecording;
    try {
      const { audio } = parseBody(preprocessRequest, request.body);
      recording = usableRecording(Buffer.from(audio, "base64"));
    } catch (err) {
      metrics.recordingsCleaned.inc({ outcome: "refused" });
      throw err;
    }
    let clean: Int16Array;
    try {
      clean = await threads.cleanRecording(recording.samples, recording.sampleRate, recording.channels);
    } catch (err) {
      if (!(err instanceof PipelineUnavailable)) throw err;
      metrics.recordingsCleaned.inc({ outcome: "unavailable" });
      throw serviceUnavailable(`no pipeline thread can clean the recording now: ${err.message}`, retryAfterSeconds);
    }
    metrics.recordingsCleaned.inc({ outcome: "cleaned" });
    return { audio: encodeWav({ sampleRate: cleanSampleRate, channels: 1, samples: clean }).toString("base64") };
  });
}

function usableRecording(wav: Buffer): PcmRecording {
  let recording: PcmRecording;
  try {
    recording = decodeWav(wav);
  } catch (err) {
    throw badRequest(`not a readable WAV file: ${(err as Error).message}`);
  }
  const { sampleRate, channels, samples } = recording;
  // Once cleaned, every recording is 16 kHz: pc2 can no longer see that one was recorded with less.
  if (sampleRate < cleanSampleRate || sampleRate > maxClientRate) {
    throw badRequest(`the audio is sampled at ${sampleRate} Hz; ${cleanSampleRate} to ${maxClientRate} Hz is needed`);
  }
  if (channels !== 1 && channels !== 2) throw badRequest(`the audio has ${channels} channels; mono or stereo only`);
  const seconds = samples.length / channels / sampleRate;
  const { minClipSeconds, maxClipSeconds } = speakerEnrolmentLimits;
  if (seconds < minClipSeconds) throw badRequest(`${seconds.toFixed(2)} s is too short to hold a sentence (at least ${minClipSeconds} s)`);
  if (seconds > maxClipSeconds) throw badRequest(`audio lasts ${seconds.toFixed(1)} s; the limit is ${maxClipSeconds} s`);
  return recording;
}
