import type { RunningAgent } from "../../agents-src/kit/agent";

/** The agents a test file starts in its own process, kept so that its teardown closes every one. */
export interface StartedAgents {
  /** Waits for the agent to start and keeps it for `closeAll`. */
  started<C>(agent: RunningAgent<C> | Promise<RunningAgent<C>>): Promise<RunningAgent<C>>;
  /** Closes them newest first: each was started after the peers it calls, and stops before them. */
  closeAll(): Promise<void>;
}

export function startedAgents(): StartedAgents {
  const running: Array<RunningAgent<unknown>> = [];
  return {
    async started(agent) {
      const ready = await agent;
      running.push(ready);
      return ready;
    },
    async closeAll() {
      for (const agent of running.splice(0).reverse()) await agent.close();
    },
  };
}
