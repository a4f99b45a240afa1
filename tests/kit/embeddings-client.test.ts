import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { requestEmbeddings, UnusableEmbeddingsError } from "../../agents-src/kit/embeddings-client";
import { PeerClient, PeerError } from "../../agents-src/kit/peer-client";

/** A pc2 stand-in whose `POST /v1/embed` answers with whatever the current test sets. */
let answer: { status: number; body: unknown };
const received: unknown[] = [];
let server: Server;
let pc2: PeerClient;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ method: req.method, url: req.url, body: JSON.parse(body) });
      res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  pc2 = new PeerClient("pc2", `http://127.0.0.1:${(server.address() as AddressInfo).port}`, { retries: 0 });
});

afterAll(() => {
  pc2.close();
  server.closeAllConnections();
  server.close();
});

it("posts the texts and returns one checked vector per text", async () => {
  answer = { status: 200, body: { model: "m", dimension: 2, vectors: [[1, 0], [0, 1]] } };
  await expect(requestEmbeddings(pc2, ["a", "b"])).resolves.toEqual({ model: "m", dimension: 2, vectors: [[1, 0], [0, 1]] });
  expect(received.at(-1)).toEqual({ method: "POST", url: "/v1/embed", body: { texts: ["a", "b"] } });
});

it.each([
  ["too few vectors", { model: "m", dimension: 2, vectors: [[1, 0]] }],
  ["a vector of another length", { model: "m", dimension: 2, vectors: [[1, 0], [1]] }],
  ["no model", { dimension: 2, vectors: [[1, 0], [0, 1]] }],
  ["numbers as strings", { model: "m", dimension: 2, vectors: [["1", "0"], ["0", "1"]] }],
])("refuses an answer with %s as unusable", async (_what, body) => {
  answer = { status: 200, body };
  await expect(requestEmbeddings(pc2, ["a", "b"])).rejects.toBeInstanceOf(UnusableEmbeddingsError);
});

it("passes on pc2's own failure as a PeerError", async () => {
  answer = { status: 503, body: { error: { code: "unavailable", message: "model loading" } } };
  const failure = requestEmbeddings(pc2, ["a"]);
  await expect(failure).rejects.toBeInstanceOf(PeerError);
  await expect(failure).rejects.toMatchObject({ status: 503 });
});
