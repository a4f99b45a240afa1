import { z } from "zod";
import { baseAgentConfig, ConfigError, envFlag, loadConfig, peerUrlVariable } from "../../agents-src/kit/config";

const schema = baseAgentConfig.extend({ ...peerUrlVariable("task-router"), ENABLED: envFlag.default(false) });

describe("loadConfig", () => {
  it("parses a valid environment with defaults", () => {
    const config = loadConfig(schema, { SERVICE_NAME: "coordinator", HTTP_PORT: "7000", TASK_ROUTER_URL: "http://task-router:7010" });
    expect(config).toMatchObject({ HTTP_PORT: 7000, HTTP_HOST: "127.0.0.1", LOG_LEVEL: "info", ENABLED: false });
  });

  it.each([
    [{ HTTP_PORT: "7000", TASK_ROUTER_URL: "http://x:1" }, ["SERVICE_NAME"]],
    [{ SERVICE_NAME: "c", HTTP_PORT: "seventy", TASK_ROUTER_URL: "http://x:1" }, ["HTTP_PORT"]],
    [{ SERVICE_NAME: "c", HTTP_PORT: "70000", TASK_ROUTER_URL: "not a url" }, ["HTTP_PORT", "TASK_ROUTER_URL"]],
    [{ SERVICE_NAME: "c", HTTP_PORT: "1", TASK_ROUTER_URL: "http://x:1", LOG_LEVEL: "loud", ENABLED: "yes" }, ["LOG_LEVEL", "ENABLED"]],
  ])("names every bad variable (%j)", (env, bad) => {
    let error: unknown;
    try {
      loadConfig(schema, env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual([...bad].sort());
    for (const variable of bad) expect((error as Error).message).toContain(variable);
  });

  it("parses env flags strictly", () => {
    const flags = z.object({ F: envFlag });
    expect(loadConfig(flags, { F: "false" }).F).toBe(false);
    expect(loadConfig(flags, { F: "1" }).F).toBe(true);
  });
});
