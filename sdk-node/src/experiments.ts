// Experiments in the server SDK: the remote calls (assign, getVariant, logExposure through the SDK
// routes) and the automatic exposure. When a local evaluation serves a running experiment's split to a
// context for the first time in this process, an exposure is queued (deduplicated per experiment and
// context key) in @ff/sdk-shared's EventSender, which sends it to /sdk/v1/events with the summaries.
// Which evaluations are exposures is the engine's isExposure (enrolledVariant with the experiment's
// salt): the same answer the API gives.
import { isExposure } from '@ff/engine';
import type { EvaluationResult, ExperimentSplit } from '@ff/engine';
import type { ExposureRow } from '@ff/sdk-shared';
import type { Http } from './http.ts';
import { contextKey } from './values.ts';
import type { ContextInput } from './types.ts';

/** What `assign`, `getVariant` and `logExposure` answer: the variant's key, or null when not enrolled. */
export interface ExperimentAssignment {
  /** The variant's key; null when the experiment is not running or the context is not enrolled. */
  variant: string | null;
  /** Whether this call stored the assignment (`assign` only). */
  isNew: boolean;
}

/** An experiment's remote calls, for one experiment key (see {@link Client.experiment}). */
export interface ExperimentHandle {
  /** Assigns the context (stored, sticky) and returns its variant. Never rejects. */
  assign(context: ContextInput): Promise<ExperimentAssignment>;
  /** The variant the context has or would get, storing nothing; null unless running. Never rejects. */
  getVariant(context: ContextInput): Promise<string | null>;
  /** Records that the context saw its variant (first and last seen). Never rejects. */
  logExposure(context: ContextInput): Promise<ExperimentAssignment>;
}

interface Running {
  key: string;
  flag: string;
  split: ExperimentSplit;
}

/** Units remembered as exposed per process; beyond it the memory starts over (a repeat costs one row update). */
const MAX_SEEN = 200_000;

const none: ExperimentAssignment = { variant: null, isNew: false };

export class Experiments {
  readonly #http: Http;
  readonly #onError: (message: string, error?: unknown) => void;
  #byFlag = new Map<string, Running>();
  #seen = new Set<string>();
  #refreshing: Promise<void> | undefined;
  /** Queues an exposure for sending (the client's EventSender); absent, none are recorded. */
  readonly #expose: ((exposure: ExposureRow) => void) | undefined;

  constructor(
    http: Http,
    onError: (message: string, error?: unknown) => void,
    expose?: (exposure: ExposureRow) => void,
  ) {
    this.#http = http;
    this.#onError = onError;
    this.#expose = expose;
  }

  /** Resolves when the read in progress (if any) is done; never rejects. */
  loaded(): Promise<void> {
    return this.#refreshing ?? Promise.resolve();
  }

  /** Reads the environment's running experiments again (after a ruleset change: a launch or stop is one). */
  refresh(): Promise<void> {
    this.#refreshing ??= this.#load().finally(() => (this.#refreshing = undefined));
    return this.#refreshing;
  }

  async #load(): Promise<void> {
    try {
      const res = await this.#http.send('/sdk/v1/experiments', { method: 'GET' });
      if (res.status !== 200) {
        this.#onError(`GET /sdk/v1/experiments answered ${res.status}`);
        return;
      }
      const body = JSON.parse(res.text) as {
        experiments: {
          key: string;
          flag: string;
          salt: string;
          allocation: number;
          variants: { weight: number }[];
        }[];
      };
      this.#byFlag = new Map(
        body.experiments.map((e) => [
          e.flag,
          {
            key: e.key,
            flag: e.flag,
            split: { weights: e.variants.map((v) => v.weight), allocation: e.allocation, salt: e.salt },
          },
        ]),
      );
    } catch (e) {
      this.#onError(`GET /sdk/v1/experiments failed: ${e instanceof Error ? e.message : String(e)}`, e);
    }
  }

  /** Whether `result` of `flag` exposes `context` to a running experiment (the engine's isExposure). */
  exposes(flag: string, context: unknown, result: EvaluationResult): boolean {
    const running = this.#byFlag.get(flag);
    return running !== undefined && isExposure(running.split, contextKey(context), result);
  }

  /**
   * Called after each local evaluation that served a variation. Performance note: for a flag that runs
   * no experiment this is one Map lookup; the hash and the Set only run for experiment flags.
   */
  evaluated(flag: string, context: unknown, result: EvaluationResult): void {
    const running = this.#byFlag.get(flag);
    if (running === undefined || result.reason !== 'SPLIT' || result.variationIndex === undefined) return;
    const key = contextKey(context);
    if (key === '' || key.length > 512) return;
    if (!isExposure(running.split, key, result)) return;
    const id = `${running.key}\0${key}`;
    if (this.#seen.has(id)) return;
    if (this.#seen.size >= MAX_SEEN) this.#seen.clear();
    this.#seen.add(id);
    this.#expose?.({ flag, variation: result.variationIndex, contextKey: key, timestamp: Date.now() });
  }

  /** The remote calls for experiment `key`. */
  handle(key: string): ExperimentHandle {
    const call = async (what: 'assign' | 'variant' | 'exposures', context: ContextInput) => {
      try {
        const ctx = typeof context === 'string' ? { key: context } : context;
        const res = await this.#http.send(`/sdk/v1/experiments/${encodeURIComponent(key)}/${what}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ context: ctx }),
        });
        if (res.status !== 200) {
          this.#onError(`POST /sdk/v1/experiments/${key}/${what} answered ${res.status}`);
          return none;
        }
        const body = JSON.parse(res.text) as ExperimentAssignment;
        return { variant: body.variant ?? null, isNew: body.isNew === true };
      } catch (e) {
        this.#onError(`experiment ${key}: ${e instanceof Error ? e.message : String(e)}`, e);
        return none;
      }
    };
    return {
      assign: (context) => call('assign', context),
      getVariant: async (context) => (await call('variant', context)).variant,
      logExposure: (context) => call('exposures', context),
    };
  }
}
