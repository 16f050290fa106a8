// @ff/sdk-node/openfeature: an OpenFeature server provider over the ff client, so applications written
// against OpenFeature's API evaluate locally with ff. The mapping (targetingKey → key, standard reasons,
// error codes, metadata names) is the engine's, @ff/engine/openfeature, shared with OFREP.
import { OpenFeatureEventEmitter, ProviderEvents, ProviderFatalError } from '@openfeature/server-sdk';
import type {
  EvaluationContext,
  JsonValue,
  Provider,
  ResolutionDetails,
  TrackingEventDetails,
} from '@openfeature/server-sdk';
import { fromOpenFeatureContext, toOpenFeatureResolution } from '@ff/engine/openfeature';
import { createClient } from './client.ts';
import type { ClientOptions } from './options.ts';
import type { Context, EvaluationDetail, FlagClient, FlagKey } from './types.ts';

/** Options of {@link FfProvider}. */
export interface FfProviderOptions {
  /** How long `initialize` waits for the first ruleset, in ms (default 5,000). */
  readonly readyTimeout?: number;
}

/**
 * OpenFeature's `EvaluationContext` as an ff context, by the engine's rule (`fromOpenFeatureContext`): a
 * non-empty `targetingKey` becomes `key`; without one (or with `''`) a `key` attribute stays the key;
 * every other attribute passes through.
 */
export function toFfContext(context: EvaluationContext): Context {
  return fromOpenFeatureContext(context);
}

/**
 * An OpenFeature server provider backed by an ff client.
 *
 * ```ts
 * await OpenFeature.setProviderAndWait(new FfProvider({ sdkKey, baseUrl }));
 * const on = await OpenFeature.getClient().getBooleanValue('new-checkout', false, { targetingKey: 'user-42' });
 * ```
 *
 * Results carry OpenFeature's standard reasons (`TARGETING_MATCH`, `SPLIT`, `DEFAULT`, `DISABLED`, also
 * for a failed prerequisite, `ERROR`), the variant, error codes (`FLAG_NOT_FOUND`, `TYPE_MISMATCH`,
 * `PROVIDER_NOT_READY`, …) and flag metadata named as OFREP's (`ffReason`: ff's own reason such as
 * `PREREQUISITE_FAILED`; `variationIndex`, `ruleId`, `ruleIndex`, `prerequisiteKey`, `flagVersion`).
 * The provider emits `PROVIDER_CONFIGURATION_CHANGED` with the changed flag keys on every update, `PROVIDER_READY` when data
 * arrives after a failed initialization, `PROVIDER_ERROR` when the SDK key is refused, and
 * `PROVIDER_STALE` when the client loses its connection to the server (its status turns `stale`: the
 * stream is down and a poll failed), then `PROVIDER_READY` once the stream reopens or a poll succeeds.
 * While stale, evaluations keep serving the last ruleset with their usual reasons (the rule or rollout
 * that chose the value); the provider status says the data may be behind.
 */
export class FfProvider implements Provider {
  readonly metadata = { name: 'ff' } as const;
  readonly runsOn = 'server' as const;
  readonly events = new OpenFeatureEventEmitter();
  readonly hooks = [];
  /** The ff client evaluations go through (for `allFlags`, `track`, or direct calls). */
  readonly client: FlagClient;
  readonly #owned: boolean;
  readonly #readyTimeout: number;
  #initialized = false;
  #unsubscribe: (() => void)[] = [];

  /** Takes an ff client (yours to close) or the options to create one (closed with the provider). */
  constructor(client: FlagClient | ClientOptions, options: FfProviderOptions = {}) {
    const given = typeof (client as FlagClient).isEnabled === 'function';
    this.client = given ? (client as FlagClient) : createClient(client as ClientOptions);
    this.#owned = !given;
    this.#readyTimeout = options.readyTimeout ?? 5_000;
    this.#unsubscribe = [
      this.client.on('change', (change) => {
        if (this.#initialized) {
          this.events.emit(ProviderEvents.ConfigurationChanged, { flagsChanged: [...change.flags] });
        }
      }),
      // OpenFeature derives the provider status from these events: STALE on PROVIDER_STALE, READY on
      // PROVIDER_READY (CONFIGURATION_CHANGED leaves it as it is). `ready` after `initializing` is data that
      // arrived after `initialize` gave up; `ready` after `stale` is a connection that came back.
      this.client.on('status', ({ status, reason }) => {
        if (!this.#initialized) return;
        if (status === 'stale') this.events.emit(ProviderEvents.Stale, { message: reason });
        else if (status === 'ready') this.events.emit(ProviderEvents.Ready);
      }),
      this.client.on('error', (error) => {
        if (error.kind === 'auth') this.events.emit(ProviderEvents.Error, { message: error.message });
      }),
    ];
  }

  /** Waits for the client's first ruleset; rejects when the key is refused or nothing came in time. */
  async initialize(): Promise<void> {
    const ready = await this.client.ready({ timeout: this.#readyTimeout });
    this.#initialized = true;
    if (ready.status === 'failed') throw new ProviderFatalError(ready.error ?? 'the SDK key was refused');
    if (!ready.ok) throw new Error(ready.error ?? `no ruleset within ${this.#readyTimeout} ms`);
    // A client handed over while already stale: OpenFeature sets READY when `initialize` resolves, so the
    // staleness is reported just after that, unless the connection came back meanwhile.
    if (this.client.status === 'stale') {
      setImmediate(() => {
        if (this.client.status === 'stale' && this.#unsubscribe.length > 0)
          this.events.emit(ProviderEvents.Stale, { message: 'the ff client has no working connection' });
      });
    }
  }

  async onClose(): Promise<void> {
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    this.#unsubscribe = [];
    if (this.#owned) await this.client.close();
  }

  resolveBooleanEvaluation(key: string, defaultValue: boolean, context: EvaluationContext) {
    return Promise.resolve(this.#resolve(key, defaultValue, context));
  }

  resolveStringEvaluation(key: string, defaultValue: string, context: EvaluationContext) {
    return Promise.resolve(this.#resolve(key, defaultValue, context));
  }

  resolveNumberEvaluation(key: string, defaultValue: number, context: EvaluationContext) {
    return Promise.resolve(this.#resolve(key, defaultValue, context));
  }

  resolveObjectEvaluation<T extends JsonValue>(key: string, defaultValue: T, context: EvaluationContext) {
    return Promise.resolve(this.#resolve(key, defaultValue, context));
  }

  /** Forwards OpenFeature's `track` to the ff client (`value` from the tracking details). */
  track(name: string, context: EvaluationContext, details: TrackingEventDetails): void {
    this.client.track(name, toFfContext(context), details?.value);
  }

  #resolve<T>(key: string, defaultValue: T, context: EvaluationContext): ResolutionDetails<T> {
    const detail = this.client.evaluate(key as FlagKey, toFfContext(context), defaultValue as never);
    const r = toOpenFeatureResolution(detail as EvaluationDetail<T>, { flagVersion: detail.flagVersion });
    const out: ResolutionDetails<T> = { value: r.value, reason: r.reason, flagMetadata: r.flagMetadata };
    if (r.variant !== undefined) out.variant = r.variant;
    // ff's error codes are OpenFeature's, spelled alike; the SDK's ErrorCode is an enum of those strings.
    if (r.errorCode !== undefined) out.errorCode = r.errorCode as ResolutionDetails<T>['errorCode'];
    if (r.errorMessage !== undefined) out.errorMessage = r.errorMessage;
    return out;
  }
}
