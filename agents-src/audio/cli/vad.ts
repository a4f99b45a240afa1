/**
 * `npm run -s vad -- FILE.wav [--detector silero|webrtc] [--raw]`: the VAD agent's detector on a
 * file, after the preprocessor's pipeline (`--raw`: resampling only). Prints
 * `{"sampleRate":16000,"segments":[{"start":s,"end":s}]}`.
 */
import { parseArgs } from "node:util";
import { cleanSampleRate, preprocessRecordingWithVoice } from "../dsp/preprocessor";
import { int16ToFloat } from "../dsp/pcm";
import { readWav } from "../dsp/wav-file";
import { loadDetector } from "../speech/detector-choice";
import { defaultSegmenterOptions } from "../speech/segmenter";
import { segmentRecording } from "../speech/speech-tracker";
import { runCommand, UsageError } from "./command";

runCommand(async (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { detector: { type: "string", default: "silero" }, raw: { type: "boolean", default: false } },
  });
  const engine = values.detector;
  if (positionals.length !== 1 || (engine !== "silero" && engine !== "webrtc")) {
    throw new UsageError("usage: vad FILE.wav [--detector silero|webrtc] [--raw]");
  }
  const recording = readWav(positionals[0]);
  const clean = preprocessRecordingWithVoice(recording.samples, recording.sampleRate, recording.channels, {
    denoise: !values.raw,
    gain: values.raw ? false : {},
  });
  const { detector, fallbackReason } = await loadDetector({ engine, fallback: true, webrtcMode: 3 });
  if (fallbackReason) process.stderr.write(`warning: ${fallbackReason}; using the WebRTC VAD\n`);
  try {
    const segments = await segmentRecording(int16ToFloat(clean.pcm), detector, defaultSegmenterOptions, clean.voice);
    const seconds = (s: number): number => Math.round((s / cleanSampleRate) * 1000) / 1000;
    const result = { sampleRate: cleanSampleRate, segments: segments.map((s) => ({ start: seconds(s.start), end: seconds(s.end) })) };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await detector.close();
  }
});
