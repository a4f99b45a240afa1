/**
 * Settings for a fused-audio-preprocessor started inside the test process. It shares the event
 * loop with the tests' own blocking work (espeak-ng and sox through execFileSync, model loading),
 * which its load guard would count as its own load and answer by refusing the tests' clients.
 * The guard itself is tested with a limit of its own.
 */
export const sharedEventLoopEnv = { MAX_LOOP_UTILIZATION: "1" } as const;
