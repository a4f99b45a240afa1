import type { Api, SpeakerEnrolment } from "./api.js";
import { SentenceRecorder, wavBase64 } from "./sentence-recorder.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const say = (id: string, text: string) => ($(id).textContent = text);
const show = (id: string, visible: boolean) => ($(id).hidden = !visible);

/** How often the page asks whether the adaptation (2-3 s) and the recogniser's build are done. */
const pollMs = 1000;

/**
 * "Teach it my voice": shows each enrolment sentence, records it as the user reads it (the pause
 * after it moves on, or Next), uploads them all, and follows pc2's adaptation until the user's own
 * recogniser hears them. Forget my voice removes it.
 */
export class VoiceEnrolmentPanel {
  private recorder: SentenceRecorder | undefined;
  private sentences: string[] = [];
  private clips: Array<{ text: string; audio: string }> = [];

  constructor(
    private readonly api: () => Api | undefined,
    private readonly explain: (err: unknown) => string,
  ) {
    $("enrol-start").addEventListener("click", () => void this.start());
    $("enrol-next").addEventListener("click", () => this.recorder?.finish());
    $("enrol-cancel").addEventListener("click", () => {
      this.stopRecording();
      say("enrol-sentence", "");
      void this.refresh();
    });
    $("enrol-forget").addEventListener("click", () => void this.forget());
  }

  /** Shows where the signed-in user's enrolment stands, and follows it while it adapts. */
  async refresh(): Promise<void> {
    const api = this.api();
    if (!api) return;
    try {
      let state = await api.enrolment();
      this.describe(state);
      while (state.status === "adapting" || (state.status === "ready" && state.recogniser === "building")) {
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        state = await api.enrolment();
        this.describe(state);
      }
    } catch (err) {
      say("enrol-error", this.explain(err));
    }
  }

  /** Signed out: nothing recorded is kept. */
  reset(): void {
    this.stopRecording();
    say("enrol-sentence", "");
    say("enrol-status", "");
    say("enrol-error", "");
  }

  private async start(): Promise<void> {
    const api = this.api();
    if (!api) return;
    say("enrol-error", "");
    try {
      this.sentences = await api.enrolmentSentences();
      this.clips = [];
      this.recorder = await SentenceRecorder.open((pcm) => this.recorded(pcm));
    } catch (err) {
      this.stopRecording();
      say("enrol-error", `The microphone could not be opened: ${this.explain(err)}`);
      return;
    }
    show("enrol-start", false);
    show("enrol-forget", false);
    show("enrol-next", true);
    show("enrol-cancel", true);
    this.prompt();
  }

  private prompt(): void {
    const n = this.clips.length;
    say("enrol-status", `Sentence ${n + 1} of ${this.sentences.length}: read it aloud, then pause.`);
    say("enrol-sentence", this.sentences[n]);
  }

  private recorded(pcm: Int16Array): void {
    this.clips.push({ text: this.sentences[this.clips.length], audio: wavBase64(pcm) });
    if (this.clips.length < this.sentences.length) {
      this.prompt();
      return;
    }
    this.stopRecording();
    void this.upload();
  }

  private async upload(): Promise<void> {
    const api = this.api();
    if (!api) return;
    say("enrol-sentence", "");
    say("enrol-status", `Uploading ${this.clips.length} recordings`);
    try {
      await api.enrol(this.clips);
      this.clips = [];
    } catch (err) {
      say("enrol-error", `The recordings were not accepted: ${this.explain(err)}`);
    }
    await this.refresh();
  }

  private async forget(): Promise<void> {
    try {
      await this.api()?.forgetVoice();
    } catch (err) {
      say("enrol-error", this.explain(err));
    }
    await this.refresh();
  }

  private stopRecording(): void {
    this.recorder?.close();
    this.recorder = undefined;
    show("enrol-start", true);
    show("enrol-next", false);
    show("enrol-cancel", false);
  }

  private describe(state: SpeakerEnrolment): void {
    show("enrol-forget", state.status === "ready");
    ($("enrol-start") as HTMLButtonElement).textContent = state.status === "none" ? "Start reading" : "Read the sentences again";
    $("enrol-status").dataset.status = state.status;
    if (state.status === "none") say("enrol-status", "Not taught yet: the assistant hears you with its general model.");
    else if (state.status === "adapting") say("enrol-status", "Learning your voice (a few seconds)");
    else if (state.status === "failed") say("enrol-status", `Learning your voice failed: ${state.error ?? "no reason given"}`);
    else if (state.recogniser === "building") say("enrol-status", "Your voice is learnt; loading it");
    else {
      const learnt = state.clips === undefined ? "" : ` from ${state.clips - (state.unaligned ?? 0)} of ${state.clips} recordings in ${state.seconds} s`;
      say("enrol-status", `The assistant knows your voice${learnt}.`);
    }
  }
}
