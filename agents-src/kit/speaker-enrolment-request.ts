import { z } from "zod";

/**
 * The body of a speaker enrolment, the same at the coordinator's edge (which refuses a malformed
 * one before pc2 is asked) and at pc2 (which also checks each clip's audio and words).
 */
export const speakerEnrolmentLimits = {
  /** The prompt list has 20 sentences; fewer than 10 give the model too little of the voice to learn. */
  minClips: 10,
  maxClips: 30,
  maxClipSeconds: 15,
  minClipSeconds: 0.5,
  /**
   * 30 clips of 15 s as 16 kHz 16-bit WAV, base64: about 19 MB. A WAV at 48 kHz or in stereo is
   * bigger and is refused (413) rather than buffered; the web client sends 16 kHz mono.
   */
  bodyBytes: 20 * 1024 * 1024,
} as const;

/** A WAV file (PCM or float, 16 kHz or more), base64: one enrolment sentence as recorded. */
export const enrolmentClipAudio = z.base64("a clip's audio must be a base64 WAV file").min(1, "a clip's audio must not be empty");

export const speakerEnrolmentRequest = z.strictObject({
  clips: z
    .array(
      z.strictObject({
        /** The sentence said, as written in the prompt. */
        text: z
          .string()
          .trim()
          .min(1, "a clip's text must not be blank")
          .max(300, "a clip's text may hold at most 300 characters")
          .regex(/\p{L}/u, "a clip's text must contain a word"),
        audio: enrolmentClipAudio,
      }),
    )
    .min(speakerEnrolmentLimits.minClips, `at least ${speakerEnrolmentLimits.minClips} clips`)
    .max(speakerEnrolmentLimits.maxClips, `at most ${speakerEnrolmentLimits.maxClips} clips`),
});
