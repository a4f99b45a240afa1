import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import * as grpc from "@grpc/grpc-js";
import { AnalyzerClient } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import { AnalyzeRequest, AnalyzerResourceOptions, EnforcementLevel, type AnalyzeDiagnostic } from "@pulumi/pulumi/proto/analyzer_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { repoRoot } from "../pulumi/mockedProgram";

export const packDirectory = path.join(repoRoot, "policy");

export interface Diagnostic {
  policy: string;
  message: string;
  enforcementLevel: string;
}

export interface ResourceToAnalyze {
  type: string;
  name: string;
  /** Inputs as the engine sends them: secrets still wrapped, as the mocks capture them. */
  inputs: Record<string, unknown>;
}

/** The generated enum is a plain object without the reverse mapping a TypeScript enum has. */
const levelName = (level: EnforcementLevel) =>
  Object.entries(EnforcementLevel)
    .find(([, value]) => value === level)![0]
    .toLowerCase();

/** What the CLI's policy analyzer starts for a Node.js pack; it compiles TypeScript with type checking. */
const policyPackRunner = path.join(path.dirname(require.resolve("@pulumi/pulumi/package.json")), "cmd", "run-policy-pack");

/**
 * The pack as the Pulumi CLI runs it: its own process, started in the pack's directory, printing
 * the port of the Analyzer gRPC service it serves. Only the engine around it is missing.
 */
export class PolicyPackProcess {
  private constructor(
    private readonly child: ChildProcess,
    private readonly client: AnalyzerClient,
  ) {}

  static async start(): Promise<PolicyPackProcess> {
    // The engine address is only required to be there: the pack serves, the engine connects.
    const child = spawn(process.execPath, [policyPackRunner, "127.0.0.1:0", "."], {
      cwd: packDirectory,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout!.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
      child.once("exit", (code) => reject(new Error(`policy pack exited with ${code}: ${stderr}`)));
    });
    return new PolicyPackProcess(child, new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure()));
  }

  async analyze(resource: ResourceToAnalyze): Promise<Diagnostic[]> {
    const request = new AnalyzeRequest();
    request.setType(resource.type);
    request.setName(resource.name);
    request.setUrn(`urn:pulumi:test::voice-assistant::${resource.type}::${resource.name}`);
    // JSON drops the undefined inputs, which the engine never sends either.
    request.setProperties(Struct.fromJavaScript(JSON.parse(JSON.stringify(resource.inputs))));
    request.setOptions(new AnalyzerResourceOptions());
    const response = await new Promise<{ getDiagnosticsList(): AnalyzeDiagnostic[] }>((resolve, reject) =>
      this.client.analyze(request, (error, reply) => (error ? reject(error) : resolve(reply))),
    );
    return response.getDiagnosticsList().map((d) => ({
      policy: d.getPolicyname(),
      message: d.getMessage(),
      enforcementLevel: levelName(d.getEnforcementlevel()),
    }));
  }

  /** The pack's name and its policies, as `pulumi preview` lists them. */
  async info(): Promise<{ pack: string; policies: { name: string; enforcementLevel: string }[] }> {
    const info = await new Promise<{ getName(): string; getPoliciesList(): { getName(): string; getEnforcementlevel(): EnforcementLevel }[] }>(
      (resolve, reject) => this.client.getAnalyzerInfo(new Empty(), (error, reply) => (error ? reject(error) : resolve(reply))),
    );
    return {
      pack: info.getName(),
      policies: info.getPoliciesList().map((p) => ({ name: p.getName(), enforcementLevel: levelName(p.getEnforcementlevel()) })),
    };
  }

  stop(): void {
    this.client.close();
    this.child.kill("SIGTERM");
  }
}
