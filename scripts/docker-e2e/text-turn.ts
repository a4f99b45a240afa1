import { localDeviceHeaders } from "../../agents-src/launcher/local-credentials";

/** One text turn through the coordinator's published `/v1/ask`, as a device; the reply text, or an error naming the status. */
export async function askText(coordinatorUrl: string, text: string): Promise<string> {
  const response = await fetch(`${coordinatorUrl}/v1/ask`, {
    method: "POST",
    headers: { "content-type": "application/json", ...localDeviceHeaders() },
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { reply?: string; error?: { message: string } };
  if (!response.ok || body.reply === undefined) throw new Error(`/v1/ask "${text}" answered ${response.status}: ${body.error?.message ?? JSON.stringify(body)}`);
  return body.reply;
}
