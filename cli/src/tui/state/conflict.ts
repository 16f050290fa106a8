// What changed under a refused (412) write, in a few words per field: the configuration the user edited
// against the one the server holds now. Which fields differ is the engine's question
// (`@ff/engine/config-equality`: the same normalization `ff plan`, the API and the provider use, so a
// rollout written without `bucketBy` is not reported as a change); this module only words the answer.
import type { Flag, FlagEnvironment, Serve, Target } from '@ff/client';
import { configField, configFieldsThatDiffer, sameJson } from '@ff/engine/config-equality';
import type { ConfigField } from '@ff/engine/config-equality';
import { describeClause, describeServe, variationName } from '../../flag-config.ts';

type Config = Pick<
  FlagEnvironment,
  'on' | 'offVariation' | 'prerequisites' | 'targets' | 'rules' | 'fallthrough'
>;

// The share (in %) a serve gives to every variation but `off`, or undefined when it serves one variation.
function share(serve: Serve, off: number): number | undefined {
  if (!('rollout' in serve)) return undefined;
  return serve.rollout.weights.filter((w) => w.variation !== off).reduce((s, w) => s + w.weight, 0) / 1000;
}

function serveText(flag: Pick<Flag, 'variations'>, serve: Serve, off: number): string {
  const pct = share(serve, off);
  return pct === undefined ? `serve ${describeServe(flag, serve)}` : `rollout ${pct}%`;
}

function targetKeys(flag: Pick<Flag, 'variations'>, targets: Target[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of targets) for (const v of t.values) out.set(v, variationName(flag, t.variation));
  return out;
}

function listed(items: string[], max = 4): string {
  return items.length > max
    ? `${items.slice(0, max).join(', ')} +${items.length - max} more`
    : items.join(', ');
}

function fieldText(flag: Pick<Flag, 'variations'>, field: ConfigField, a: Config, b: Config): string {
  switch (field) {
    case 'on':
      return `on: ${a.on} → ${b.on}`;
    case 'offVariation':
      return `off variation: ${variationName(flag, a.offVariation)} → ${variationName(flag, b.offVariation)}`;
    case 'fallthrough': {
      const [pa, pb] = [share(a.fallthrough, a.offVariation), share(b.fallthrough, b.offVariation)];
      if (pa !== undefined && pb !== undefined && pa !== pb) return `rollout ${pa}% → ${pb}%`;
      return `${serveText(flag, a.fallthrough, a.offVariation)} → ${serveText(flag, b.fallthrough, b.offVariation)}`;
    }
    case 'targets': {
      const before = targetKeys(flag, a.targets);
      const after = targetKeys(flag, b.targets);
      const added = [...after].filter(([k, v]) => before.get(k) !== v).map(([k, v]) => `+${k} (${v})`);
      const removed = [...before].filter(([k]) => !after.has(k)).map(([k]) => `−${k}`);
      return `targets: ${listed([...added, ...removed]) || 'reordered'}`;
    }
    case 'rules': {
      const ids = (c: Config) => c.rules.map((r) => r.id ?? '');
      const added = b.rules
        .filter((r) => !ids(a).includes(r.id ?? ''))
        .map((r) => `+${r.clauses.map(describeClause).join(' and ') || 'everyone'}`);
      const removed = a.rules.filter((r) => !ids(b).includes(r.id ?? '')).map((r) => `−[${r.id}]`);
      const changed = b.rules.filter((r) => {
        const old = a.rules.find((o) => o.id === r.id);
        return old !== undefined && !sameJson(old, r);
      });
      const parts = [...added, ...removed, ...changed.map((r) => `[${r.id}] changed`)];
      return `rules ${a.rules.length} → ${b.rules.length}${parts.length ? `: ${listed(parts, 3)}` : ' (reordered)'}`;
    }
    case 'prerequisites': {
      const text = (c: Config) => c.prerequisites.map((p) => `${p.flag}=${p.variation}`).join(', ') || 'none';
      return `prerequisites: ${text(a)} → ${text(b)}`;
    }
  }
}

/**
 * The fields of `current` that differ from `edited`, one short phrase each (`on: false → true`,
 * `rollout 25% → 50%`, `targets: +alice (on)`), in the engine's field order; empty when they configure
 * the same targeting.
 */
export function configDiff(flag: Pick<Flag, 'variations'>, edited: Config, current: Config): string[] {
  const full = (c: Config): Config =>
    Object.fromEntries(
      (['on', 'offVariation', 'prerequisites', 'targets', 'rules', 'fallthrough'] as const).map((f) => [
        f,
        configField(c as never, f),
      ]),
    ) as unknown as Config;
  return configFieldsThatDiffer(edited as never, current as never).map((f) =>
    fieldText(flag, f, full(edited), full(current)),
  );
}

type Definition = Pick<
  Flag,
  'variations' | 'name' | 'description' | 'tags' | 'owner' | 'temporary' | 'clientSide' | 'archived'
>;

/**
 * A flag definition's changes, in the same style (`variations: a="x", b="y" → a="x", b="y", c="z"`,
 * `archived: false → true`, `tags: a → a,b`): what a refused flag-level write (variations, archive) ran into.
 */
export function definitionDiff(edited: Definition, current: Definition): string[] {
  const out: string[] = [];
  if (!sameJson(edited.variations, current.variations)) {
    const text = (f: Definition) =>
      f.variations.map((v) => `${v.name}=${JSON.stringify(v.value)}`).join(', ');
    out.push(`variations: ${text(edited)} → ${text(current)}`);
  }
  const fields = ['name', 'description', 'tags', 'owner', 'temporary', 'clientSide', 'archived'] as const;
  for (const f of fields) {
    if (sameJson(edited[f] ?? null, current[f] ?? null)) continue;
    const text = (v: unknown) => (Array.isArray(v) ? v.join(',') || '(none)' : JSON.stringify(v ?? null));
    out.push(`${f}: ${text(edited[f])} → ${text(current[f])}`);
  }
  return out;
}

/** The conflict notice: what the server refused, what changed meanwhile, and the way on. */
export function conflictLines(
  what: string,
  version: { seen: number; now: number },
  changes: string[],
): string[] {
  return [
    `${what}: someone changed it since this screen read it (version ${version.seen} → ${version.now}); nothing was written.`,
    ...(changes.length
      ? ['What changed:', ...changes.map((c) => `  ${c}`)]
      : ['Nothing this screen compares changed; the version moved on.']),
    'Press r to reload and edit the current version, any other key to close.',
  ];
}
