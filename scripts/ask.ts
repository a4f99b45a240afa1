/**
 * `npm run ask -- "what time is it" [--session ID]`: one text turn to the running stack's
 * coordinator (COORDINATOR_URL, or the catalog's port on loopback); prints the reply, then the
 * intent, session and per-stage timings. It sends the device token in VOICE_DEVICE_TOKEN, else the
 * one `npm start` wrote to .data/device-token.
 */
import { httpUrl } from "../agents-src/kit/catalog";
import { localDeviceHeaders } from "../agents-src/launcher/local-credentials";

async function main(argv: string[]): Promise<number> {
  const sessionFlag = argv.indexOf("--session");
  const sessionId = sessionFlag >= 0 ? argv[sessionFlag + 1] : undefined;
  const text = argv.filter((_, i) => sessionFlag < 0 || (i !== sessionFlag && i !== sessionFlag + 1)).join(" ").trim();
  if (!text) {
    console.error('usage: npm run ask -- "what time is it" [--session ID]');
    return 2;
  }
  const url = process.env.COORDINATOR_URL ?? httpUrl("coordinator", "127.0.0.1");
  let response: Response;
  try {
    response = await fetch(`${url}/v1/ask`, {
      method: "POST",
      headers: { "content-type": "application/json", ...localDeviceHeaders() },
      body: JSON.stringify({ text, ...(sessionId ? { sessionId } : {}) }),
    });
  } catch (err) {
    console.error(`cannot reach the coordinator at ${url} (is \`npm start\` running?): ${(err as Error).message}`);
    return 1;
  }
  const body = (await response.json()) as {
    reply?: string;
    intent?: string;
    sessionId?: string | null;
    timings?: Record<string, number>;
    warnings?: string[];
    error?: { code: string; message: string };
  };
  if (!response.ok || body.error) {
    console.error(`coordinator answered ${response.status}: ${body.error?.message ?? JSON.stringify(body)}`);
    return 1;
  }
  console.log(body.reply);
  const timings = Object.entries(body.timings ?? {}).map(([stage, ms]) => `${stage} ${ms} ms`).join(", ");
  console.error(`intent: ${body.intent}; session: ${body.sessionId ?? "not stored"}; ${timings}`);
  for (const warning of body.warnings ?? []) console.error(`warning: ${warning}`);
  return 0;
}

void main(process.argv.slice(2)).then((code) => process.exit(code));
