/**
 * Process entry for every agent image: `node dist/agents-src/main.js <service>`. Modules are
 * required lazily so an image only needs the code and dependencies of its own family.
 */
import { catalog, isServiceName, ServiceName, serviceNames } from "./kit/catalog";
import { ConfigError } from "./kit/config";
import { AgentDefinition, JobDefinition, JobFailure, runJob, startAgent } from "./kit/agent";
import { exitGracefullyOnSignals } from "./kit/shutdown";
import type { BaseAgentConfig, BaseJobConfig } from "./kit/config";

export const agentModules: Record<ServiceName, string> = {
  coordinator: "./core/coordinator/agent",
  "task-router": "./core/task-router/agent",
  "health-monitor": "./core/health-monitor/agent",
  "memory-orchestrator": "./memory/memory-orchestrator/agent",
  "session-memory": "./memory/session-memory/agent",
  "db-setup": "./memory/db-setup/job",
  "fused-audio-preprocessor": "./audio/fused-audio-preprocessor/agent",
  vad: "./audio/vad/agent",
  pc2: "./pc2/model-server/agent",
  "unified-memory-reasoning": "./pc2/unified-memory-reasoning/agent",
  dreamworld: "./pc2/dreamworld/agent",
  timekeeper: "./core/timekeeper/agent",
  backup: "./memory/backup/agent",
  models: "./pc2/models/job",
  llm: "./pc2/llm/agent",
};

async function main(argv: string[]): Promise<void> {
  const name = argv[2] ?? process.env.SERVICE_NAME ?? "";
  if (!isServiceName(name)) {
    console.error(`usage: main <service>\nservices: ${serviceNames.join(", ")}`);
    process.exit(2);
  }
  const env = { ...process.env, SERVICE_NAME: name };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(agentModules[name]) as { agent?: AgentDefinition<BaseAgentConfig>; job?: JobDefinition<BaseJobConfig> };
  try {
    if (catalog[name].job) {
      if (!mod.job) throw new Error(`${agentModules[name]} exports no job`);
      await runJob(mod.job, env);
      process.exit(0);
    }
    if (!mod.agent) throw new Error(`${agentModules[name]} exports no agent`);
    const running = await startAgent(mod.agent, env);
    exitGracefullyOnSignals(running.close, running.logger);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof JobFailure) console.error(`${name}: ${err.message}`);
    else console.error(`${name}: failed to start:`, err);
    process.exit(1);
  }
}

if (require.main === module) void main(process.argv);
