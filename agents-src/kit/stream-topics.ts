/**
 * ZeroMQ topic names between the audio agents and their consumers in other images (the
 * coordinator): the one cross-family contract of the streams, so it lives in the kit.
 */
export const audioTopics = {
  /** A client stream began (control, never dropped). */
  start: "audio.start",
  /** Clean audio for a stream (droppable under back-pressure; `startSample` reveals a gap). */
  clean: "audio.clean",
  /** A stream ended (control). */
  stop: "audio.stop",
} as const;

/** Subscribing to this prefix receives all three audio topics. */
export const audioTopicPrefix = "audio.";

export const speechTopics = {
  start: "speech.start",
  end: "speech.end",
  utterance: "utterance",
} as const;

/** The timekeeper's stream: a timer or reminder came due (header: the timer record, no payload). */
export const timerTopics = {
  fired: "timer.fired",
} as const;
