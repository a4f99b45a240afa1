/**
 * `npm run ask -- "what time is it" [--session ID]`: one text turn to the running stack's
 * coordinator (COORDINATOR_URL, or the catalog's port on loopback); prints the reply, then the
 * intent, session and per-stage timings. It sends the device token in VOICE_DEVICE_TOKEN, else the
 * one `npm start` wrote to .data/device-token.
 */
import { httpUrl } from "../agents-src/kit/catalog";
import { localDeviceHeaders } from "../agents-src/launcher/local-credentials";
import { describeAskFailure, parseAskArguments } from "./ask-arguments";

async function main(argv: string[]): Promise<number> {
  const asked = parseAskArguments(argv);
  if ("error" in asked) {
    console.error(asked.error);
    return 2;
  }
  const { text, sessionId } = asked;
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
    error?: { code: string; message: string; details?: Array<{ path: string; message: string }> };
  };
  if (!response.ok || body.error) {
    console.error(describeAskFailure(response.status, body));
    return 1;
  }
  console.log(body.reply);
  const timings = Object.entries(body.timings ?? {}).map(([stage, ms]) => `${stage} ${ms} ms`).join(", ");
  console.error(`intent: ${body.intent}; session: ${body.sessionId ?? "not stored"}; ${timings}`);
  for (const warning of body.warnings ?? []) console.error(`warning: ${warning}`);
  return 0;
}

void main(process.argv.slice(2)).then((code) => process.exit(code));
