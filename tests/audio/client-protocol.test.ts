import { checkChunk, maxEventBytes, parseClientEvent, ProtocolViolation, supportedFormat, wsCloseCodes } from "../../agents-src/audio/protocol/client-protocol";

function violation(fn: () => unknown): { code: string; closeCode: number } {
  try {
    fn();
  } catch (err) {
    if (err instanceof ProtocolViolation) return { code: err.code, closeCode: err.closeCode };
    throw err;
  }
  throw new Error("expected a protocol violation");
}

/** A text frame as ws hands it over: the bytes, not yet decoded. */
const frame = (text: string): Buffer => Buffer.from(text, "utf8");

describe("client protocol", () => {
  it("parses audio-start and audio-stop", () => {
    expect(parseClientEvent(frame('{"type":"audio-start","rate":44100,"width":2,"channels":2}'))).toEqual({
      type: "audio-start",
      rate: 44100,
      width: 2,
      channels: 2,
    });
    expect(parseClientEvent(frame('{"type":"audio-stop","timestamp":12}'))).toEqual({ type: "audio-stop" });
  });

  it.each([
    ["not json", "invalid_json", wsCloseCodes.invalidPayload],
    ["[1,2]", "invalid_event", wsCloseCodes.invalidPayload],
    ['{"rate":16000}', "invalid_event", wsCloseCodes.invalidPayload],
    ['{"type":"Audio Start"}', "invalid_event", wsCloseCodes.invalidPayload],
    ['{"type":"transcribe"}', "unsupported_event", wsCloseCodes.unsupportedData],
    ['{"type":"audio-start","rate":"16000","width":2,"channels":1}', "invalid_event", wsCloseCodes.invalidPayload],
    ['{"type":"audio-start","rate":16000.5,"width":2,"channels":1}', "invalid_event", wsCloseCodes.invalidPayload],
  ])("rejects %s as %s", (text, code, closeCode) => {
    expect(violation(() => parseClientEvent(frame(text)))).toEqual({ code, closeCode });
  });

  it("refuses a text frame that is not UTF-8, or larger than any event, before parsing it", () => {
    const latin1 = Buffer.concat([frame('{"type":"audio-stop","note":"'), Buffer.from([0xe9]), frame('"}')]);
    expect(violation(() => parseClientEvent(latin1))).toEqual({ code: "invalid_utf8", closeCode: wsCloseCodes.invalidPayload });
    const padded = `{"type":"audio-stop","pad":"${"x".repeat(maxEventBytes)}"}`;
    expect(violation(() => parseClientEvent(frame(padded)))).toEqual({ code: "frame_too_large", closeCode: wsCloseCodes.messageTooBig });
  });

  it.each([
    [8000, 2, 1],
    [48000, 2, 2],
    [22050, 2, 1],
  ])("accepts %i Hz, %i-byte, %i-channel audio", (rate, width, channels) => {
    expect(supportedFormat({ type: "audio-start", rate, width, channels })).toEqual({ rate, width, channels });
  });

  it.each([
    [7999, 2, 1],
    [96000, 2, 1],
    [16000, 3, 1],
    [16000, 4, 1],
    [16000, 2, 6],
  ])("refuses %i Hz, %i-byte, %i-channel audio as unsupported", (rate, width, channels) => {
    expect(violation(() => supportedFormat({ type: "audio-start", rate, width, channels }))).toEqual({
      code: "unsupported_format",
      closeCode: wsCloseCodes.unsupportedData,
    });
  });

  it("checks binary frames against the open stream", () => {
    const stereo = { rate: 16000, width: 2 as const, channels: 2 as const };
    expect(checkChunk(4000, stereo, 8192)).toBe(stereo);
    expect(violation(() => checkChunk(320, undefined, 8192))).toEqual({ code: "audio_before_start", closeCode: wsCloseCodes.protocolError });
    expect(violation(() => checkChunk(4002, stereo, 8192))).toEqual({ code: "misaligned_audio", closeCode: wsCloseCodes.invalidPayload });
    expect(violation(() => checkChunk(9000, stereo, 8192))).toEqual({ code: "frame_too_large", closeCode: wsCloseCodes.messageTooBig });
  });
});
