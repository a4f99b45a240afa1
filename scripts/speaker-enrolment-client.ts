/**
 * "Teach it my voice" as the web client does it, for the tools that enrol a voice through a
 * running stack (`eval:assistant --spoken --enrol`, the Docker-engine run): the recordings of the
 * enrolment sentences posted to the coordinator's POST /v1/speaker-enrolment with a device token,
 * then followed until pc2 has adapted the model and built the user's recogniser (before that the
 * stack's recogniser hears them).
 */
import { setTimeout as sleep } from "node:timers/promises";

/** pc2's answer (through the coordinator) about the token's user: GET /v1/speaker-enrolment. */
export interface SpeakerEnrolmentState {
  status: string;
  error?: string;
  recogniser?: string;
  clips?: number;
  unaligned?: number;
  seconds?: number;
}

/** How often the state of an enrolment is asked for, as the web client's panel does. */
const enrolmentPollMs = 500;
/** Adapting takes 2-3 s and building the recogniser about 1 s of CPU; far longer means pc2 is stuck. */
const defaultEnrolmentTimeoutMs = 120_000;

export interface SpeakerEnrolmentOutcome {
  /** Why the enrolment failed; undefined once the user is heard by their own model. */
  failure?: string;
  /** The last state pc2 gave. */
  state: SpeakerEnrolmentState;
  /** How often the upload was refused for now (503) and sent again. */
  retries: number;
}

/** A clip of one enrolment sentence: `audio` is a WAV file (16 kHz mono, as the web client sends), base64. */
export interface EnrolmentUpload {
  text: string;
  audio: string;
}

export class SpeakerEnrolmentClient {
  constructor(
    private readonly coordinatorUrl: string,
    private readonly token: string,
    private readonly timeoutMs = defaultEnrolmentTimeoutMs,
  ) {}

  /** The state of the token's user's enrolment; a 503 is retried after its Retry-After until `deadline`. */
  async state(deadline = Date.now() + this.timeoutMs): Promise<SpeakerEnrolmentState> {
    return (await this.call("GET", deadline)).state;
  }

  /**
   * Posts the clips and follows the enrolment until it is over. Any refusal other than a 503 is the
   * caller's fault (a malformed enrolment, one already under way) and throws; so does pc2 not being
   * done within the timeout.
   */
  async enrol(clips: readonly EnrolmentUpload[]): Promise<SpeakerEnrolmentOutcome> {
    const deadline = Date.now() + this.timeoutMs;
    let { state, retries } = await this.call("POST", deadline, { clips });
    while (state.status === "adapting" || (state.status === "ready" && state.recogniser === "building")) {
      if (Date.now() > deadline) throw new Error(`the enrolment was not ready after ${this.timeoutMs / 1000} s: ${JSON.stringify(state)}`);
      await sleep(enrolmentPollMs);
      const polled = await this.call("GET", deadline);
      state = polled.state;
      retries += polled.retries;
    }
    const failure = state.status === "ready" && state.recogniser === "ready" ? undefined : (state.error ?? `enrolment ${state.status}, recogniser ${state.recogniser}`);
    return { failure, state, retries };
  }

  private async call(method: "GET" | "POST", deadline: number, body?: unknown): Promise<{ state: SpeakerEnrolmentState; retries: number }> {
    const send = () =>
      fetch(`${this.coordinatorUrl}/v1/speaker-enrolment`, {
        method,
        headers: { authorization: `Bearer ${this.token}`, ...(body ? { "content-type": "application/json" } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    let retries = 0;
    let response = await send();
    // 503 with Retry-After: the preprocessor's threads (or pc2) are busy for now, and the route says
    // to try again shortly, as the user would; on a loaded machine the enrolment's own clips do it.
    while (response.status === 503 && Date.now() < deadline) {
      retries += 1;
      await sleep(Number(response.headers.get("retry-after") ?? 1) * 1000);
      response = await send();
    }
    if (!response.ok) throw new Error(`${method} /v1/speaker-enrolment: ${response.status} ${await response.text()}`);
    return { state: (await response.json()) as SpeakerEnrolmentState, retries };
  }
}
