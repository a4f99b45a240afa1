import { JobFailure, type JobDefinition } from "../../kit";
import { modelsJobConfig, type ModelsJobConfig } from "./config";
import { formatBytes } from "./download-progress";
import { ModelFileError, provisionModels } from "./provision-models";

/** One-shot job: puts the configured models onto the models volume, verified, before pc2 starts. */
export const job: JobDefinition<ModelsJobConfig> = {
  name: "models",
  config: modelsJobConfig,
  async run({ config, logger }) {
    const files = config.MODELS_MANIFEST.flatMap((model) => model.files);
    const listedBytes = files.reduce((sum, file) => sum + (file.size ?? 0), 0);
    const listed = listedBytes > 0 ? ` (${formatBytes(listedBytes)} listed)` : "";
    logger.info(
      { models: config.MODELS_MANIFEST.length, files: files.length, listedBytes, modelsDir: config.MODELS_DIR },
      `provisioning ${files.length} files${listed} into ${config.MODELS_DIR}`,
    );
    try {
      const summary = await provisionModels(config.MODELS_MANIFEST, {
        modelsDir: config.MODELS_DIR,
        token: config.MODELS_TOKEN,
        attempts: config.MODELS_ATTEMPTS,
        retryDelayMs: config.MODELS_RETRY_DELAY_MS,
        idleTimeoutMs: config.MODELS_IDLE_TIMEOUT_MS,
        progressIntervalMs: config.MODELS_PROGRESS_INTERVAL_MS,
        logger,
      });
      logger.info(summary, `models ready: ${summary.downloaded.length} downloaded, ${summary.present.length} already present`);
    } catch (err) {
      if (!(err instanceof ModelFileError)) throw err;
      logger.error({ file: err.file, source: err.source }, err.message);
      throw new JobFailure(err.message);
    }
  },
};
