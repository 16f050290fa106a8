// Turning command-line words into flag configuration actions and back: variations named by name, value
// or index; percentages into the engine's weights (sum 100000); clauses written as `plan in pro,team`;
// and a short description of a configuration so every write can print what it changed.
import type { Clause, Flag, FlagConfigAction, FlagEnvironment, Serve } from '@ff/client';
import { clauseValueFromText, clauseValuesFromText } from '@ff/engine/clause-values';
import { BUCKET_SCALE } from '@ff/engine/limits';
import { OPERATORS } from '@ff/engine/operators';
import { usage } from './errors.ts';

/** The engine's weight total: percentages are thousandths of a percent of it. */
export const totalWeight = BUCKET_SCALE;

/** A variation by name, by JSON value (`true`, `"blue"`, `3`), or by index, in that order. */
export function variationIndex(flag: Pick<Flag, 'key' | 'variations'>, spec: string): number {
  const byName = flag.variations.findIndex((v) => v.name === spec);
  if (byName >= 0) return byName;
  const byValue = flag.variations.findIndex((v) => JSON.stringify(v.value) === spec || v.value === spec);
  if (byValue >= 0) return byValue;
  if (/^\d+$/.test(spec) && Number(spec) < flag.variations.length) return Number(spec);
  throw usage(
    `flag ${flag.key} has no variation "${spec}"`,
    `use one of: ${flag.variations.map((v, i) => `${v.name} (${i})`).join(', ')}`,
  );
}

/** The variation `--variation` defaults to: the given one, else `true` of a boolean flag. */
export function defaultVariation(flag: Flag, spec: string | undefined, what: string): number {
  if (spec !== undefined) return variationIndex(flag, spec);
  if (flag.kind === 'boolean') {
    const index = flag.variations.findIndex((v) => v.value === true);
    if (index >= 0) return index;
  }
  throw usage(`${what} needs --variation for a ${flag.kind} flag`, `one of ${variationList(flag)}`);
}

export function variationList(flag: Pick<Flag, 'variations'>): string {
  return flag.variations.map((v) => v.name).join(', ');
}

export function variationName(flag: Pick<Flag, 'variations'>, index: number): string {
  return flag.variations[index]?.name ?? `#${index}`;
}

/** "25", "25%", "12.5" → 25000 (of 100000). */
export function percentToWeight(text: string): number {
  const match = /^(\d+(?:\.\d{1,3})?)%?$/.exec(text.trim());
  const pct = match ? Number(match[1]) : NaN;
  if (!(pct >= 0 && pct <= 100)) throw usage(`"${text}" is not a percentage between 0 and 100`);
  return Math.round(pct * 1000);
}

/** `control=50 treatment=50` → weights; they must add up to 100%. */
export function splitWeights(flag: Flag, parts: string[]): { variation: number; weight: number }[] {
  if (parts.length === 0) throw usage('give at least one VARIATION=PERCENT', 'e.g. control=50 treatment=50');
  const weights = parts.map((part) => {
    const eq = part.lastIndexOf('=');
    if (eq <= 0) throw usage(`"${part}" is not VARIATION=PERCENT`, 'e.g. control=50 treatment=50');
    return {
      variation: variationIndex(flag, part.slice(0, eq)),
      weight: percentToWeight(part.slice(eq + 1)),
    };
  });
  const sum = weights.reduce((s, w) => s + w.weight, 0);
  if (sum !== totalWeight) throw usage(`the percentages add up to ${sum / 1000}%, not 100%`);
  return weights;
}

const ops = OPERATORS;

function jsonValues(valuesText: string, clause: string): unknown[] {
  const parsed = clauseValueFromText('in', valuesText, 'json');
  if (!Array.isArray(parsed))
    throw usage(`the values of "${clause}" are not a JSON array`, 'e.g. plan in [42, "pro"]');
  return parsed;
}

/**
 * `ATTRIBUTE [not] OP V1,V2…`, e.g. `plan in pro,enterprise`, `email endsWith @acme.com`,
 * `not country in US`. Values are split on commas and typed by the engine's one rule
 * (`@ff/engine/clause-values`, shared with the Terraform provider): numbers for lt/lte/gt/gte, epoch
 * milliseconds or ISO dates for before/after, strings otherwise (`plan in 42` is the string "42").
 * A JSON array gives the values exactly: `plan in [42, true, "a,b"]`.
 */
export function parseClause(text: string): Clause {
  const match = /^\s*(not\s+)?(\S+)\s+(\S+)\s+(.+?)\s*$/.exec(text);
  if (!match) throw usage(`"${text}" is not a clause`, 'write ATTRIBUTE OP VALUES, e.g. "plan in pro,team"');
  const [, not, attribute, opText, valuesText] = match;
  const op = ops.find((o) => o.toLowerCase() === opText!.toLowerCase());
  if (!op) throw usage(`unknown operator "${opText}" in "${text}"`, `one of ${ops.join(', ')}`);
  const values = valuesText!.startsWith('[')
    ? jsonValues(valuesText!, text)
    : clauseValuesFromText(
        op,
        valuesText!.split(',').map((v) => v.trim()),
      );
  return { attribute: attribute!, op, values, ...(not ? { negate: true } : {}) };
}

export function describeClause(clause: Clause): string {
  const values = clause.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(',');
  return `${clause.negate ? 'not ' : ''}${clause.attribute} ${clause.op} ${values}`;
}

export function describeServe(flag: Pick<Flag, 'variations'>, serve: Serve): string {
  if ('variation' in serve) return variationName(flag, serve.variation);
  return serve.rollout.weights
    .filter((w) => w.weight > 0)
    .map((w) => `${w.weight / 1000}% ${variationName(flag, w.variation)}`)
    .join(' / ');
}

const counted = (n: number, one: string, many = `${one}s`) => (n === 0 ? '' : `${n} ${n === 1 ? one : many}`);

/**
 * What a flag does in one environment, for a table cell: `off → off` (the off variation it serves), or
 * `on → 25% on / 75% off` (what everyone not targeted gets), with what else decides (`+1 rule, 2 targeted`).
 */
export function describeState(flag: Pick<Flag, 'variations'>, config: FlagEnvironment): string {
  if (!config.on) return `off → ${variationName(flag, config.offVariation)}`;
  const more = [
    counted(config.prerequisites.length, 'prerequisite'),
    counted(config.rules.length, 'rule'),
    counted(
      config.targets.reduce((n, t) => n + t.values.length, 0),
      'targeted',
      'targeted',
    ),
  ].filter(Boolean);
  return `on → ${describeServe(flag, config.fallthrough)}${more.length > 0 ? ` (+${more.join(', ')})` : ''}`;
}

/** Field → short text, for printing a configuration and diffing two. */
export function describeConfig(
  flag: Pick<Flag, 'variations'>,
  config: FlagEnvironment,
): Record<string, string> {
  return {
    state: config.on ? 'on' : 'off',
    'off variation': variationName(flag, config.offVariation),
    fallthrough: describeServe(flag, config.fallthrough),
    targets:
      config.targets.map((t) => `${variationName(flag, t.variation)}: ${t.values.join(',')}`).join('; ') ||
      '(none)',
    rules:
      config.rules
        .map(
          (r) =>
            `[${r.id}] ${r.clauses.map(describeClause).join(' and ') || 'everyone'} → ${describeServe(flag, r.serve)}`,
        )
        .join('; ') || '(none)',
    prerequisites: config.prerequisites.map((p) => `${p.flag}=${p.variation}`).join(', ') || '(none)',
  };
}

/** The lines saying what a write changed: `fallthrough: 5% on / 95% off → 25% on / 75% off`. */
export function describeChange(flag: Flag, before: FlagEnvironment, after: FlagEnvironment): string[] {
  const a = describeConfig(flag, before);
  const b = describeConfig(flag, after);
  return Object.keys(b)
    .filter((k) => a[k] !== b[k])
    .map((k) => `  ${k}: ${a[k]} → ${b[k]}`);
}

export type { FlagConfigAction };
