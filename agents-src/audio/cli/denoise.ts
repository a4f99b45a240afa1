/** `npm run -s denoise -- IN.wav OUT.wav`: the preprocessor's pipeline on a file; writes 16 kHz mono 16-bit. */
import { cleanSampleRate, preprocessRecording } from "../dsp/preprocessor";
import { readWav, writeWav } from "../dsp/wav-file";
import { runCommand, UsageError } from "./command";

runCommand(async (argv) => {
  if (argv.length !== 2) throw new UsageError("usage: denoise IN.wav OUT.wav");
  const [input, output] = argv;
  const recording = readWav(input);
  const clean = preprocessRecording(recording.samples, recording.sampleRate, recording.channels);
  writeWav(output, { sampleRate: cleanSampleRate, channels: 1, samples: clean });
});
