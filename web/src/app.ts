import { Api, ApiError, Memory, WebConfig } from "./api.js";
import { VoiceEnrolmentPanel } from "./voice-enrolment.js";
import { HeardReply, ServerEvent, TalkMode, unauthorizedCloseCode, VoiceSession } from "./voice-session.js";

// The timekeeper's repeat rules, as a person reads them.
const repeatWords: Record<string, string> = {
  P1D: "every day", P2D: "every other day", weekdays: "on weekdays", P1W: "every week", P2W: "every other week", P1M: "every month", P1Y: "every year", PT1H: "every hour",
};

/** The token lives in this tab's sessionStorage only: never in a URL, a cookie or localStorage. */
const tokenKey = "voice-device-token";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const show = (id: string, visible: boolean) => ($(id).hidden = !visible);
const say = (id: string, text: string) => ($(id).textContent = text);

let api: Api | undefined;
let config: WebConfig | undefined;
let voice: VoiceSession | undefined;
let conversationId: string | null = null;
let enrolment: VoiceEnrolmentPanel | undefined;
const heardReplies: HeardReply[] = [];
/** The server's events as they came, with the audio clock's time (null before the microphone opened). */
const serverEvents: Array<{ type: string; at: number | null }> = [];

/** What the page measured, for `npm run bench:web` and the browser tests: read-only figures. */
(window as unknown as { voiceClientFigures: () => unknown }).voiceClientFigures = () => ({
  latencies: heardReplies.map((r) => r.latencyMs),
  heard: [...heardReplies],
  /** Where the browser says its microphone and its speakers add latency of their own, in ms. */
  deviceLatencyMs: voice ? { input: voice.inputLatency * 1000, output: (voice.context.outputLatency + voice.context.baseLatency) * 1000 } : null,
  events: [...serverEvents],
  audioTime: voice?.context.currentTime ?? null,
  playback: voice ? { ...voice.player.figures, cutAt: [...voice.player.figures.cutAt], playing: voice.player.playing } : null,
  sampleRate: voice?.context.sampleRate ?? null,
});

function explainFailure(err: unknown): string {
  if (err instanceof ApiError && err.status === 401) return `The device token was not accepted: ${err.message}.`;
  if (err instanceof ApiError && err.status === 429) return `Too many requests from this device: ${err.message}.`;
  return err instanceof Error ? err.message : String(err);
}

function secureContextProblem(): string | undefined {
  if (window.isSecureContext && typeof navigator.mediaDevices?.getUserMedia === "function") return undefined;
  return `The microphone needs a secure context: open this page over https:// or on localhost (this is ${location.origin}). Typed questions, memories and timers still work here. docs/web.md explains how to serve the assistant behind TLS.`;
}

function addTurn(who: "user" | "assistant" | "notice", label: string, text: string): void {
  const item = document.createElement("li");
  item.className = who;
  const name = document.createElement("span");
  name.className = "who";
  name.textContent = label;
  const body = document.createElement("span");
  body.className = "text";
  body.textContent = text;
  item.append(name, body);
  $("conversation").append(item);
  item.scrollIntoView({ block: "nearest" });
}

async function signIn(token: string): Promise<void> {
  const candidate = new Api(token);
  say("sign-in-error", "");
  try {
    await candidate.health();
  } catch (err) {
    sessionStorage.removeItem(tokenKey);
    say("sign-in-error", `Sign-in failed. ${explainFailure(err)} Check the token, or make a new one with npm run users -- token NAME.`);
    return;
  }
  api = candidate;
  sessionStorage.setItem(tokenKey, token);
  ($("token") as HTMLInputElement).value = "";
  show("sign-in", false);
  show("signed-in", true);
  show("sign-out", true);
  // Not awaited: while an enrolment adapts it follows it, which must not hold up signing in.
  void enrolment?.refresh();
  await Promise.all([refreshMemories(), refreshTimers(), refreshHealth()]);
}

function signOut(): void {
  voice?.stop();
  enrolment?.reset();
  api = undefined;
  conversationId = null;
  sessionStorage.removeItem(tokenKey);
  $("conversation").replaceChildren();
  show("signed-in", false);
  show("sign-out", false);
  show("sign-in", true);
}

function audioUrl(settings: WebConfig): string {
  if (settings.audioUrl) return settings.audioUrl;
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${location.hostname}:${settings.audioPort ?? location.port}${settings.audioPath}`;
}

const stateOf: Partial<Record<ServerEvent["type"], string>> = {
  session: "Listening",
  "speech-started": "Speech started",
  "speech-ended": "Speech ended: thinking",
  "audio-start": "Speaking",
  "reply-cancelled": "Reply cancelled: you spoke over it",
};

function onServerEvent(event: ServerEvent): void {
  serverEvents.push({ type: event.type, at: voice?.context.currentTime ?? null });
  const state = stateOf[event.type];
  if (state) say("state", state);
  switch (event.type) {
    case "transcript":
      addTurn("user", "You said", event.text);
      break;
    case "reply":
      addTurn("assistant", "Assistant", event.text);
      say("state", "Replying");
      if (changesMemories(event.intent)) void refreshMemories(currentMemoryQuery());
      break;
    case "audio-stop":
      say("state", voice?.mode === "push-to-talk" ? "Ready: hold to talk" : "Listening");
      break;
    case "timer-fired":
      addTurn("notice", "Timer", event.text);
      void refreshTimers();
      break;
    case "error":
      say("voice-error", event.text ?? event.message ?? event.code);
      break;
  }
}

function onClosed(code: number, reason: string): void {
  setTalking(false);
  if (code === unauthorizedCloseCode) say("voice-error", "The audio service refused the device token (unauthorized). Sign out and sign in with a valid token.");
  else if (code !== 1000) say("voice-error", `The audio connection closed (${code}${reason ? ` ${reason}` : ""}).`);
  say("state", "Not listening");
}

function setTalking(on: boolean): void {
  const mode = currentMode();
  show("start", !on);
  show("stop", on);
  show("push", on && mode === "push-to-talk");
  show("push-hint", on && mode === "push-to-talk");
  for (const radio of document.querySelectorAll<HTMLInputElement>("input[name=mode]")) radio.disabled = on;
}

const currentMode = () => (document.querySelector<HTMLInputElement>("input[name=mode]:checked")?.value ?? "hands-free") as TalkMode;

async function startTalking(): Promise<void> {
  const token = sessionStorage.getItem(tokenKey);
  if (!token || !config) return;
  say("voice-error", "");
  try {
    voice ??= await VoiceSession.open({
      event: onServerEvent,
      closed: onClosed,
      heard: (reply) => {
        heardReplies.push(reply);
        say("latency", `Reply heard ${Math.round(reply.latencyMs)} ms after you stopped speaking.`);
      },
    });
    await voice.start(audioUrl(config), token, currentMode());
    setTalking(true);
    say("state", "Connecting");
  } catch (err) {
    say("voice-error", `The microphone could not be opened: ${explainFailure(err)}`);
  }
}

async function ask(text: string): Promise<void> {
  if (!api) return;
  say("ask-error", "");
  addTurn("user", "You typed", text);
  try {
    const result = await api.ask(text, conversationId);
    conversationId = result.sessionId ?? conversationId;
    addTurn("assistant", "Assistant", result.reply);
    if (changesMemories(result.intent)) void refreshMemories(currentMemoryQuery());
    if (result.intent.startsWith("timer")) void refreshTimers();
  } catch (err) {
    say("ask-error", `The question was not answered. ${explainFailure(err)}`);
  }
}

function renderMemories(memories: Memory[], emptyText: string): void {
  const list = $("memories");
  list.replaceChildren();
  if (memories.length === 0) {
    const empty = document.createElement("li");
    empty.textContent = emptyText;
    list.append(empty);
  }
  for (const memory of memories) {
    const item = document.createElement("li");
    const text = document.createElement("span");
    text.textContent = memory.content;
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = "Delete";
    remove.setAttribute("aria-label", `Delete memory: ${memory.content}`);
    remove.addEventListener("click", () => void deleteMemory(memory));
    item.append(text, remove);
    list.append(item);
  }
}

const changesMemories = (intent: string) => intent === "remember" || intent === "forget" || intent === "correct";
/** The list keeps showing what the user searched for when a turn changes their memories. */
const currentMemoryQuery = () => ($("memory-query") as HTMLInputElement).value.trim() || undefined;

/** Each refresh of the list is numbered; an answer that arrives after a newer request's is dropped. */
let memoryRequests = 0;

async function refreshMemories(query?: string): Promise<void> {
  if (!api) return;
  say("memory-error", "");
  const request = ++memoryRequests;
  try {
    const memories = query ? await api.searchMemories(query) : await api.memories();
    if (request !== memoryRequests) return;
    renderMemories(memories, query ? `No memory matches "${query}".` : "No memories yet.");
  } catch (err) {
    say("memory-error", explainFailure(err));
  }
}

async function deleteMemory(memory: Memory): Promise<void> {
  if (!api) return;
  try {
    await api.deleteMemory(memory.id);
    say("memory-error", `Deleted: ${memory.content}`);
    await refreshMemories(currentMemoryQuery());
    say("memory-error", "");
  } catch (err) {
    say("memory-error", explainFailure(err));
  }
}

async function refreshTimers(): Promise<void> {
  if (!api) return;
  say("timer-error", "");
  try {
    const timers = await api.timers();
    const list = $("timers");
    list.replaceChildren();
    if (timers.length === 0) {
      const empty = document.createElement("li");
      empty.textContent = "No timers running.";
      list.append(empty);
    }
    for (const timer of timers) {
      const item = document.createElement("li");
      const text = document.createElement("span");
      const name = timer.label ?? (timer.kind === "timer" ? "Timer" : "Reminder");
      const repeats = timer.repeat ? `, repeats ${repeatWords[timer.repeat] ?? timer.repeat.replace(/^PT(\d+)H$/, "every $1 hours")}` : "";
      text.textContent = `${name}: ${timer.state}, ${Math.ceil(timer.remainingMs / 1000)} s left (due ${new Date(timer.dueAt).toLocaleString()}${repeats})`;
      const cancel = document.createElement("button");
      cancel.type = "button";
      cancel.textContent = "Cancel";
      cancel.setAttribute("aria-label", `Cancel ${name}`);
      cancel.addEventListener("click", () => void api?.cancelTimer(timer.id).then(refreshTimers, (err: unknown) => say("timer-error", explainFailure(err))));
      item.append(text, cancel);
      list.append(item);
    }
  } catch (err) {
    say("timer-error", explainFailure(err));
  }
}

async function refreshHealth(): Promise<void> {
  if (!api) return;
  say("health-error", "");
  try {
    const services = await api.health();
    $("health").replaceChildren(
      ...services.map((s) => {
        const line = document.createElement("li");
        line.className = s.state;
        line.textContent = `${s.service}: ${s.state}${s.latencyMs !== null ? ` (${Math.round(s.latencyMs)} ms)` : ""}${s.error ? `: ${s.error}` : ""}`;
        return line;
      }),
    );
  } catch (err) {
    say("health-error", explainFailure(err));
  }
}

function wirePushToTalk(): void {
  const button = $("push");
  const down = () => {
    voice?.press();
    button.setAttribute("aria-pressed", "true");
    say("state", "Talking");
  };
  const up = () => {
    voice?.release();
    button.setAttribute("aria-pressed", "false");
  };
  button.addEventListener("pointerdown", down);
  button.addEventListener("pointerup", up);
  button.addEventListener("pointerleave", up);
  button.addEventListener("keydown", (e) => {
    if ((e.key === " " || e.key === "Enter") && !e.repeat) {
      e.preventDefault();
      down();
    }
  });
  button.addEventListener("keyup", (e) => {
    if (e.key === " " || e.key === "Enter") up();
  });
}

async function main(): Promise<void> {
  const problem = secureContextProblem();
  if (problem) {
    say("insecure", problem);
    show("insecure", true);
    ($("start") as HTMLButtonElement).disabled = true;
    ($("enrol-start") as HTMLButtonElement).disabled = true;
  }
  $("sign-in-form").addEventListener("submit", (e) => {
    e.preventDefault();
    void signIn(($("token") as HTMLInputElement).value.trim());
  });
  $("sign-out").addEventListener("click", signOut);
  $("start").addEventListener("click", () => void startTalking());
  $("stop").addEventListener("click", () => {
    voice?.stop();
    setTalking(false);
    say("state", "Not listening");
  });
  $("ask-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const input = $("question") as HTMLInputElement;
    const text = input.value.trim();
    input.value = "";
    if (text) void ask(text);
  });
  $("memory-search").addEventListener("submit", (e) => {
    e.preventDefault();
    void refreshMemories(currentMemoryQuery());
  });
  $("memory-all").addEventListener("click", () => {
    ($("memory-query") as HTMLInputElement).value = "";
    void refreshMemories();
  });
  $("timers-refresh").addEventListener("click", () => void refreshTimers());
  $("health-refresh").addEventListener("click", () => void refreshHealth());
  wirePushToTalk();
  enrolment = new VoiceEnrolmentPanel(() => api, explainFailure);
  config = await Api.config();
  const saved = sessionStorage.getItem(tokenKey);
  if (saved) await signIn(saved);
  document.body.dataset.ready = "true";
  performance.mark("voice-client-interactive");
}

void main();
