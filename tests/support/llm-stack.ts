import { rmSync } from "node:fs";
import pino from "pino";
import type { RunningAgent } from "../../agents-src/kit/agent";
import { startAgent } from "../../agents-src/kit/agent";
import { createPublisher, TopicPublisher } from "../../agents-src/kit/messaging";
import { agent as reasoningAgent } from "../../agents-src/pc2/unified-memory-reasoning/agent";
import { bearer, deviceTokenFor, internalCredential } from "./access";
import type { AgentProcess } from "./agent-process";
import { coordinatorEnvFor, startPreprocessor, startTaskRouter } from "./coordinator-peers";
import { createTestDatabase, releaseTestServer, TestDatabase } from "./database";
import { migrate } from "./db-setup-process";
import { spawnLlm, tinyModelFile, tinyModelsDir } from "./llm-service";
import { startMemoryOrchestrator, startPc2, startSessionMemory, startTimekeeper, unreachableUrl } from "./memory-services";
import { StartedAgents, startedAgents } from "./started-agents";

/** The user whose device token the stack's clients present. */
export const llmStackUser = "llm-user";

export interface LlmStack {
  db: TestDatabase;
  llm: AgentProcess;
  reasoning: RunningAgent<unknown>;
  preprocessor: RunningAgent<unknown>;
  /** Stands in for the VAD: what is published here reaches a coordinator on `coordinatorEnv`. */
  vad: TopicPublisher;
  /** `llmStackUser`'s device token as a client sends it; audio clients find it in VOICE_DEVICE_TOKEN. */
  device: Record<string, string>;
  /** A coordinator's environment on these peers, its LLM_URL the llm's. */
  coordinatorEnv: Record<string, string>;
  /** Where the caller keeps the agents it starts (its coordinators), closed with the stack. */
  agents: StartedAgents;
  close(): Promise<void>;
}

/**
 * What a coordinator needs to answer with the local language model, as
 * tests/core/coordinator-llm.test.ts and `npm run bench:llm:turn` run it: a fresh database, pc2,
 * the memory services, unified-memory-reasoning, the task router, the timekeeper and the
 * preprocessor in this process, and the llm on the generated tiny model (`seed`) as its own
 * process. The caller starts the coordinator from `coordinatorEnv`, so it can point it elsewhere.
 */
export async function startLlmStack(seed: number, llmEnv: Record<string, string> = {}): Promise<LlmStack> {
  const agents = startedAgents();
  const { started } = agents;
  // Undone last first once the agents are closed, also when the start fails halfway.
  const undo: Array<() => Promise<unknown>> = [];
  const close = async () => {
    delete process.env.VOICE_DEVICE_TOKEN;
    await agents.closeAll();
    for (const step of undo.reverse()) await step();
    await releaseTestServer();
  };
  try {
    const db = await createTestDatabase("coordinator_llm");
    undo.push(() => db.drop());
    await migrate(db.url);
    const modelsDir = tinyModelsDir(seed);
    undo.push(async () => rmSync(modelsDir, { recursive: true, force: true }));
    const llm = await spawnLlm({ MODELS_DIR: modelsDir, LLM_MODEL: tinyModelFile, LLM_DEVICE: "cpu", ...llmEnv });
    undo.push(() => llm.kill("SIGTERM"));
    const pc2 = await started(startPc2());
    const orchestrator = await started(startMemoryOrchestrator(db.url, pc2.url));
    const sessions = await started(startSessionMemory(db.url, orchestrator.url));
    const reasoning = await started(
      startAgent(reasoningAgent, { LOG_LEVEL: "silent", HTTP_PORT: "0", SERVICE_NAME: "unified-memory-reasoning", MEMORY_ORCHESTRATOR_URL: orchestrator.url, SESSION_MEMORY_URL: sessions.url }),
    );
    const timekeeper = await startTimekeeper(db.url);
    await started(timekeeper.agent);
    const { token } = await deviceTokenFor(db.url, llmStackUser);
    process.env.VOICE_DEVICE_TOKEN = token;
    const router = await started(startTaskRouter({ pc2: pc2.url, orchestrator: orchestrator.url, reasoning: reasoning.url, health: await unreachableUrl() }));
    // Fast speech: the random model's sentences are spoken in real time, one after another.
    const preprocessor = await started(startPreprocessor(orchestrator.url, { TTS_WORDS_PER_MINUTE: "450" }));
    const vad = await createPublisher({ port: 0, logger: pino({ level: "silent" }) });
    undo.push(() => vad.close());
    const coordinatorEnv = coordinatorEnvFor(
      {
        router: router.url,
        sessions: sessions.url,
        orchestrator: orchestrator.url,
        reasoning: reasoning.url,
        health: await unreachableUrl(),
        pc2: pc2.url,
        preprocessor: preprocessor.url,
        vadPub: `tcp://127.0.0.1:${vad.port}`,
        timekeeper: timekeeper.agent.url,
        timekeeperPub: timekeeper.pubUrl,
      },
      { INTERNAL_TOKEN_FILE: internalCredential().file, LLM_URL: llm.url },
    );
    return { db, llm, reasoning, preprocessor, vad, device: bearer(token), coordinatorEnv, agents, close };
  } catch (err) {
    await close();
    throw err;
  }
}
