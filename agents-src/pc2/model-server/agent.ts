import { join } from "node:path";
import type { AgentDefinition, ReadyCheck } from "../../kit";
import { dictionaryWords } from "./domain-language-model";
import { pocketsphinxDictionary } from "./pocketsphinx-engine";
import { ModelServerConfig, modelServerConfig } from "./config";
import { registerEmbedRoute } from "./embed-route";
import { loadEmbeddingEngine, loadSpeechToTextEngine } from "./engine-selection";
import { createModelMetrics } from "./model-metrics";
import { ModelRunner, ModelState } from "./model-runner";
import { enrolledSpeakers } from "../../kit/speaker-models";
import { SpeakerEnrolments } from "./speaker-enrolment";
import { registerSpeakerEnrolmentRoute } from "./speaker-enrolment-route";
import { registerTranscribeRoute } from "./transcribe-route";
import { UserRecognisers } from "./user-recognisers";
import { registerVocabularyRoute } from "./vocabulary-route";

function readiness(state: ModelState, extra: Record<string, unknown> = {}): ReadyCheck {
  return { ok: state.status === "ready", detail: state.status === "ready" ? { status: state.status, ...state.info, ...extra } : state };
}

/** pc2: the model server (speech-to-text and text embeddings), GPU when one is visible. */
export const agent: AgentDefinition<ModelServerConfig> = {
  name: "pc2",
  config: modelServerConfig,
  async setup({ config, logger, app, metrics, onClose }) {
    const modelMetrics = createModelMetrics(metrics);
    // Models load in the background so /health answers at once and /ready reports progress.
    const speech = new ModelRunner("transcribe", () => loadSpeechToTextEngine(config, logger), config.MODEL_QUEUE_LIMIT, modelMetrics, (err) =>
      logger.error({ err }, "speech-to-text model failed to load"),
    );
    const embeddings = new ModelRunner("embed", () => loadEmbeddingEngine(config, logger), config.MODEL_QUEUE_LIMIT, modelMetrics, (err) =>
      logger.error({ err }, "embedding model failed to load"),
    );
    const pocketsphinx = config.STT_ENGINE === "pocketsphinx";
    const enrolled = pocketsphinx ? await enrolledSpeakers(config.STT_SPEAKER_MODELS_DIR) : new Set<string>();
    const userSpeech = new UserRecognisers(speech, {
      build: (userId, vocabulary) =>
        loadSpeechToTextEngine(config, logger, vocabulary, enrolled.has(userId) ? join(config.STT_SPEAKER_MODELS_DIR, userId) : undefined),
      enrolled,
      maxLoaded: config.STT_USER_RECOGNISERS,
      queueLimit: config.MODEL_QUEUE_LIMIT,
      metrics: modelMetrics,
      logger,
    });
    const enrolments = new SpeakerEnrolments({
      speakersDir: config.STT_SPEAKER_MODELS_DIR,
      baseModelDir: config.POCKETSPHINX_MODEL_DIR,
      enrolled,
      recognisers: userSpeech,
      maxWaiting: config.MODEL_QUEUE_LIMIT,
      logger,
    });
    if (pocketsphinx) await enrolments.removeLeftovers();
    onClose(async () => {
      await enrolments.close();
      await userSpeech.close();
      await Promise.all([speech.close(), embeddings.close()]);
    });
    await registerTranscribeRoute(app, userSpeech, { maxAudioSeconds: config.MAX_AUDIO_SECONDS });
    const dictionary = () => dictionaryWords(join(config.POCKETSPHINX_MODEL_DIR, pocketsphinxDictionary));
    registerVocabularyRoute(app, userSpeech, { enabled: pocketsphinx && config.STT_DOMAIN_WEIGHT > 0, dictionary });
    registerSpeakerEnrolmentRoute(app, enrolments, userSpeech, { enabled: pocketsphinx, dictionary });
    registerEmbedRoute(app, embeddings, { maxBatch: config.EMBED_MAX_BATCH, maxTextChars: config.EMBED_MAX_TEXT_CHARS, recentTexts: config.EMBED_RECENT_TEXTS }, metrics);
    return {
      ready: async () => ({
        speechToText: readiness(speech.status, { userRecognisers: userSpeech.counts }),
        embeddings: readiness(embeddings.status),
      }),
    };
  },
};
