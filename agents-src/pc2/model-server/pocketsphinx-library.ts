import { koffi } from "./commonjs-builds";

/**
 * The slice of Debian's libpocketsphinx 5prealpha C API the engine needs, bound in-process with
 * koffi: the decoder stays loaded between requests and no compiler is needed at install time.
 */
export interface PocketsphinxLibrary {
  /**
   * Loads the models on a libuv worker thread (about 0.3 s of CPU), as does reading and searching
   * a language model below: one user's recogniser being built must not hold up the requests the
   * server answers meanwhile (embeddings, other users' transcriptions).
   */
  createDecoder(argv: string[]): Promise<unknown>;
  freeDecoder(decoder: unknown): void;
  /**
   * Starts an utterance as the first of a stream: the front end's noise estimate (remove_noise)
   * adapts over the audio it hears, so without this a transcript depended on earlier requests
   * (the same sentence decoded three times in a row: the third heard differently), another user's
   * included.
   */
  startUtterance(decoder: unknown): number;
  /** Runs on a libuv worker thread: decoding takes about 0.2 s of CPU per second of speech. */
  processRaw(decoder: unknown, pcm: Int16Array, fullUtterance: boolean): Promise<number>;
  endUtterance(decoder: unknown): number;
  /** The best hypothesis' words, fillers and silences included, each with its acoustic score (log, higher is likelier). */
  segments(decoder: unknown): Array<{ word: string; startFrame: number; endFrame: number; acousticScore: number }>;
  /** Posterior probability (0-1) of the last utterance's best hypothesis, from its word lattice. */
  posterior(decoder: unknown): number;
  /**
   * Makes the decoder search with `arpaPaths` interpolated linearly by `weights` (summing to 1),
   * e.g. the general model and a domain model; the words of every model must be in the dictionary.
   */
  useInterpolatedLanguageModel(decoder: unknown, name: string, lmPaths: string[], weights: number[]): Promise<void>;
  /**
   * Registers a search over the grammar `jsgf` (its first public rule), compiled to a finite-state
   * grammar; every word must be in the dictionary. The search in use does not change.
   */
  addGrammar(decoder: unknown, name: string, jsgf: string): Promise<void>;
  /** Makes the search registered as `name` (a language model or a grammar) the one that decodes; only between utterances. */
  useSearch(decoder: unknown, name: string): void;
  /** Adds a word (CMU phones separated by spaces) to the dictionary and the language model in use. */
  addWord(decoder: unknown, word: string, phones: string): void;
}

let library: PocketsphinxLibrary | undefined;

export function pocketsphinxLibrary(): PocketsphinxLibrary {
  library ??= bind();
  return library;
}

/**
 * koffi registers type names once per process, but this module can be evaluated more than once
 * in one process (each jest test file gets a fresh module registry): a name already declared is
 * reused rather than declared again.
 */
function opaqueType(name: string): void {
  try {
    koffi.type(name);
  } catch {
    koffi.opaque(name);
  }
}

/** Calls a bound C function on a libuv worker thread. */
function onWorker(fn: { async: (...args: any[]) => void }, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => fn.async(...args, (err: unknown, result: unknown) => (err ? reject(err) : resolve(result))));
}

function bind(): PocketsphinxLibrary {
  const sphinxbase = koffi.load("libsphinxbase.so.3");
  const ps = koffi.load("libpocketsphinx.so.3");
  opaqueType("ps_decoder_t");
  opaqueType("cmd_ln_t");
  opaqueType("arg_t");
  opaqueType("ps_seg_t");
  opaqueType("ngram_model_t");
  opaqueType("logmath_t");
  const parseArgs = sphinxbase.func(
    "cmd_ln_t *cmd_ln_parse_r(cmd_ln_t *inout, const arg_t *defn, int32_t argc, const char **argv, int32_t strict)",
  );
  const freeArgs = sphinxbase.func("int cmd_ln_free_r(cmd_ln_t *config)");
  const decoderArgs = ps.func("const arg_t *ps_args()");
  const init = ps.func("ps_decoder_t *ps_init(cmd_ln_t *config)");
  const free = ps.func("int ps_free(ps_decoder_t *ps)");
  const startUtt = ps.func("int ps_start_utt(ps_decoder_t *ps)");
  const startStream = ps.func("int ps_start_stream(ps_decoder_t *ps)");
  const processRaw = ps.func("int ps_process_raw(ps_decoder_t *ps, const int16_t *data, size_t n, int no_search, int full_utt)");
  const endUtt = ps.func("int ps_end_utt(ps_decoder_t *ps)");
  const segIter = ps.func("ps_seg_t *ps_seg_iter(ps_decoder_t *ps)");
  const segNext = ps.func("ps_seg_t *ps_seg_next(ps_seg_t *seg)");
  const segWord = ps.func("const char *ps_seg_word(ps_seg_t *seg)");
  const segFrames = ps.func("void ps_seg_frames(ps_seg_t *seg, _Out_ int *sf, _Out_ int *ef)");
  const getProb = ps.func("int32_t ps_get_prob(ps_decoder_t *ps)");
  const getLogmath = ps.func("logmath_t *ps_get_logmath(ps_decoder_t *ps)");
  const getConfig = ps.func("cmd_ln_t *ps_get_config(ps_decoder_t *ps)");
  const setLm = ps.func("int ps_set_lm(ps_decoder_t *ps, const char *name, ngram_model_t *lm)");
  const setSearch = ps.func("int ps_set_search(ps_decoder_t *ps, const char *name)");
  const setJsgfString = ps.func("int ps_set_jsgf_string(ps_decoder_t *ps, const char *name, const char *jsgf_string)");
  const segProb = ps.func("int32_t ps_seg_prob(ps_seg_t *seg, _Out_ int32_t *ascr, _Out_ int32_t *lscr, _Out_ int32_t *lback)");
  const addWord = ps.func("int ps_add_word(ps_decoder_t *ps, const char *word, const char *phones, int update)");
  const logmathExp = sphinxbase.func("double logmath_exp(logmath_t *lmath, int logb_p)");
  // NGRAM_AUTO (0): the format is told by the file name (.arpa, .lm, .bin, .DMP).
  const readLm = sphinxbase.func("ngram_model_t *ngram_model_read(cmd_ln_t *config, const char *file_name, int file_type, logmath_t *lmath)");
  const freeLm = sphinxbase.func("int ngram_model_free(ngram_model_t *model)");
  const interpolate = sphinxbase.func(
    "ngram_model_t *ngram_model_set_init(cmd_ln_t *config, ngram_model_t **models, const char **names, const float *weights, int32_t n_models)",
  );

  return {
    async createDecoder(argv) {
      const config = parseArgs(null, decoderArgs(), argv.length, argv, 1);
      if (!config) throw new Error(`pocketsphinx rejected its arguments: ${argv.join(" ")}`);
      const decoder = await onWorker(init, config);
      // ps_init keeps its own reference to the configuration.
      freeArgs(config);
      if (!decoder) throw new Error("pocketsphinx could not load its model (check POCKETSPHINX_MODEL_DIR)");
      return decoder;
    },
    freeDecoder: (decoder) => free(decoder),
    startUtterance(decoder) {
      startStream(decoder);
      return startUtt(decoder);
    },
    processRaw: (decoder, pcm, fullUtterance) =>
      new Promise((resolve, reject) => {
        // Koffi passes a typed array to C in place (koffi/doc/pointers.md), and the worker thread
        // reads it after this function returns: `pcm` must stay reachable until the call ends.
        const keepAlive = new Set([pcm]);
        processRaw.async(decoder, pcm, pcm.length, 0, fullUtterance ? 1 : 0, (err: unknown, frames: number) => {
          keepAlive.clear();
          if (err) reject(err);
          else resolve(frames);
        });
      }),
    endUtterance: (decoder) => endUtt(decoder),
    segments(decoder) {
      const found: Array<{ word: string; startFrame: number; endFrame: number; acousticScore: number }> = [];
      // ps_seg_next frees the iterator when it returns NULL at the end.
      for (let seg = segIter(decoder); seg; seg = segNext(seg)) {
        const start = [0];
        const end = [0];
        segFrames(seg, start, end);
        const acoustic = [0];
        segProb(seg, acoustic, [0], [0]);
        found.push({ word: segWord(seg), startFrame: start[0], endFrame: end[0], acousticScore: acoustic[0] });
      }
      return found;
    },
    posterior: (decoder) => logmathExp(getLogmath(decoder), getProb(decoder)),
    async useInterpolatedLanguageModel(decoder, name, lmPaths, weights) {
      const models: unknown[] = [];
      for (const path of lmPaths) {
        const model = await onWorker(readLm, getConfig(decoder), path, 0, getLogmath(decoder));
        if (!model) throw new Error(`pocketsphinx could not read the language model ${path}`);
        models.push(model);
      }
      const set = interpolate(getConfig(decoder), models, lmPaths.map((_, i) => `lm${i}`), weights, models.length);
      // The set holds its own references to its models, and the search its own to the set.
      for (const model of models) freeLm(model);
      if (!set) throw new Error("pocketsphinx could not interpolate its language models");
      const status = (await onWorker(setLm, decoder, name, set)) as number;
      freeLm(set);
      if (status < 0 || setSearch(decoder, name) < 0) throw new Error(`pocketsphinx could not search with the language model ${name}`);
    },
    async addGrammar(decoder, name, jsgf) {
      const status = (await onWorker(setJsgfString, decoder, name, jsgf)) as number;
      if (status < 0) throw new Error(`pocketsphinx could not compile the grammar ${name}`);
    },
    useSearch(decoder, name) {
      if (setSearch(decoder, name) < 0) throw new Error(`pocketsphinx has no search ${name}`);
    },
    addWord(decoder, word, phones) {
      if (addWord(decoder, word, phones, 1) < 0) throw new Error(`pocketsphinx could not add "${word}" (${phones}) to its dictionary`);
    },
  };
}
