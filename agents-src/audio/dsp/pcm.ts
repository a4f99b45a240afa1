/** 16-bit little-endian PCM <-> [-1, 1] floats, the one sample format used inside the pipeline. */

export function int16ToFloat(samples: Int16Array): Float32Array {
  const out = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = samples[i] / 32768;
  return out;
}

export function floatToInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.round(samples[i] * 32768);
    out[i] = s > 32767 ? 32767 : s < -32768 ? -32768 : s;
  }
  return out;
}

function concat<T extends Float32Array | Int16Array>(parts: readonly T[], allocate: (length: number) => T): T {
  if (parts.length === 1) return parts[0];
  const out = allocate(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Joins consecutive blocks of one stream. */
export const concatFloat32 = (parts: readonly Float32Array[]): Float32Array => concat(parts, (n) => new Float32Array(n));
export const concatInt16 = (parts: readonly Int16Array[]): Int16Array => concat(parts, (n) => new Int16Array(n));

/** Reads little-endian 16-bit samples from bytes at any offset (WebSocket and ZeroMQ buffers may be unaligned). */
export function bytesToInt16(bytes: Uint8Array): Int16Array {
  if (bytes.byteLength % 2 !== 0) throw new RangeError("16-bit PCM needs an even number of bytes");
  const out = new Int16Array(bytes.byteLength / 2);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = view.getInt16(i * 2, true);
  return out;
}

export function int16ToBytes(samples: Int16Array): Buffer {
  const out = Buffer.allocUnsafe(samples.length * 2);
  for (let i = 0; i < samples.length; i++) out.writeInt16LE(samples[i], i * 2);
  return out;
}

/** Averages interleaved channels into one (a plain mean keeps a mono-in-stereo signal at its level). */
export function downmixToMono(interleaved: Float32Array, channels: number): Float32Array {
  if (channels === 1) return interleaved;
  const frames = Math.floor(interleaved.length / channels);
  const out = new Float32Array(frames);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += interleaved[f * channels + c];
    out[f] = sum / channels;
  }
  return out;
}
