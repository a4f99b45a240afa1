import type { Logger } from "pino";
import { DetectorName, SpeechDetector } from "./detector";
import { SileroVad } from "./silero-vad";
import { WebRtcVad, WebRtcVadMode } from "./webrtc-vad";

export interface DetectorChoice {
  detector: SpeechDetector;
  /** Why the fallback runs when Silero was asked for. */
  fallbackReason?: string;
}

export interface DetectorSettings {
  engine: DetectorName;
  /** When false, a Silero model that will not load stops the agent instead of falling back. */
  fallback: boolean;
  sileroModelPath?: string;
  webrtcMode: WebRtcVadMode;
}

/** Loads the configured detector; Silero failing to load falls back to WebRTC VAD, logged as an error. */
export async function loadDetector(settings: DetectorSettings, logger?: Logger): Promise<DetectorChoice> {
  if (settings.engine === "webrtc") return { detector: new WebRtcVad(settings.webrtcMode) };
  try {
    return { detector: await SileroVad.load(settings.sileroModelPath) };
  } catch (err) {
    if (!settings.fallback) throw err;
    const fallbackReason = `Silero VAD failed to load: ${err instanceof Error ? err.message : String(err)}`;
    logger?.error({ err, fallback: "webrtc" }, `${fallbackReason}; FALLING BACK to WebRTC VAD, expect lower accuracy in noise`);
    return { detector: new WebRtcVad(settings.webrtcMode), fallbackReason };
  }
}
