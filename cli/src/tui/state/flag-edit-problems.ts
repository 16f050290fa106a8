// Why a flag edit form cannot be submitted, shown live under it. Validation is the engine's: its limits,
// its flag-definition schema, its configuration validator (a variation still in use cannot go) and its
// reference-chain check (no prerequisite cycles, no chains deeper than the engine evaluates).
import type { Flag, Variation } from '@ff/client';
import { chainIssues, prerequisiteFlags, validateFlagConfig, validateFlagDefinition } from '@ff/engine';
import { normalizeConfig } from '@ff/engine/config-equality';
import { LIMITS, MAX_PREREQUISITE_DEPTH } from '@ff/engine/limits';
import { splitWeights } from '../../flag-config.ts';
import { splitKeys } from '../../segment-writes.ts';
import { allFlags, editSteps, flagOf } from './flag-edit-form.ts';
import type { EditForm } from './flag-edit-form.ts';
import type { AppState } from './reducer.ts';

/** A variation's value typed as text: a string flag takes it as is, the other kinds as JSON. */
export function variationValue(kind: Flag['kind'], text: string): unknown {
  if (kind === 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The variations the variation form would write. */
export function editedVariations(flag: Flag, form: EditForm): Variation[] {
  const next = { name: form.text.trim(), value: variationValue(flag.kind, form.value.trim()) };
  const list = flag.variations.map((v) => ({ ...v }));
  if (form.pick >= list.length) return [...list, next];
  list[form.pick] = { ...list[form.pick]!, ...next };
  return list;
}

// What `ff flags variants` would say about these words (the CLI's own parser), and the engine's bound.
function splitProblem(flag: Flag, text: string): string | undefined {
  const parts = splitKeys(text);
  if (parts.length > LIMITS.weights) return `at most ${LIMITS.weights} variations in a split`;
  try {
    splitWeights(flag, parts);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/** Why the form cannot be submitted as it stands (shown live under it), or undefined. */
export function editProblem(state: AppState, form: EditForm): string | undefined {
  const flag = flagOf(state, form.flag);
  if (!flag) return `${form.flag} is gone`;
  const config = flag.environments?.[form.env];
  switch (form.what) {
    case 'target':
    case 'untarget': {
      const keys = splitKeys(form.text);
      if (form.step < editSteps[form.what].length - 1) return undefined;
      if (keys.length === 0) return 'type one or more context keys (comma- or space-separated)';
      const long = keys.find((k) => k.length > LIMITS.targetValue);
      if (long) return `a context key is at most ${LIMITS.targetValue} characters`;
      if (form.what === 'untarget') {
        const targeted = new Set(config?.targets.flatMap((t) => t.values));
        const missing = keys.filter((k) => !targeted.has(k));
        return missing.length ? `not targeted in ${form.env}: ${missing.join(', ')}` : undefined;
      }
      const target = config?.targets.find((t) => t.variation === form.pick);
      if (!target && (config?.targets.length ?? 0) >= LIMITS.targets)
        return `${form.env} already has ${LIMITS.targets} targets (the engine's limit)`;
      if ((target?.values.length ?? 0) + keys.length > LIMITS.targetValues)
        return `a target holds at most ${LIMITS.targetValues} context keys`;
      return undefined;
    }
    case 'prerequisite':
      return prerequisiteProblem(state, flag, form.env, form.text.trim());
    case 'unprerequisite':
    case 'serve':
      return undefined;
    case 'split':
      return splitProblem(flag, form.text);
    case 'variation':
      return variationProblem(state, flag, form);
  }
}

function prerequisiteProblem(state: AppState, flag: Flag, env: string, key: string): string | undefined {
  if (key === '') return 'type the key of the flag that must pass first';
  if (key === flag.key) return 'a flag cannot be its own prerequisite';
  if (!flagOf(state, key)) return `no flag "${key}" in this project`;
  const config = flag.environments?.[env];
  const others = (config?.prerequisites ?? []).filter((p) => p.flag !== key);
  if (others.length >= LIMITS.prerequisites)
    return `${flag.key} already has ${LIMITS.prerequisites} prerequisites in ${env} (the engine's limit)`;
  // The chains this prerequisite would make, through every flag's prerequisites in this environment.
  const flags = allFlags(state);
  const edges = (k: string): string[] =>
    k === flag.key
      ? [...prerequisiteFlags(config), key]
      : prerequisiteFlags(flags.find((f) => f.key === k)?.environments?.[env]);
  const issue = chainIssues(
    flags.map((f) => f.key),
    edges,
    MAX_PREREQUISITE_DEPTH,
    [flag.key],
  )[0];
  if (issue?.kind === 'cycle') return `that makes a prerequisite cycle: ${issue.path.join(' → ')}`;
  if (issue) return `that chain is deeper than ${MAX_PREREQUISITE_DEPTH}: ${issue.path.join(' → ')}`;
  return undefined;
}

function variationProblem(state: AppState, flag: Flag, form: EditForm): string | undefined {
  if (form.step === 0) {
    if (form.pick >= flag.variations.length && flag.variations.length >= LIMITS.variations)
      return `${flag.key} already has ${LIMITS.variations} variations (the engine's limit)`;
    if (form.pick >= flag.variations.length && flag.kind === 'boolean')
      return 'a boolean flag has exactly two variations, true and false';
    return undefined;
  }
  const result = validateFlagDefinition({
    key: flag.key,
    kind: flag.kind,
    variations: editedVariations(flag, form),
  });
  // On the name step the value is not typed yet: only what is wrong with the names counts there.
  if (!result.ok)
    return result.issues
      .filter((i) => form.step === 2 || !i.path.endsWith('.value'))
      .map((i) => `${i.path.replace(/^variations\[(\d+)\]\.?/, 'variation $1 ')}: ${i.message}`)[0];
  return undefined;
}

/**
 * Why the last variation cannot be dropped (a configuration of this flag or another flag's prerequisite
 * still names it, as the server also checks), or undefined.
 */
export function dropProblem(state: AppState, flag: Flag): string | undefined {
  if (flag.kind === 'boolean') return 'a boolean flag has exactly two variations, true and false';
  if (flag.variations.length <= 1) return 'a flag keeps at least one variation';
  const variations = flag.variations.slice(0, -1);
  const uses: string[] = [];
  for (const [env, config] of Object.entries(flag.environments ?? {}))
    if (!validateFlagConfig(normalizeConfig(config), { variations }).ok) uses.push(env);
  for (const other of allFlags(state))
    for (const [env, config] of Object.entries(other.environments ?? {}))
      if (config.prerequisites.some((p) => p.flag === flag.key && p.variation >= variations.length))
        uses.push(`${other.key} in ${env}`);
  const last = flag.variations.at(-1)!.name;
  return uses.length ? `"${last}" is in use (${uses.join(', ')}): change those first` : undefined;
}
