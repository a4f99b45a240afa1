import type { AudioFormat } from "../protocol/client-protocol";

/** Smallest RIFF header that can hold a `fmt ` chunk: "RIFF", size, "WAVE". */
const riffHeaderBytes = 12;
const chunkHeaderBytes = 8;

export class InvalidWavStream extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidWavStream";
  }
}

/**
 * Reads a 16-bit PCM WAV as it arrives on a pipe. A writer that cannot seek back (espeak-ng on
 * stdout) leaves the RIFF and data sizes at 0x7fffffff, so the sizes are ignored: everything after
 * the `data` chunk header is audio. PCM comes out in whole sample frames whatever the chunking.
 */
export class StreamingWavReader {
  private pending: Buffer = Buffer.alloc(0);
  private headerDone = false;
  private parsedFormat: AudioFormat | undefined;

  /** The stream's format, once its header has been read. */
  get format(): AudioFormat | undefined {
    return this.headerDone ? this.parsedFormat : undefined;
  }

  /** Takes the next bytes of the stream; returns the PCM they complete (possibly empty). */
  push(bytes: Buffer): Buffer {
    this.pending = this.pending.length === 0 ? bytes : Buffer.concat([this.pending, bytes]);
    if (!this.headerDone && !this.readHeader()) return Buffer.alloc(0);
    const frameBytes = 2 * (this.parsedFormat as AudioFormat).channels;
    const whole = this.pending.length - (this.pending.length % frameBytes);
    const pcm = this.pending.subarray(0, whole);
    this.pending = this.pending.subarray(whole);
    return pcm;
  }

  /** Consumes header chunks from `pending`; true once the `data` chunk has begun. */
  private readHeader(): boolean {
    if (this.pending.length < riffHeaderBytes) return false;
    if (this.pending.toString("ascii", 0, 4) !== "RIFF" || this.pending.toString("ascii", 8, 12) !== "WAVE") {
      throw new InvalidWavStream("not a RIFF/WAVE stream");
    }
    let offset = riffHeaderBytes;
    while (offset + chunkHeaderBytes <= this.pending.length) {
      const id = this.pending.toString("ascii", offset, offset + 4);
      const size = this.pending.readUInt32LE(offset + 4);
      const body = offset + chunkHeaderBytes;
      if (id === "data") {
        if (!this.parsedFormat) throw new InvalidWavStream("data chunk before fmt chunk");
        this.pending = this.pending.subarray(body);
        this.headerDone = true;
        return true;
      }
      // RIFF chunks are padded to an even length.
      const next = body + size + (size % 2);
      if (next > this.pending.length) return false;
      if (id === "fmt ") this.parsedFormat = parseFormat(this.pending.subarray(body, body + size));
      offset = next;
    }
    return false;
  }
}

function parseFormat(fmt: Buffer): AudioFormat {
  if (fmt.length < 16) throw new InvalidWavStream("fmt chunk too short");
  const encoding = fmt.readUInt16LE(0);
  const channels = fmt.readUInt16LE(2);
  const rate = fmt.readUInt32LE(4);
  const bits = fmt.readUInt16LE(14);
  if (encoding !== 1 || bits !== 16 || (channels !== 1 && channels !== 2)) {
    throw new InvalidWavStream(`expected 16-bit PCM, mono or stereo; got encoding ${encoding}, ${bits} bits, ${channels} channels`);
  }
  return { rate, width: 2, channels };
}
