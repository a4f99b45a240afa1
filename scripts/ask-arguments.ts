/**
 * What `npm run ask` was asked: the text and, with `--session ID`, the session to continue. Checked
 * here so that a wrong flag gets a sentence that says how to use it rather than the coordinator's
 * "invalid request body".
 */
export type AskArguments = { text: string; sessionId?: string } | { error: string };

export const askUsage = 'usage: npm run ask -- "what time is it" [--session ID]   (ID: the session printed after an earlier turn)';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseAskArguments(argv: string[]): AskArguments {
  const flag = argv.indexOf("--session");
  const sessionId = flag >= 0 ? argv[flag + 1] : undefined;
  const text = argv.filter((_, i) => flag < 0 || (i !== flag && i !== flag + 1)).join(" ").trim();
  if (flag >= 0 && (sessionId === undefined || !uuid.test(sessionId))) {
    return { error: `--session takes the session id an earlier turn printed ("session: 6b8e1792-..."), not ${sessionId === undefined ? "nothing" : `"${sessionId}"`}; leave it out to start a new session` };
  }
  if (!text) return { error: askUsage };
  return sessionId ? { text, sessionId } : { text };
}

interface CoordinatorError {
  error?: { code: string; message: string; details?: Array<{ path: string; message: string }> };
}

/** The coordinator's error as one line: its message, each field it named, and what to do about an ended session. */
export function describeAskFailure(status: number, body: CoordinatorError): string {
  const error = body.error;
  if (!error) return `coordinator answered ${status}: ${JSON.stringify(body)}`;
  const fields = (error.details ?? []).map((d) => `${d.path || "body"}: ${d.message}`);
  const hint = error.code === "unknown_session" ? "; leave out --session to start a new session" : "";
  return `coordinator answered ${status}: ${error.message}${fields.length ? ` (${fields.join("; ")})` : ""}${hint}`;
}
