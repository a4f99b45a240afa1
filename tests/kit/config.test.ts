import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
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

describe("NAME_FILE variables: secrets as files", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "voice-config-files-"));
  const secretFile = path.join(dir, "database-url");
  fs.writeFileSync(secretFile, "postgresql://voice_app:s3cret@postgres:5432/voice\n", { mode: 0o400 });
  const withUrl = baseAgentConfig.extend({ DATABASE_URL: z.string().startsWith("postgresql://") });
  const env = { SERVICE_NAME: "memory-orchestrator", HTTP_PORT: "7100" };

  it("reads the value from the file, without the trailing newline", () => {
    expect(loadConfig(withUrl, { ...env, DATABASE_URL_FILE: secretFile }).DATABASE_URL).toBe("postgresql://voice_app:s3cret@postgres:5432/voice");
  });

  it("does so under a transform too, and leaves other programs' *_FILE variables alone", () => {
    const transformed = withUrl.transform((c) => ({ url: c.DATABASE_URL }));
    const config = loadConfig(transformed, { ...env, DATABASE_URL_FILE: secretFile, TF_CLI_CONFIG_FILE: path.join(dir, "absent") });
    expect(config.url).toBe("postgresql://voice_app:s3cret@postgres:5432/voice");
  });

  it.each<[string, Record<string, string>, string]>([
    ["a missing file", { DATABASE_URL_FILE: path.join(dir, "absent") }, `DATABASE_URL_FILE: cannot read ${path.join(dir, "absent")}: ENOENT`],
    ["both forms", { DATABASE_URL_FILE: secretFile, DATABASE_URL: "postgresql://x" }, "DATABASE_URL_FILE: both DATABASE_URL and DATABASE_URL_FILE are set; set one"],
  ])("refuses %s, naming the variable and never the value", (_what, extra, message) => {
    expect(() => loadConfig(withUrl, { ...env, ...extra })).toThrow(`invalid configuration: ${message}`);
    try {
      loadConfig(withUrl, { ...env, ...extra });
    } catch (err) {
      expect((err as Error).message).not.toContain("s3cret");
    }
  });
});
