// The semantic changes of PATCH …/flags/{flag}/environments/{env}, as pure functions: a configuration
// and an action in, the next configuration out, or a typed error whose path names the action
// (`body.actions[2].variation`). The service applies them in order to the locked current configuration
// and validates the result with the engine, so these check only what needs the action to explain it.
//
// Choices: a rule id that does not exist (updateRule, removeRule, setRollout with ruleId) is 409 Conflict,
// like an addRule whose id exists: the request is well formed but does not fit the configuration as it
// is now (typically someone else changed the rules). removeTargets of absent keys and removePrerequisite
// of an absent flag are no-ops, so they can be retried. Targets left empty are dropped.
import { randomBytes } from 'node:crypto';
import { BUCKET_SCALE } from '@ff/engine/limits';
import type { components } from '../../generated/openapi.ts';
import type { FieldIssue } from '../../http/errors.ts';
import { breaking, ConflictError, ValidationError } from '../../http/errors.ts';
import type { StoredConfig } from './store.ts';

export type Action = components['schemas']['FlagConfigAction'];
type Serve = StoredConfig['fallthrough'];
type Rule = StoredConfig['rules'][number];
type Rollout = NonNullable<Serve['rollout']>;
type Weights = components['schemas']['WeightedVariation'][];

export interface ActionContext {
  /** The key of the flag being configured (it cannot be its own prerequisite). */
  flagKey: string;
  /** How many variations the flag has: indexes must be below. */
  variationCount: number;
  /** The project's flags, for prerequisite checks. */
  flags: Readonly<Record<string, { variations: readonly unknown[] }>>;
  /** Makes a rule id for addRule without one; random by default. */
  newRuleId?: () => string;
}

const WEIGHT_TOTAL = BUCKET_SCALE;

/** A short random rule id: `rule-` and 8 base-36 characters. */
export function randomRuleId(): string {
  const n = randomBytes(6).readUIntBE(0, 6);
  return `rule-${n.toString(36).padStart(8, '0').slice(-8)}`;
}

function invalid(path: string, message: string): ValidationError {
  return new ValidationError([{ path, message, rule: 'flag-model' }], `${path}: ${message}`);
}

function checkIndex(index: number, ctx: ActionContext, path: string, issues: FieldIssue[]): void {
  if (index >= ctx.variationCount) {
    issues.push({
      path,
      message: `variation index ${index} is out of range (the flag has ${ctx.variationCount})`,
    });
  }
}

function checkWeights(weights: Weights, ctx: ActionContext, path: string, issues: FieldIssue[]): void {
  weights.forEach((w, i) => checkIndex(w.variation, ctx, `${path}[${i}].variation`, issues));
  const sum = weights.reduce((acc, w) => acc + w.weight, 0);
  if (sum !== WEIGHT_TOTAL) issues.push({ path, message: `weights must sum to ${WEIGHT_TOTAL}, not ${sum}` });
}

function checkServe(serve: Serve, ctx: ActionContext, path: string, issues: FieldIssue[]): void {
  if (serve.rollout !== undefined)
    checkWeights(serve.rollout.weights, ctx, `${path}.rollout.weights`, issues);
  else checkIndex(serve.variation, ctx, `${path}.variation`, issues);
}

function throwIssues(issues: FieldIssue[]): void {
  if (issues.length > 0)
    throw new ValidationError(
      breaking('flag-model', issues),
      issues.map((i) => `${i.path}: ${i.message}`).join('; '),
    );
}

function ruleIndex(config: StoredConfig, id: string, at: string): number {
  const i = config.rules.findIndex((r) => r.id === id);
  if (i < 0)
    throw new ConflictError(
      `${at}: no rule "${id}" in this configuration (it may have been changed since you read it).`,
    );
  return i;
}

function withoutValues(targets: StoredConfig['targets'], values: ReadonlySet<string>, only?: number) {
  return targets
    .map((t) =>
      only === undefined || t.variation === only
        ? { ...t, values: t.values.filter((v) => !values.has(v)) }
        : t,
    )
    .filter((t) => t.values.length > 0);
}

// A key is served by one target: adding it to the target of `variation` (the first one, created last if
// there is none) takes it out of every other target. Keys already there keep their place.
function addTargets(targets: StoredConfig['targets'], variation: number, values: readonly string[]) {
  const adding = new Set(values);
  const out: StoredConfig['targets'] = [];
  let found = false;
  for (const t of targets) {
    if (t.variation === variation && !found) {
      found = true;
      const present = new Set(t.values);
      out.push({ variation, values: [...t.values, ...[...adding].filter((v) => !present.has(v))] });
      continue;
    }
    const rest = t.values.filter((v) => !adding.has(v));
    if (rest.length > 0) out.push(rest.length === t.values.length ? t : { ...t, values: rest });
  }
  if (!found) out.push({ variation, values: [...adding] });
  return out;
}

function rollout(
  current: Serve | undefined,
  a: { bucketBy?: string; salt?: string; weights: Weights },
): Serve {
  // Keep the bucketing of an existing rollout unless the action names a new one: raising 10% to 50% must
  // keep everyone who was in.
  const prev: Partial<Rollout> = current?.rollout ?? {};
  const next: Rollout = { weights: a.weights.map((w) => ({ variation: w.variation, weight: w.weight })) };
  const bucketBy = a.bucketBy ?? prev.bucketBy;
  const salt = a.salt ?? prev.salt;
  if (bucketBy !== undefined) next.bucketBy = bucketBy;
  if (salt !== undefined) next.salt = salt;
  return { rollout: next };
}

/** Applies one action (the `index`-th of the request) to `config`, returning a new configuration. */
export function applyAction(
  config: StoredConfig,
  action: Action,
  index: number,
  ctx: ActionContext,
): StoredConfig {
  const at = `body.actions[${index}]`;
  const issues: FieldIssue[] = [];
  switch (action.kind) {
    case 'turnOn':
      return { ...config, on: true };
    case 'turnOff':
      return { ...config, on: false };
    case 'setOffVariation':
      checkIndex(action.variation, ctx, `${at}.variation`, issues);
      throwIssues(issues);
      return { ...config, offVariation: action.variation };
    case 'setFallthrough': {
      const serve = action.serve as Serve;
      checkServe(serve, ctx, `${at}.serve`, issues);
      throwIssues(issues);
      return { ...config, fallthrough: serve };
    }
    case 'setRollout': {
      checkWeights(action.weights, ctx, `${at}.weights`, issues);
      throwIssues(issues);
      if (action.ruleId === undefined) return { ...config, fallthrough: rollout(config.fallthrough, action) };
      const i = ruleIndex(config, action.ruleId, `${at}.ruleId`);
      const rules = config.rules.slice();
      rules[i] = { ...rules[i]!, serve: rollout(rules[i]!.serve, action) };
      return { ...config, rules };
    }
    case 'addTargets': {
      checkIndex(action.variation, ctx, `${at}.variation`, issues);
      throwIssues(issues);
      return { ...config, targets: addTargets(config.targets, action.variation, action.values) };
    }
    case 'removeTargets':
      if (action.variation !== undefined) checkIndex(action.variation, ctx, `${at}.variation`, issues);
      throwIssues(issues);
      return { ...config, targets: withoutValues(config.targets, new Set(action.values), action.variation) };
    case 'addRule': {
      const id = action.rule.id ?? uniqueId(config, ctx);
      if (config.rules.some((r) => r.id === id)) {
        throw new ConflictError(`${at}.rule.id: a rule "${id}" already exists in this configuration.`);
      }
      const pos = action.index ?? config.rules.length;
      if (pos > config.rules.length) {
        throw invalid(`${at}.index`, `must be at most ${config.rules.length} (the number of rules)`);
      }
      checkServe(action.rule.serve as Serve, ctx, `${at}.rule.serve`, issues);
      throwIssues(issues);
      const rule = { ...action.rule, id } as Rule;
      return { ...config, rules: [...config.rules.slice(0, pos), rule, ...config.rules.slice(pos)] };
    }
    case 'updateRule': {
      const i = ruleIndex(config, action.id, `${at}.id`);
      if (action.rule.serve !== undefined)
        checkServe(action.rule.serve as Serve, ctx, `${at}.rule.serve`, issues);
      throwIssues(issues);
      const rules = config.rules.slice();
      rules[i] = { ...rules[i]!, ...(action.rule as Partial<Rule>) };
      return { ...config, rules };
    }
    case 'removeRule': {
      const i = ruleIndex(config, action.id, `${at}.id`);
      return { ...config, rules: config.rules.filter((_, j) => j !== i) };
    }
    case 'reorderRules':
      return { ...config, rules: reorder(config.rules, action.ids, `${at}.ids`) };
    case 'addPrerequisite': {
      if (action.flag === ctx.flagKey) throw invalid(`${at}.flag`, 'a flag cannot be its own prerequisite');
      const target = Object.hasOwn(ctx.flags, action.flag) ? ctx.flags[action.flag] : undefined;
      if (target === undefined) throw invalid(`${at}.flag`, `unknown flag "${action.flag}"`);
      if (action.variation >= target.variations.length) {
        throw invalid(
          `${at}.variation`,
          `variation index ${action.variation} is out of range for "${action.flag}" (it has ${target.variations.length})`,
        );
      }
      const prerequisite = { flag: action.flag, variation: action.variation };
      const i = config.prerequisites.findIndex((p) => p.flag === action.flag);
      if (i < 0) return { ...config, prerequisites: [...config.prerequisites, prerequisite] };
      const prerequisites = config.prerequisites.slice();
      prerequisites[i] = prerequisite;
      return { ...config, prerequisites };
    }
    case 'removePrerequisite':
      return { ...config, prerequisites: config.prerequisites.filter((p) => p.flag !== action.flag) };
  }
}

function uniqueId(config: StoredConfig, ctx: ActionContext): string {
  const make = ctx.newRuleId ?? randomRuleId;
  for (;;) {
    const id = make();
    if (!config.rules.some((r) => r.id === id)) return id;
  }
}

function reorder(rules: readonly Rule[], ids: readonly string[], at: string): Rule[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (!byId.has(id)) issues.push({ path: `${at}[${i}]`, message: `no rule "${id}" in this configuration` });
    else if (seen.has(id)) issues.push({ path: `${at}[${i}]`, message: `rule "${id}" is named twice` });
    seen.add(id);
  });
  const missing = rules.filter((r) => !seen.has(r.id)).map((r) => `"${r.id}"`);
  if (missing.length > 0) {
    issues.push({ path: at, message: `must name every rule exactly once; missing ${missing.join(', ')}` });
  }
  throwIssues(issues);
  return ids.map((id) => byId.get(id)!);
}

/**
 * Applies `actions` in order, returning the configuration after each one (the last is the result):
 * when the engine refuses the result, the service walks these to find the action to blame.
 */
export function applyActions(
  config: StoredConfig,
  actions: readonly Action[],
  ctx: ActionContext,
): StoredConfig[] {
  const steps: StoredConfig[] = [];
  let current = config;
  actions.forEach((action, i) => {
    current = applyAction(current, action, i, ctx);
    steps.push(current);
  });
  return steps;
}

/**
 * Where in the request an engine issue on the configuration after `action` belongs: under the part of
 * the action that produced it when there is one (`rules[3].clauses[0].op` after an addRule that placed
 * its rule at 3 → `body.actions[i].rule.clauses[0].op`), else on the action itself.
 */
export function issuePath(action: Action, index: number, after: StoredConfig, path: string): string {
  const at = `body.actions[${index}]`;
  const under = (prefix: string, to: string): string | undefined =>
    path === prefix || path.startsWith(prefix + '.') || path.startsWith(prefix + '[')
      ? to + path.slice(prefix.length)
      : undefined;
  const rulePrefix = (id: string) => `rules[${after.rules.findIndex((r) => r.id === id)}]`;
  let mapped: string | undefined;
  switch (action.kind) {
    case 'setOffVariation':
      mapped = under('offVariation', `${at}.variation`);
      break;
    case 'setFallthrough':
      mapped = under('fallthrough', `${at}.serve`);
      break;
    case 'setRollout': {
      const serve = action.ruleId === undefined ? 'fallthrough' : `${rulePrefix(action.ruleId)}.serve`;
      mapped = under(`${serve}.rollout`, at);
      break;
    }
    case 'addRule':
      // The added rule sits at `index`, or last.
      mapped = under(`rules[${action.index ?? after.rules.length - 1}]`, `${at}.rule`);
      break;
    case 'updateRule':
      mapped = under(rulePrefix(action.id), `${at}.rule`);
      break;
    case 'addPrerequisite': {
      const i = after.prerequisites.findIndex((p) => p.flag === action.flag);
      mapped = under(`prerequisites[${i}]`, at) ?? (path === 'prerequisites' ? `${at}.flag` : undefined);
      break;
    }
    default:
      break;
  }
  return mapped ?? at;
}
