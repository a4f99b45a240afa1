/**
 * The prod path on a real Docker engine: Pulumi.prod.yaml's stack (prod-shaped-config.ts says what
 * differs) deployed through ssh:// to a non-root user's engine, its images pushed to a registry with
 * TLS and htpasswd auth, its containers running the pushed digests:
 *   P1. up: four images pushed (push time per image), every container healthy and running its
 *       family's `repository@sha256:` digest, the registry holding exactly those digests, read-back 0;
 *   P2. the local images removed, `pulumi up --refresh`: the engine pulls them back with the
 *       provider's registryAuth (pull time per image) and nothing else is planned;
 *   P3. a preview with a wrong registryPassword fails with one message naming the registry.
 * Run by scripts/docker-e2e/run.sh (`npm run test:docker`) after the dev lifecycle, as root: it
 * starts the registry and sshd (prod-hosts.ts) and removes everything again.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { catalog, imageFamilies, type ImageFamily, type ServiceName } from "../../agents-src/kit/catalog";
import { imageName } from "../../components/images/plan";
import { testSecrets } from "../../tests/pulumi/mockedProgram";
import { DeploymentState } from "./deployment-state";
import { refreshPulledImages } from "./engine-mocks";
import { startProdHosts, type ProdHosts } from "./prod-hosts";
import { prodShapedConfig } from "./prod-shaped-config";
import { runConfig, stackSettings } from "./program-run";
import { registryDigest } from "./registry-client";
import { sshEngine } from "./ssh-engine";
import { StackObjects } from "./stack-objects";
import { attemptEvaluation, check, checkHealthy, checkReadBack, evaluate, say, seconds, StepFailed, type Lifecycle } from "./stack-steps";

const stack = "prod";
const projectDir = path.resolve(__dirname, "../..");
const runDir = process.env.PROD_E2E_DIR ?? "/tmp/docker-e2e-prod";
/** Parallel Docker API connections over ssh; the sshd allows several times as many sessions. */
const maxConnections = 8;
const registryUser = "deploy";
const wrongPassword = "not-the-registry-password";

const pinnedImages = imageFamilies.map((family) => `images-${family}-pinned`).sort();

/** Each container's name and the image it runs, as the engine reports it. */
async function runningImages(life: Lifecycle): Promise<Map<string, { id: string; image: string; service: string }>> {
  const running = new Map<string, { id: string; image: string; service: string }>();
  for (const { id, name } of life.objects.containers) {
    const info = await life.engine.getContainer(id).inspect();
    running.set(name, { id, image: info.Config.Image, service: info.Config.Labels["voice.service"] ?? "" });
  }
  return running;
}

async function checkPushedDigests(life: Lifecycle, hosts: ProdHosts, config: Record<string, string>, images: Record<ImageFamily, string>): Promise<void> {
  const settings = stackSettings(config).images;
  const auths = new Map([[hosts.registry, { username: registryUser, password: testSecrets.registryPassword }]]);
  for (const family of imageFamilies) {
    const pushed = images[family];
    check(pushed.startsWith(`${hosts.registry}/voice/voice-${family}@sha256:`), `image ${family} was not pushed to ${hosts.registry}: ${pushed}`);
    const held = await registryDigest(imageName(family, settings), auths, hosts.caCertificate);
    check(pushed.endsWith(`@${held}`), `the registry holds ${held} for ${family}, the stack runs ${pushed}`);
  }
  let containers = 0;
  for (const [name, { image, service }] of await runningImages(life)) {
    const family = catalog[service as ServiceName]?.family;
    if (family === undefined) continue;
    check(image === images[family], `container ${name} runs ${image}, not its family's pushed digest ${images[family]}`);
    containers++;
  }
  say(`the registry holds the 4 pushed digests; ${containers} agent containers run their family's repository@sha256 digest`);
}

async function removeLocalImages(life: Lifecycle, config: Record<string, string>, images: Record<ImageFamily, string>): Promise<void> {
  const settings = stackSettings(config).images;
  for (const family of imageFamilies)
    for (const reference of [imageName(family, settings), images[family]])
      await life.engine
        .getImage(reference)
        .remove({ force: true })
        // Untagging the last tag of a repository also drops its digest references.
        .catch((err: { statusCode?: number }) => {
          if (err.statusCode !== 404) throw err;
        });
  for (const family of imageFamilies) {
    const left = await life.engine.getImage(images[family]).inspect().then(() => true, () => false);
    check(!left, `${images[family]} is still on the engine after its removal`);
  }
  // Running containers keep their image's layers: Docker only untags an image in use.
  say("removed the tag and digest reference of each of the 4 images from the engine (docker rmi -f)");
}

async function prodPath(life: Lifecycle, hosts: ProdHosts): Promise<void> {
  const dataDir = path.join(runDir, "srv");
  for (const dir of ["logs", "config", "models"]) fs.mkdirSync(path.join(dataDir, dir), { recursive: true });
  // The agents run as uid 10001 and write their logs there.
  execFileSync("chown", ["-R", "10001:10001", dataDir]);
  const config = prodShapedConfig(runConfig(stack), { dockerHost: hosts.dockerHost, registry: hosts.registry, dataDir, hostCpus: os.cpus().length, databaseHostPort: 15433 });
  const registryCa = hosts.caCertificate;

  const first = await evaluate(life, "step P1: prod-shaped up over ssh://, images pushed to the registry", config, { registryCa });
  await checkHealthy(life, first.outputs);
  say(`all containers healthy ${seconds(first.endedAt - first.startedAt)} after the start`);
  const images = Object.fromEntries(
    await Promise.all(imageFamilies.map(async (family) => [family, await new Promise<string>((resolve) => first.outputs.images[family].apply(resolve))])),
  ) as Record<ImageFamily, string>;
  await checkPushedDigests(life, hosts, config, images);
  await checkReadBack(life);

  const before = await runningImages(life);
  await removeLocalImages(life, config, images);
  const gone = await refreshPulledImages(life.engine, life.state);
  say(`refresh: ${gone.length} pulled images no longer on the engine (${gone.join(", ")})`);
  check(JSON.stringify([...gone].sort()) === JSON.stringify(pinnedImages), `the refresh should find the 4 pinned images gone; found ${gone.join(", ")}`);
  const repull = await evaluate(life, "step P2: up --refresh after the local images were removed", config, { contextsUnchanged: true, registryCa });
  const planned = repull.mocks.steps.filter((s) => s.operation !== "same");
  check(
    planned.every((s) => s.operation === "create" && pinnedImages.includes(s.name)) && planned.length === pinnedImages.length,
    `only the 4 pinned images should be created again; planned ${planned.map((s) => `${s.operation} ${s.name}`).join(", ")}`,
  );
  check(repull.mocks.pulls.length === imageFamilies.length, `expected 4 pulls through the provider's registryAuth, saw ${repull.mocks.pulls.length}`);
  const after = await runningImages(life);
  check(JSON.stringify([...before]) === JSON.stringify([...after]), "a container was recreated or changed its image during the re-pull");
  say("the engine pulled the 4 images back with the provider's registryAuth; nothing replaced, every container kept its ID");
  await checkHealthy(life, repull.outputs);
  await checkReadBack(life);

  const wrong = { ...config, "voice-assistant:registryPassword": wrongPassword };
  const preview = await attemptEvaluation(life, "step P3: preview with a wrong registryPassword", wrong, { mode: "preview", contextsUnchanged: true, registryCa });
  const expected =
    `registry ${hosts.registry} refused user ${registryUser}: the registryPassword secret is wrong (pulumi config set --secret registryPassword ...); ` +
    "the registry said: bad credentials: 401 Unauthorized";
  check(preview.problems.includes(expected), `the preview should fail with "${expected}"; it said: ${preview.problems.join(" | ") || "nothing"}`);
  check(preview.problems.every((p) => !/\n\s+at /.test(p)), "the failure carries a stack trace");
  check(preview.mocks.pulls.length === 0, "the failed preview pulled images");
  check(JSON.stringify([...after]) === JSON.stringify([...(await runningImages(life))]), "the failed preview changed a container");
  say("the preview failed with the message naming the registry, and changed nothing");
}

async function main(): Promise<number> {
  process.env.VOICE_DEVICE_TOKEN = testSecrets.firstDeviceToken;
  const started = performance.now();
  let passed = false;
  let hosts: ProdHosts | undefined;
  let life: Lifecycle | undefined;
  try {
    hosts = await startProdHosts({
      dir: runDir,
      registryPort: Number(process.env.PROD_E2E_REGISTRY_PORT ?? 15443),
      sshPort: Number(process.env.PROD_E2E_SSH_PORT ?? 12222),
      deployUser: "voice-deploy",
      registryUser,
      registryPassword: testSecrets.registryPassword,
      maxConnections,
    });
    say(`registry ${hosts.registry} (TLS from the run's CA, htpasswd); before the engine trusted the CA it said: ${hosts.untrusted.split("\n").pop()}`);
    say(`Docker host ${hosts.dockerHost} (sshd key-only, known_hosts entry, ControlMaster)`);
    // Every ssh the run starts (the docker CLI's, the engine client's) reads the workstation's config.
    process.env.PATH = `${hosts.sshBinDir}:${process.env.PATH}`;
    const remote = execFileSync("ssh", ["-p", new URL(hosts.dockerHost).port, "voice-deploy@127.0.0.1", "id -nG; docker version --format '{{.Client.Version}} {{.Server.Version}}'"], { encoding: "utf8" });
    say(`the deploying user's groups and the remote docker CLI/engine versions: ${remote.trim().replace(/\n/g, "; ")}`);
    const engine = sshEngine(hosts.dockerHost, maxConnections);
    const objects = new StackObjects(engine, stack);
    await objects.removeLeftoversOfEarlierRun();
    life = { engine, objects, state: new DeploymentState(), stack, projectDir };
    await prodPath(life, hosts);
    passed = true;
  } catch (err) {
    say(`FAILED ${err instanceof StepFailed ? err.message : ((err as Error).stack ?? String(err))}`);
  } finally {
    if (life !== undefined) {
      await life.objects.removeAll();
      await life.objects.removeLeftoversOfEarlierRun();
      const left = await life.objects.leftovers();
      if (Object.values(left).some((names) => names.length > 0)) {
        say(`left behind: ${JSON.stringify(left)}`);
        passed = false;
      }
    }
    await hosts?.stop();
  }
  say(`prod path took ${seconds(performance.now() - started)}`);
  say(passed ? "PASSED" : "FAILED");
  return passed ? 0 : 1;
}

void main().then((code) => process.exit(code));
