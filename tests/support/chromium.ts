/**
 * Debian's Chromium driven by playwright-core, with a WAV file as the microphone: the browser the
 * web client's tests and `npm run bench:web` run. Every launch gets a fresh profile.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BrowserContext, chromium } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface FakeMicrophoneBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * `microphoneWav` is played once (`%noloop`) from the moment the page opens the microphone;
 * Chromium resamples it to the capture rate. The fake UI grants the permission prompt.
 */
export async function launchWithMicrophone(microphoneWav: string): Promise<FakeMicrophoneBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "chromium-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 420, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${microphoneWav}%noloop`,
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
