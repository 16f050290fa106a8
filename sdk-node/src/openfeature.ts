// @ff/sdk-node/openfeature: an OpenFeature server provider over the ff client, so applications written
// against OpenFeature's API evaluate locally with ff. The mapping is one to one: ff results already use
// OpenFeature's reasons and error codes.
import { OpenFeatureEventEmitter, ProviderEvents, ProviderFatalError } from '@openfeature/server-sdk';
import type {
  EvaluationContext,
  FlagMetadata,
  JsonValue,
  Provider,
  ResolutionDetails,
  TrackingEventDetails,
} from '@openfeature/server-sdk';
import { createClient } from './client.ts';
import type { ClientOptions } from './options.ts';
import type { Context, EvaluationDetail, FlagClient, FlagKey, Json } from './types.ts';

/** Options of {@link FfProvider}. */
export interface FfProviderOptions {
  /** How long `initialize` waits for the first ruleset, in ms (default 5,000). */
  readonly readyTimeout?: number;
}

/**
 * OpenFeature's `EvaluationContext` as an ff context: `targetingKey` becomes `key` (an explicit `key`
 * attribute is kept when there is no targeting key); every other attribute passes through.
 */
export function toFfContext(context: EvaluationContext): Context {
  const { targetingKey, ...attributes } = context;
  return targetingKey === undefined ? attributes : { ...attributes, key: targetingKey };
}

function metadataOf(detail: EvaluationDetail): FlagMetadata {
  const metadata: FlagMetadata = {};
  if (detail.flagVersion !== undefined) metadata.version = detail.flagVersion;
  if (detail.variationIndex !== undefined) metadata.variationIndex = detail.variationIndex;
  if (detail.ruleId !== undefined) metadata.ruleId = detail.ruleId;
  if (detail.ruleIndex !== undefined) metadata.ruleIndex = detail.ruleIndex;
  if (detail.prerequisiteKey !== undefined) metadata.prerequisiteKey = detail.prerequisiteKey;
  return metadata;
}

/**
 * An OpenFeature server provider backed by an ff client.
 *
 * ```ts
 * await OpenFeature.setProviderAndWait(new FfProvider({ sdkKey, baseUrl }));
 * const on = await OpenFeature.getClient().getBooleanValue('new-checkout', false, { targetingKey: 'user-42' });
 * ```
 *
 * Results carry ff's reason (`TARGETING_MATCH`, `SPLIT`, `DISABLED`, `PREREQUISITE_FAILED`, …), the
 * variant, error codes (`FLAG_NOT_FOUND`, `TYPE_MISMATCH`, `PROVIDER_NOT_READY`, …) and flag metadata
 * (`version`, `variationIndex`, `ruleId`, `ruleIndex`, `prerequisiteKey`). The provider emits
 * `PROVIDER_CONFIGURATION_CHANGED` with the changed flag keys on every update, `PROVIDER_READY` when data
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
    const out: ResolutionDetails<T> = {
      value: detail.value as T,
      reason: detail.reason,
      flagMetadata: metadataOf(detail as EvaluationDetail<Json>),
    };
    if (detail.variant !== undefined) out.variant = detail.variant;
    if (detail.errorCode !== undefined) out.errorCode = detail.errorCode as ResolutionDetails<T>['errorCode'];
    if (detail.errorMessage !== undefined) out.errorMessage = detail.errorMessage;
    return out;
  }
}
