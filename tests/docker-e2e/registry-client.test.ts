import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as https from "node:https";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { registryDigest } from "../../scripts/docker-e2e/registry-client";

/**
 * A registry's manifest endpoint on 127.0.0.1 with basic auth over TLS from a CA made here, answering
 * as the distribution registry does, so the data source's wording is checked on a real socket.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "registry-client-"));
const file = (name: string) => path.join(dir, name);
const digest = "sha256:0ee7d59ca2265f82deec769bf0a6c087909a2f8031066bda5f777c040c424c13";
let server: https.Server;
let registry: string;
let seenAccept: string | undefined;

beforeAll(async () => {
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  execFileSync("openssl", ["req", "-x509", ...ec, "-keyout", file("ca.key"), "-out", file("ca.crt"), "-days", "1", "-subj", "/CN=test CA"], { stdio: "ignore" });
  execFileSync("openssl", ["req", ...ec, "-keyout", file("srv.key"), "-out", file("srv.csr"), "-subj", "/CN=127.0.0.1"], { stdio: "ignore" });
  fs.writeFileSync(file("srv.ext"), "subjectAltName=IP:127.0.0.1\n");
  execFileSync("openssl", ["x509", "-req", "-in", file("srv.csr"), "-CA", file("ca.crt"), "-CAkey", file("ca.key"), "-CAcreateserial", "-days", "1", "-extfile", file("srv.ext"), "-out", file("srv.crt")], { stdio: "ignore" });
  server = https.createServer({ key: fs.readFileSync(file("srv.key")), cert: fs.readFileSync(file("srv.crt")) }, (req, res) => {
    seenAccept = req.headers.accept;
    if (req.headers.authorization !== `Basic ${Buffer.from("deploy:right-password").toString("base64")}`) {
      res.writeHead(401, { "WWW-Authenticate": 'Basic realm="voice-registry"' }).end();
    } else if (req.method === "HEAD" && req.url === "/v2/voice/voice-core/manifests/0.1.0") {
      res.writeHead(200, { "Docker-Content-Digest": digest }).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  registry = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

const auths = (password: string) => new Map([[registry, { username: "deploy", password }]]);

describe("registryDigest", () => {
  it("returns the manifest digest the registry reports for a pushed tag, asking for the manifest types Docker pushes", async () => {
    await expect(registryDigest(`${registry}/voice/voice-core:0.1.0`, auths("right-password"), file("ca.crt"))).resolves.toBe(digest);
    expect(seenAccept).toContain("application/vnd.docker.distribution.manifest.v2+json");
  });

  it("words a refused password as the provider does: bad credentials", async () => {
    await expect(registryDigest(`${registry}/voice/voice-core:0.1.0`, auths("wrong-password"), file("ca.crt"))).rejects.toThrow(
      "Got error when attempting to fetch image version voice/voice-core:0.1.0 from registry: bad credentials: 401 Unauthorized",
    );
  });

  it("words a tag not pushed yet as a bad response, 404", async () => {
    await expect(registryDigest(`${registry}/voice/voice-pc2:0.1.0`, auths("right-password"), file("ca.crt"))).rejects.toThrow(
      "Got error when attempting to fetch image version voice/voice-pc2:0.1.0 from registry: got bad response from registry: 404 Not Found",
    );
  });

  it("fails the request when the machine does not trust the registry's CA", async () => {
    await expect(registryDigest(`${registry}/voice/voice-core:0.1.0`, auths("right-password"))).rejects.toThrow(
      `Got error when attempting to fetch image version voice/voice-core:0.1.0 from registry: Error during registry request: Head "https://${registry}/v2/voice/voice-core/manifests/0.1.0": unable to verify the first certificate`,
    );
  });
});
