/** The coordinator and the agents it calls, run in the test's own process, and a speaker to talk to it. */
import { agent as preprocessorAgent, clientAudioPath } from "../../agents-src/audio/fused-audio-preprocessor/agent";
import { agent as taskRouter } from "../../agents-src/core/task-router/agent";
import { RunningAgent, startAgent } from "../../agents-src/kit/agent";
import type { TopicPublisher } from "../../agents-src/kit/messaging";
import { AudioClient } from "../audio/audio-client";
import { speak } from "../pc2/support/spoken-audio";
import { sharedEventLoopEnv } from "./shared-event-loop";

const silent = { LOG_LEVEL: "silent", HTTP_PORT: "0" };

/** Where the task router finds the agents it routes to. */
export interface RouterPeers {
  pc2: string;
  orchestrator: string;
  reasoning: string;
  health: string;
}

export function startTaskRouter(peers: RouterPeers, env: Record<string, string> = {}): Promise<RunningAgent<unknown>> {
  return startAgent(taskRouter, {
    ...silent,
    SERVICE_NAME: "task-router",
    PC2_URL: peers.pc2,
    MEMORY_ORCHESTRATOR_URL: peers.orchestrator,
    UNIFIED_MEMORY_REASONING_URL: peers.reasoning,
    HEALTH_MONITOR_URL: peers.health,
    ...env,
  });
}

/** The preprocessor asks memory-orchestrator whose device token an audio client presents. */
export function startPreprocessor(orchestratorUrl: string, env: Record<string, string> = {}): Promise<RunningAgent<unknown>> {
  return startAgent(preprocessorAgent, {
    ...silent,
    ...sharedEventLoopEnv,
    SERVICE_NAME: "fused-audio-preprocessor",
    ZMQ_PUB_PORT: "0",
    MEMORY_ORCHESTRATOR_URL: orchestratorUrl,
    ...env,
  });
}

/** Where the coordinator finds every peer: an HTTP URL each, and the two PUB sockets it listens to. */
export interface CoordinatorPeers extends RouterPeers {
  router: string;
  sessions: string;
  preprocessor: string;
  vadPub: string;
  timekeeper: string;
  timekeeperPub: string;
}

/** The coordinator's environment on these peers, in UTC so that spoken times do not depend on the machine. */
export function coordinatorEnvFor(peers: CoordinatorPeers, env: Record<string, string> = {}): Record<string, string> {
  return {
    ...silent,
    SERVICE_NAME: "coordinator",
    TASK_ROUTER_URL: peers.router,
    SESSION_MEMORY_URL: peers.sessions,
    MEMORY_ORCHESTRATOR_URL: peers.orchestrator,
    UNIFIED_MEMORY_REASONING_URL: peers.reasoning,
    HEALTH_MONITOR_URL: peers.health,
    PC2_URL: peers.pc2,
    FUSED_AUDIO_PREPROCESSOR_URL: peers.preprocessor,
    VAD_PUB_URL: peers.vadPub,
    TIMEKEEPER_URL: peers.timekeeper,
    TIMEKEEPER_PUB_URL: peers.timekeeperPub,
    TIME_ZONE: "UTC",
    ...env,
  };
}

/** A speaker on the preprocessor's audio socket, and the audio session it was given; `headers` as `AudioClient.connect` takes them. */
export async function connectSpeaker(preprocessorUrl: string, headers?: Record<string, string>): Promise<{ client: AudioClient; sessionId: string }> {
  const client = await AudioClient.connect(`${preprocessorUrl.replace("http", "ws")}${clientAudioPath}`, headers);
  const sessionId = await client.sessionId;
  // A SUB socket only receives what is published after it has connected.
  await new Promise((r) => setTimeout(r, 300));
  return { client, sessionId };
}

/** Speaks `text` and publishes it as the VAD would: speech starts, speech ends, then the utterance. */
export async function utterAsVad(vad: TopicPublisher, sessionId: string, text: string): Promise<void> {
  const pcm = await speak(text, { format: "raw", wordsPerMinute: 130 });
  vad.publish("speech.start", { sessionId, stream: 0, start: 0, decidedAt: 0.25, detector: "test" });
  vad.publish("speech.end", { sessionId, stream: 0, start: 0, end: pcm.length / 32000, cut: false, detector: "test" });
  vad.publish("utterance", { sessionId, stream: 0, rate: 16000, width: 2, channels: 1, utteranceId: text, seq: 0, startedAt: Date.now() }, pcm);
}
