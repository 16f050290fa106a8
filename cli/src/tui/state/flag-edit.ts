// Flag detail editing per environment, as plain functions: individual targets (`+` add context keys to a
// variation's target, `-` remove them), prerequisites (`p` add a flag + variation, `P` remove one) and the
// flag's variations (`V`: edit a name or value, add one, `d` drop the last one). Each key opens a small
// form (an `edit` overlay); Enter builds a write that effects.ts sends through flag-writes.ts, the module
// `ff flags target|untarget` use. Validation is the engine's: its limits, its flag-definition schema, its
// configuration validator (a variation still in use cannot go) and its reference-chain check (no
// prerequisite cycles, no chains deeper than the engine evaluates).
import type { Flag, FlagEnvironment, Variation } from '@ff/client';
import { chainIssues, prerequisiteFlags, validateFlagConfig, validateFlagDefinition } from '@ff/engine';
import { normalizeConfig } from '@ff/engine/config-equality';
import { LIMITS, MAX_PREREQUISITE_DEPTH } from '@ff/engine/limits';
import { splitWeights } from '../../flag-config.ts';
import { splitKeys } from '../../segment-writes.ts';
import type { AppState } from './reducer.ts';

/** A flag edit the dashboard sends; `seen` is the configuration the user edited (its version is If-Match). */
export type EditWrite =
  | {
      kind: 'targets';
      flag: string;
      env: string;
      op: 'add' | 'remove';
      /** add: the variation served to them; remove: from every target. */
      variation?: number | undefined;
      values: string[];
      seen: FlagEnvironment;
    }
  | {
      kind: 'prerequisite';
      flag: string;
      env: string;
      op: 'add' | 'remove';
      prerequisite: string;
      variation?: number | undefined;
      seen: FlagEnvironment;
    }
  | {
      kind: 'fallthrough';
      flag: string;
      env: string;
      /** One variation for everyone not targeted (`ff flags serve`), or a split (`ff flags variants`). */
      serve: { variation: number } | { weights: { variation: number; weight: number }[] };
      seen: FlagEnvironment;
    }
  | {
      kind: 'variations';
      flag: string;
      /** The flag's version on screen (If-Match). */
      version: number;
      variations: Variation[];
      /** What changes, in words (for the confirmation and the status line). */
      summary: string;
    };

export type EditWhat =
  'target' | 'untarget' | 'prerequisite' | 'unprerequisite' | 'variation' | 'serve' | 'split';

/** The form an edit key opens. `pick` is the ←→ choice of the current step, `text`/`value` typed text. */
export interface EditForm {
  kind: 'edit';
  what: EditWhat;
  flag: string;
  env: string;
  step: number;
  pick: number;
  text: string;
  value: string;
}

export type EditOutcome =
  | { overlay: EditForm }
  | { write: EditWrite }
  | { status: string; tone: 'info' | 'error' }
  | { close: true; status?: string };

/** The steps of each form, by name (the overlay draws one line per step). */
export const editSteps: Record<EditWhat, readonly string[]> = {
  target: ['variation', 'context keys'],
  untarget: ['context keys'],
  prerequisite: ['flag', 'variation'],
  unprerequisite: ['prerequisite'],
  variation: ['variation', 'name', 'value'],
  serve: ['variation'],
  split: ['weights'],
};

export const editTitles: Record<EditWhat, string> = {
  target: 'Add individual targets',
  untarget: 'Remove individual targets',
  prerequisite: 'Add a prerequisite',
  unprerequisite: 'Remove a prerequisite',
  variation: 'Edit variations',
  serve: 'Serve everyone not targeted',
  split: 'Split everyone not targeted',
};

const allFlags = (state: AppState): Flag[] => [...(state.data?.flags ?? []), ...(state.data?.archived ?? [])];
const flagOf = (state: AppState, key: string) => allFlags(state).find((f) => f.key === key);

/** The keys of the targeting tab that open a form; undefined for any other key. */
export function editKey(state: AppState, flag: Flag, env: string, input: string): EditOutcome | undefined {
  const what: EditWhat | undefined =
    input === '+'
      ? 'target'
      : input === '-'
        ? 'untarget'
        : input === 'p'
          ? 'prerequisite'
          : input === 'P'
            ? 'unprerequisite'
            : input === 'V'
              ? 'variation'
              : input === 's'
                ? 'serve'
                : input === 'w'
                  ? 'split'
                  : undefined;
  if (!what) return undefined;
  const config = flag.environments?.[env];
  if (!config && what !== 'variation')
    return { status: `${flag.key} has no configuration in ${env}`, tone: 'error' };
  if (what === 'untarget' && config!.targets.every((t) => t.values.length === 0))
    return { status: `${flag.key} targets nobody individually in ${env}`, tone: 'info' };
  if (what === 'unprerequisite' && config!.prerequisites.length === 0)
    return { status: `${flag.key} has no prerequisites in ${env}`, tone: 'info' };
  // A boolean flag targets its true variation unless another is picked (as `ff flags target` does).
  const pick =
    what === 'target'
      ? Math.max(
          0,
          flag.variations.findIndex((v) => v.value === true),
        )
      : 0;
  const form: EditForm = { kind: 'edit', what, flag: flag.key, env, step: 0, pick, text: '', value: '' };
  if (what === 'serve' && 'variation' in config!.fallthrough) form.pick = config!.fallthrough.variation;
  // The split starts as what is served now, as `ff flags variants` words it.
  if (what === 'split') form.text = splitText(flag, config!);
  return { overlay: what === 'variation' ? withVariation(flag, form, 0) : form };
}

// The variation form shows the picked variation's name and value to edit (empty for a new one).
function withVariation(flag: Flag, form: EditForm, pick: number): EditForm {
  const v = flag.variations[pick];
  return {
    ...form,
    pick,
    text: v?.name ?? '',
    value: v === undefined ? '' : flag.kind === 'string' ? String(v.value) : JSON.stringify(v.value),
  };
}

/** What the ←→ choice of a step (the current one by default) offers, as labels; empty for a typed step. */
export function pickChoices(state: AppState, form: EditForm, step = form.step): string[] {
  const flag = flagOf(state, form.flag);
  if (!flag) return [];
  const config = flag.environments?.[form.env];
  const names = (f: Flag) => f.variations.map((v) => v.name);
  switch (`${form.what}:${step}`) {
    case 'target:0':
      return names(flag);
    case 'prerequisite:1': {
      const pre = flagOf(state, form.text.trim());
      return pre ? names(pre) : [];
    }
    case 'unprerequisite:0':
      return (config?.prerequisites ?? []).map((p) => p.flag);
    case 'variation:0':
      return [...names(flag), '+ new variation'];
    case 'serve:0':
      return names(flag);
    default:
      return [];
  }
}

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
function editedVariations(flag: Flag, form: EditForm): Variation[] {
  const next = { name: form.text.trim(), value: variationValue(flag.kind, form.value.trim()) };
  const list = flag.variations.map((v) => ({ ...v }));
  if (form.pick >= list.length) return [...list, next];
  list[form.pick] = { ...list[form.pick]!, ...next };
  return list;
}

// `control=50 treatment=50`: the weights of the fallthrough now (one variation is `name=100`).
function splitText(flag: Flag, config: FlagEnvironment): string {
  const serve = config.fallthrough;
  const weights =
    'rollout' in serve ? serve.rollout.weights : [{ variation: serve.variation, weight: 100_000 }];
  return weights
    .map((w) => `${flag.variations[w.variation]?.name ?? w.variation}=${w.weight / 1000}`)
    .join(' ');
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

/** A key typed into an edit form. */
export function editFormKey(
  state: AppState,
  form: EditForm,
  input: string,
  key: {
    escape?: boolean;
    return?: boolean;
    tab?: boolean;
    upArrow?: boolean;
    leftArrow?: boolean;
    rightArrow?: boolean;
    backspace?: boolean;
    delete?: boolean;
    ctrl?: boolean;
  },
): EditOutcome | undefined {
  const flag = flagOf(state, form.flag);
  if (key.escape || !flag) return { close: true, status: 'cancelled: nothing changed' };
  const steps = editSteps[form.what];
  const choices = pickChoices(state, form);
  const picking = choices.length > 0;
  if (picking && (key.leftArrow || key.rightArrow || input === ' ')) {
    const pick = (form.pick + (key.leftArrow ? choices.length - 1 : 1)) % choices.length;
    return { overlay: form.what === 'variation' ? withVariation(flag, form, pick) : { ...form, pick } };
  }
  if (form.what === 'variation' && form.step === 0 && input === 'd') {
    const why = dropProblem(state, flag);
    if (why) return { status: why, tone: 'error' };
    const last = flag.variations.at(-1)!;
    return {
      write: {
        kind: 'variations',
        flag: flag.key,
        version: flag.version,
        variations: flag.variations.slice(0, -1),
        summary: `drop variation ${flag.variations.length - 1} "${last.name}" (${JSON.stringify(last.value)}) of ${flag.key}`,
      },
    };
  }
  if (key.upArrow && form.step > 0) return { overlay: { ...form, step: form.step - 1 } };
  if (key.return || key.tab) {
    if (editProblem(state, form)) return { overlay: form };
    if (form.step < steps.length - 1) {
      // The prerequisite's variation starts at its true (boolean) or first variation.
      const next = { ...form, step: form.step + 1 };
      if (form.what === 'prerequisite') {
        const pre = flagOf(state, form.text.trim())!;
        next.pick = Math.max(
          0,
          pre.variations.findIndex((v) => v.value === true),
        );
      }
      return { overlay: next };
    }
    return { write: editWrite(state, flag, form) };
  }
  const field = textField(form);
  if (!field) return undefined;
  if (key.backspace || key.delete) return { overlay: { ...form, [field]: form[field].slice(0, -1) } };
  if (input.length > 0 && !key.ctrl) return { overlay: { ...form, [field]: form[field] + input } };
  return undefined;
}

/** Which typed field the form's current step edits, if any (the others are ←→ choices). */
export function textField(form: EditForm): 'text' | 'value' | undefined {
  const step = editSteps[form.what][form.step];
  if (step === 'context keys' || step === 'flag' || step === 'name' || step === 'weights') return 'text';
  if (step === 'value') return 'value';
  return undefined;
}

function editWrite(state: AppState, flag: Flag, form: EditForm): EditWrite {
  const seen = flag.environments?.[form.env] as FlagEnvironment;
  const base = { flag: flag.key, env: form.env, seen };
  switch (form.what) {
    case 'target':
      return { ...base, kind: 'targets', op: 'add', variation: form.pick, values: splitKeys(form.text) };
    case 'untarget':
      return { ...base, kind: 'targets', op: 'remove', values: splitKeys(form.text) };
    case 'prerequisite':
      return {
        ...base,
        kind: 'prerequisite',
        op: 'add',
        prerequisite: form.text.trim(),
        variation: form.pick,
      };
    case 'unprerequisite':
      return {
        ...base,
        kind: 'prerequisite',
        op: 'remove',
        prerequisite: seen.prerequisites[form.pick]!.flag,
      };
    case 'serve':
      return { ...base, kind: 'fallthrough', serve: { variation: form.pick } };
    case 'split':
      return { ...base, kind: 'fallthrough', serve: { weights: splitWeights(flag, splitKeys(form.text)) } };
    case 'variation': {
      const variations = editedVariations(flag, form);
      const before = flag.variations[form.pick];
      const after = variations[form.pick]!;
      const summary = before
        ? `change variation ${form.pick} of ${flag.key}: ${
            [
              before.name !== after.name ? `name ${before.name} → ${after.name}` : '',
              JSON.stringify(before.value) !== JSON.stringify(after.value)
                ? `value ${JSON.stringify(before.value)} → ${JSON.stringify(after.value)}`
                : '',
            ]
              .filter(Boolean)
              .join(', ') || 'unchanged'
          }`
        : `add variation ${form.pick} "${after.name}" (${JSON.stringify(after.value)}) to ${flag.key}`;
      return { kind: 'variations', flag: flag.key, version: flag.version, variations, summary };
    }
  }
}

/** An edit as sentences, for the confirmation (protected environments; variations always). */
export function describeEdit(state: AppState, w: EditWrite): string[] {
  const flag = flagOf(state, w.flag);
  const name = (f: Flag | undefined, i: number | undefined) =>
    i === undefined ? '' : `"${f?.variations[i]?.name ?? `#${i}`}"`;
  const where = (env: string) =>
    `${env}${state.data?.environments.find((e) => e.key === env)?.protected ? ' (protected)' : ''}`;
  switch (w.kind) {
    case 'targets':
      return w.op === 'add'
        ? [
            `Serve ${w.flag} ${name(flag, w.variation)} to ${w.values.join(', ')} in ${where(w.env)}.`,
            'Individual targets are checked before rules; these keys leave any other target of the flag.',
          ]
        : [`Remove ${w.values.join(', ')} from the individual targets of ${w.flag} in ${where(w.env)}.`];
    case 'prerequisite': {
      const off = flag?.environments?.[w.env]?.offVariation;
      return w.op === 'add'
        ? [
            `Make ${w.flag} in ${where(w.env)} require ${w.prerequisite} to serve ${name(flagOf(state, w.prerequisite), w.variation)}.`,
            `Where it does not, ${w.flag} serves its off variation ${name(flag, off)}.`,
          ]
        : [`Remove the prerequisite ${w.prerequisite} of ${w.flag} in ${where(w.env)}.`];
    }
    case 'fallthrough':
      return [
        'variation' in w.serve
          ? `Serve ${w.flag} ${name(flag, w.serve.variation)} to everyone not targeted in ${where(w.env)}.`
          : `Split everyone not targeted by ${w.flag} in ${where(w.env)}: ${w.serve.weights.map((x) => `${name(flag, x.variation)} ${x.weight / 1000}%`).join(' / ')}.`,
      ];
    case 'variations':
      return [
        `${w.summary[0]!.toUpperCase()}${w.summary.slice(1)}.`,
        'Variations are the flag’s definition: every environment serving it changes at once.',
      ];
  }
}

/** The edit keys, for the help overlay. */
export const editHelp: [string, string][] = [
  ['+ / -', 'add context keys to a variation’s individual targets / remove them'],
  ['p / P', 'add a prerequisite (flag + variation) / remove one'],
  ['V', 'variations: ←→ pick, edit name and value, add one; d drops the last'],
  ['s / w', 'serve one variation to everyone not targeted / split them (a=50 b=50)'],
];
