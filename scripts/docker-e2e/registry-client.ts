/**
 * What the docker provider's docker_registry_image data source does, from the machine that runs
 * Pulumi (kreuzwerker v4.5.0, data_source_docker_registry_image.go, dataSourceDockerRegistryImageRead
 * and getImageDigest; authentication_helpers.go, setupHTTPRequestForRegistry and parseAuthHeader):
 * a HEAD of the tag's manifest with the provider's registry_auth as basic auth, over TLS checked
 * against the machine's trust store. Its errors are worded as the provider words them.
 */
import * as fs from "node:fs";
import * as https from "node:https";
import * as tls from "node:tls";

const dockerHub = "registry-1.docker.io";

/** parseImageOptions: the registry is the first path part when it looks like a host. */
export function registryOf(reference: string): string {
  const slash = reference.indexOf("/");
  const first = slash < 0 ? "" : reference.slice(0, slash);
  return /[.:]/.test(first) || first === "localhost" ? first : dockerHub;
}

/** The reference without its tag or digest; a registry port is not a tag. */
export function repositoryOf(reference: string): string {
  return reference.replace(/@.*$/, "").replace(/:[^/:]*$/, "");
}

/** The repository path inside the registry and the tag (or digest) asked for. */
function manifestPath(reference: string): { repository: string; tag: string } {
  const registry = registryOf(reference);
  const withoutRegistry = registry === dockerHub && !reference.startsWith(`${dockerHub}/`) ? reference : reference.slice(registry.length + 1);
  const at = withoutRegistry.indexOf("@");
  if (at >= 0) return { repository: withoutRegistry.slice(0, at), tag: withoutRegistry.slice(at + 1) };
  const repository = repositoryOf(withoutRegistry);
  const tag = withoutRegistry.length > repository.length ? withoutRegistry.slice(repository.length + 1) : "latest";
  return { repository, tag };
}

/** setupHTTPHeadersForRegistryRequests: the manifest types the provider accepts. */
const manifestTypes = [
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.oci.image.index.v1+json",
].join(", ");

interface Credentials {
  username: string;
  password: string;
}

function head(url: URL, credentials: Credentials | undefined, ca: string | undefined): Promise<{ status: number; statusText: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      url,
      {
        method: "HEAD",
        headers: {
          Accept: manifestTypes,
          ...(credentials && { Authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}` }),
        },
        // Go's http.DefaultClient trusts the system's roots; the run's CA stands for the one a workstation adds.
        ca: ca === undefined ? undefined : [...tls.rootCertificates, fs.readFileSync(ca, "utf8")],
        timeout: 15_000,
      },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, statusText: `${res.statusCode} ${res.statusMessage ?? ""}`.trim(), headers: res.headers });
      },
    );
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", (err) => reject(new Error(`Error during registry request: Head "${url}": ${err.message}`)));
    request.end();
  });
}

/** The manifest digest the registry holds for `reference`, or the provider's error. */
export async function registryDigest(reference: string, auths: Map<string, Credentials>, ca?: string): Promise<string> {
  const registry = registryOf(reference);
  const { repository, tag } = manifestPath(reference);
  const fail = (cause: string) => new Error(`Got error when attempting to fetch image version ${repository}:${tag} from registry: ${cause}`);
  let response;
  try {
    response = await head(new URL(`https://${registry}/v2/${repository}/manifests/${tag}`), auths.get(registry), ca);
  } catch (err) {
    throw fail((err as Error).message);
  }
  if (response.status === 200) {
    const digest = response.headers["docker-content-digest"];
    if (typeof digest !== "string") throw fail("error reading registry response body: no Docker-Content-Digest");
    return digest;
  }
  // A basic-auth registry's challenge is not a Bearer one: parseAuthHeader fails and the provider
  // reports bad credentials (token registries would be asked for a token instead; none is used here).
  if (response.status === 401) throw fail(`bad credentials: ${response.statusText}`);
  throw fail(`got bad response from registry: ${response.statusText}`);
}
