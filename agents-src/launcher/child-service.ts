import { ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";

export interface ChildServiceOptions {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Receives each output line, already prefixed with the service name. */
  output: (line: string) => void;
}

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Output lines kept for the report when a service exits: enough for a stack trace's head. */
const keptLines = 10;

/** One service as a child process whose output lines are prefixed with its name. */
export class ChildService {
  private readonly child: ChildProcess;
  private readonly recent: string[] = [];
  readonly exited: Promise<ChildExit>;
  /**
   * Resolves once the process has exited and its output has been read to the end, so that its
   * last lines are known; a grandchild holding the pipes open delays that by at most half a second.
   */
  readonly finished: Promise<ChildExit>;

  constructor(options: ChildServiceOptions, prefixWidth: number) {
    this.child = spawn(options.command, options.args, { env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    const prefix = `${options.name.padEnd(prefixWidth)} | `;
    const drained: Array<Promise<unknown>> = [];
    for (const stream of [this.child.stdout, this.child.stderr]) {
      if (!stream) continue;
      const lines = createInterface({ input: stream });
      lines.on("line", (line) => {
        this.recent.push(line);
        if (this.recent.length > keptLines) this.recent.shift();
        options.output(prefix + line);
      });
      drained.push(once(lines, "close"));
    }
    this.exited = once(this.child, "exit").then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
    const outputRead = Promise.race([Promise.all(drained), this.exited.then(() => new Promise((r) => setTimeout(r, 500)))]);
    this.finished = Promise.all([this.exited, outputRead]).then(([result]) => result);
  }

  /** Its last lines of output, without the name prefix. */
  get lastLines(): readonly string[] {
    return this.recent;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGTERM (the agents stop gracefully), then SIGKILL if it has not exited after `graceMs`. */
  async stop(graceMs: number): Promise<void> {
    if (!this.running) return;
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
