// Each surface asked for one vector, its answer reduced to an Answer (answers.ts). Contexts are translated
// only as each surface's input language requires: OpenFeature surfaces get the engine's
// toOpenFeatureContext, HTTP bodies and the CLI a JSON object (the engine's toContext: a bare string is
// `{ key }`, anything that is not an object the empty context), and the CLI a bare key as a bare key.
import { toContext } from '@ff/engine';
import type { CompiledRuleset, Json } from '@ff/engine';
import { toOpenFeatureContext } from '@ff/engine/openfeature';
import type { ApiFixture } from '../api/test/api-fixture.ts';
import type { FfProvider } from '../sdk-node/src/openfeature.ts';
import type { FlagClient } from '../sdk-node/src/types.ts';
import { ff } from '../cli/test/harness.ts';
import { clean, plain } from './answers.ts';
import type { Answer, Evaluated } from './answers.ts';
import type { LoadedRuleset } from './load.ts';

/** A vector as the surfaces see it, with where its ruleset was loaded. */
export interface Case {
  name: string;
  flag: string;
  context: Json;
  default: Json;
  loaded: LoadedRuleset;
}

interface Wire {
  value?: Json;
  variant?: string;
  reason?: string;
  errorCode?: string;
  metadata?: { ffReason?: string };
}

function fromWire(w: Wire, extra: Partial<Evaluated> = {}): Evaluated {
  return clean({
    kind: 'evaluated',
    value: w.value,
    variant: w.variant,
    reason: w.reason ?? (w.errorCode === undefined ? '(none)' : 'ERROR'),
    errorCode: w.errorCode,
    ffReason: w.metadata?.ffReason,
    ...extra,
  });
}

const post = (fx: ApiFixture, key: string, path: string, body: unknown) =>
  fx.call('anonymous', 'POST', path, { body, headers: { authorization: `Bearer ${key}` } });

/** The compiled engine (`compileRuleset(ruleset).evaluate`), as SDKs and the API run it. */
export function engine(compiled: CompiledRuleset, c: Case): Answer {
  return plain(compiled.evaluate(c.flag, c.context as never, c.default));
}

/** The sdk-node client bootstrapped with the vector's ruleset: `evaluate` with the caller's default. */
export function sdkNodeClient(client: FlagClient | undefined, c: Case): Answer {
  if (client === undefined) return { kind: 'refused', code: 'bootstrap ignored' };
  const d = client.evaluate(c.flag, c.context as never, c.default as never);
  return fromWire({ value: d.value, variant: d.variant, reason: d.reason, errorCode: d.errorCode });
}

/** The sdk-node OpenFeature provider over that client, with an OpenFeature context. */
export async function sdkNodeProvider(provider: FfProvider | undefined, c: Case): Promise<Answer> {
  if (provider === undefined) return { kind: 'refused', code: 'bootstrap ignored' };
  const context = toOpenFeatureContext(c.context) as never;
  const d = c.default;
  const r = await (typeof d === 'boolean'
    ? provider.resolveBooleanEvaluation(c.flag, d, context)
    : typeof d === 'number'
      ? provider.resolveNumberEvaluation(c.flag, d, context)
      : typeof d === 'string'
        ? provider.resolveStringEvaluation(c.flag, d, context)
        : provider.resolveObjectEvaluation(c.flag, d as never, context));
  return fromWire({
    value: r.value as Json,
    variant: r.variant,
    reason: r.reason,
    errorCode: r.errorCode,
    metadata: r.flagMetadata as Wire['metadata'],
  });
}

/** POST /sdk/v1/evaluate with the client key: the flag's entry in the evaluated client-side flags. */
export async function sdkEvaluate(fx: ApiFixture, c: Case): Promise<Answer> {
  const res = await post(fx, c.loaded.clientKey, '/sdk/v1/evaluate', { context: toContext(c.context) });
  if (res.status !== 200) return { kind: 'refused', code: res.status };
  const flags = res.body.flags as Record<string, Wire>;
  return Object.hasOwn(flags, c.flag) ? fromWire(flags[c.flag]!) : { kind: 'absent' };
}

/** POST /ofrep/v1/evaluate/flags/{key} with the server key. */
export async function ofrepSingle(fx: ApiFixture, c: Case): Promise<Answer> {
  const path = `/ofrep/v1/evaluate/flags/${encodeURIComponent(c.flag)}`;
  const res = await post(fx, c.loaded.serverKey, path, { context: toOpenFeatureContext(c.context) });
  if (res.status === 200) return fromWire(res.body);
  if (res.body?.errorCode === undefined) return { kind: 'refused', code: res.status };
  return fromWire({ errorCode: res.body.errorCode }, { status: res.status });
}

/** POST /ofrep/v1/evaluate/flags with the server key: the flag's entry in the list. */
export async function ofrepBulk(fx: ApiFixture, c: Case): Promise<Answer> {
  const res = await post(fx, c.loaded.serverKey, '/ofrep/v1/evaluate/flags', {
    context: toOpenFeatureContext(c.context),
  });
  if (res.status !== 200) return { kind: 'refused', code: res.status };
  const entry = (res.body.flags as (Wire & { key: string })[]).find((f) => f.key === c.flag);
  if (entry === undefined) return { kind: 'absent' };
  return fromWire(entry.errorCode === undefined ? entry : { errorCode: entry.errorCode });
}

/** `--context` as `ff eval` takes it: a bare key, or a JSON object. */
export function cliContext(context: Json): string {
  if (typeof context === 'string' && !context.trimStart().startsWith('{')) return context;
  return JSON.stringify(toContext(context));
}

/** `ff eval <flag> --context … --json`, the real command in this process (cli/test/harness.ts). */
export async function ffEval(env: Record<string, string>, c: Case): Promise<Answer> {
  const argv = ['eval', c.flag, '--context', cliContext(c.context), '--json'];
  const r = await ff([...argv, '-p', c.loaded.project, '-e', c.loaded.env], env);
  if (r.code !== 0) return { kind: 'refused', code: r.code };
  return fromWire(r.json as Wire);
}
