// @ff/sdk-browser/openfeature: an OpenFeature web provider over the browser client, so pages written
// against OpenFeature's web SDK get ff's streamed values (not OFREP polling). The mapping (targetingKey →
// key, standard reasons, error codes, metadata names) is the engine's, @ff/engine/openfeature, the one
// OFREP and sdk-node's provider use; that module is dependency-free.
import { OpenFeatureEventEmitter, ProviderEvents } from '@openfeature/web-sdk';
import type { EvaluationContext, JsonValue, Provider, ResolutionDetails } from '@openfeature/web-sdk';
import { fromOpenFeatureContext, toOpenFeatureResolution } from '@ff/engine/openfeature';
import { createClient } from './client.ts';
import type { Client, ClientOptions, Json } from './index.ts';

/**
 * An OpenFeature web provider backed by an ff browser client.
 *
 * ```ts
 * await OpenFeature.setProviderAndWait(new FfWebProvider({ clientKey, baseUrl }), { targetingKey: 'user-42' });
 * const on = OpenFeature.getClient().getBooleanValue('new-dashboard', false);
 * ```
 *
 * `setContext` reaches `onContextChange`, which calls the client's `identify` (one request, values
 * swapped at once). Every `change` of the client (the stream, a poll, an identify) is emitted as
 * `PROVIDER_CONFIGURATION_CHANGED` with the changed keys; losing the API emits `PROVIDER_STALE`, then
 * `PROVIDER_READY` when values arrive again; a refused key `PROVIDER_ERROR`.
 */
export class FfWebProvider implements Provider {
  readonly metadata = { name: 'ff' } as const;
  readonly runsOn = 'client' as const;
  readonly events = new OpenFeatureEventEmitter();
  readonly hooks = [];
  /** The ff client evaluations go through (for `track`, `allFlags` or direct calls). */
  readonly client: Client;
  readonly #off: (() => void)[] = [];

  /** Options of `createClient` (its `context` is replaced by OpenFeature's), or an existing client. */
  constructor(options: ClientOptions | Client) {
    this.client =
      'getDetail' in options ? options : createClient({ ...options, autoStart: false } as ClientOptions);
    this.#off.push(
      this.client.on('change', ({ keys }) =>
        this.events.emit(ProviderEvents.ConfigurationChanged, { flagsChanged: [...keys] }),
      ),
      this.client.on('status', ({ status }) => {
        if (status === 'stale') this.events.emit(ProviderEvents.Stale);
        if (status === 'failed')
          this.events.emit(ProviderEvents.Error, { message: 'ff: the key was refused' });
      }),
    );
  }

  async initialize(context?: EvaluationContext): Promise<void> {
    if (context !== undefined && Object.keys(context).length > 0) {
      this.client.start();
      await this.client.identify(fromOpenFeatureContext(context));
    } else {
      this.client.start();
      await this.client.ready();
    }
    if (this.client.status === 'failed') throw new Error('ff: the client key was refused');
  }

  /** Context reconciliation: the new context's values, in one request. */
  async onContextChange(_old: EvaluationContext, context: EvaluationContext): Promise<void> {
    await this.client.identify(fromOpenFeatureContext(context));
  }

  async onClose(): Promise<void> {
    for (const off of this.#off.splice(0)) off();
    await this.client.close();
  }

  track(event: string, _context?: EvaluationContext, details?: { value?: number }): void {
    this.client.track(event, details?.value);
  }

  resolveBooleanEvaluation(key: string, defaultValue: boolean): ResolutionDetails<boolean> {
    return this.#resolve(key, defaultValue);
  }
  resolveStringEvaluation(key: string, defaultValue: string): ResolutionDetails<string> {
    return this.#resolve(key, defaultValue);
  }
  resolveNumberEvaluation(key: string, defaultValue: number): ResolutionDetails<number> {
    return this.#resolve(key, defaultValue);
  }
  resolveObjectEvaluation<T extends JsonValue>(key: string, defaultValue: T): ResolutionDetails<T> {
    return this.#resolve(key, defaultValue);
  }

  #resolve<T>(key: string, defaultValue: T): ResolutionDetails<T> {
    const d = this.client.getDetail(key as never, defaultValue as never) as {
      value: Json;
      variant: string | undefined;
      reason: string;
      errorCode: string | undefined;
    };
    const peeked = this.client.peek(key);
    const resolution = toOpenFeatureResolution(
      {
        value: d.value as T,
        variant: d.variant,
        reason: d.reason,
        errorCode: d.errorCode,
        variationIndex: peeked?.variationIndex,
        ruleId: peeked?.ruleId,
        ruleIndex: peeked?.ruleIndex,
      } as never,
      { audience: 'client' },
    );
    return resolution as ResolutionDetails<T>;
  }
}
