/**
 * The client WebSocket protocol, in the spirit of Wyoming: JSON text frames are events with a
 * `type`, binary frames are 16-bit little-endian PCM in the format announced by `audio-start`.
 */
import { z } from "zod";

export { clientAudioPath } from "../../kit/client-paths";

export const wsCloseCodes = {
  normal: 1000,
  goingAway: 1001,
  protocolError: 1002,
  unsupportedData: 1003,
  invalidPayload: 1007,
  messageTooBig: 1009,
  tryAgainLater: 1013,
} as const;

/** A client fault: reported to that client as an `error` event, then its socket closes with `closeCode`. */
export class ProtocolViolation extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly closeCode: number,
  ) {
    super(message);
    this.name = "ProtocolViolation";
  }
}

export const minClientRate = 8000;
export const maxClientRate = 48000;

const audioStart = z.object({
  type: z.literal("audio-start"),
  rate: z.number().int().positive(),
  width: z.number().int().positive(),
  channels: z.number().int().positive(),
});
const audioStop = z.object({ type: z.literal("audio-stop") });
const clientEvent = z.discriminatedUnion("type", [audioStart, audioStop]);
const clientEventTypes: readonly string[] = ["audio-start", "audio-stop"];
export type ClientEvent = z.infer<typeof clientEvent>;

export interface AudioFormat {
  rate: number;
  width: 2;
  channels: 1 | 2;
}

/** Event types are lower-case words joined by hyphens, as Wyoming's are. */
export const eventType = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, "expected a lower-case event type such as audio-start");

/** Events are a few dozen bytes; a text frame beyond this is refused before it is decoded. */
export const maxEventBytes = 4096;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Parses one text frame. Its UTF-8 is checked here rather than by ws, so that the client is told what was wrong. */
export function parseClientEvent(frame: Uint8Array): ClientEvent {
  if (frame.byteLength > maxEventBytes) {
    throw new ProtocolViolation("frame_too_large", `event of ${frame.byteLength} bytes exceeds ${maxEventBytes}`, wsCloseCodes.messageTooBig);
  }
  let text: string;
  try {
    text = strictUtf8.decode(frame);
  } catch {
    throw new ProtocolViolation("invalid_utf8", "text frames must be UTF-8", wsCloseCodes.invalidPayload);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ProtocolViolation("invalid_json", "text frames must be JSON events", wsCloseCodes.invalidPayload);
  }
  const typed = z.object({ type: eventType }).safeParse(json);
  if (!typed.success) throw new ProtocolViolation("invalid_event", "an event is a JSON object with a string `type`", wsCloseCodes.invalidPayload);
  if (!clientEventTypes.includes(typed.data.type)) {
    throw new ProtocolViolation("unsupported_event", `unknown event type ${typed.data.type}`, wsCloseCodes.unsupportedData);
  }
  const parsed = clientEvent.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ProtocolViolation("invalid_event", `invalid ${typed.data.type}: ${fields}`, wsCloseCodes.invalidPayload);
  }
  return parsed.data;
}

/** Checks an `audio-start` format against what the pipeline takes: 8-48 kHz, 16-bit, mono or stereo. */
export function supportedFormat(event: Extract<ClientEvent, { type: "audio-start" }>): AudioFormat {
  const problems: string[] = [];
  if (event.rate < minClientRate || event.rate > maxClientRate) problems.push(`rate ${event.rate} outside ${minClientRate}-${maxClientRate} Hz`);
  if (event.width !== 2) problems.push(`width ${event.width} (only 2-byte samples)`);
  if (event.channels !== 1 && event.channels !== 2) problems.push(`${event.channels} channels (mono or stereo only)`);
  if (problems.length) throw new ProtocolViolation("unsupported_format", `unsupported audio format: ${problems.join(", ")}`, wsCloseCodes.unsupportedData);
  return { rate: event.rate, width: 2, channels: event.channels as 1 | 2 };
}

/** Checks a binary chunk against the stream's format and the frame size limit. */
export function checkChunk(byteLength: number, format: AudioFormat | undefined, maxFrameBytes: number): AudioFormat {
  if (!format) throw new ProtocolViolation("audio_before_start", "binary audio before audio-start", wsCloseCodes.protocolError);
  if (byteLength > maxFrameBytes) {
    throw new ProtocolViolation("frame_too_large", `audio frame of ${byteLength} bytes exceeds ${maxFrameBytes}`, wsCloseCodes.messageTooBig);
  }
  const frameBytes = format.width * format.channels;
  if (byteLength % frameBytes !== 0) {
    throw new ProtocolViolation(
      "misaligned_audio",
      `audio frame of ${byteLength} bytes is not a whole number of ${frameBytes}-byte sample frames`,
      wsCloseCodes.invalidPayload,
    );
  }
  return format;
}
