// Flag detail editing per environment, as plain functions: individual targets (`+` add context keys to a
// variation's target, `-` remove them), prerequisites (`p` add a flag + variation, `P` remove one) and the
// flag's variations (`V`: edit a name or value, add one, `d` drop the last one). Each key opens a small
// form (an `edit` overlay); Enter builds a write that effects.ts sends through flag-writes.ts, the module
// `ff flags target|untarget` use. The forms' shapes are in flag-edit-form.ts; their validation, the
// engine's, in flag-edit-problems.ts.
import type { Flag, FlagEnvironment } from '@ff/client';
import { BUCKET_SCALE } from '@ff/engine/limits';
import { splitWeights } from '../../flag-config.ts';
import { splitKeys } from '../../segment-writes.ts';
import { editSteps, flagOf, textField } from './flag-edit-form.ts';
import type { EditForm, EditOutcome, EditWhat, EditWrite } from './flag-edit-form.ts';
import { dropProblem, editedVariations, editProblem } from './flag-edit-problems.ts';
import type { AppState } from './reducer.ts';

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
  if (what === 'serve' || what === 'split') {
    // With a rule selected ([ ]) the form sets what that rule serves; otherwise the fallthrough.
    const rule = config!.rules[state.detail?.ruleIndex ?? -1];
    if (rule) form.rule = rule.id;
    const serve = rule ? rule.serve : config!.fallthrough;
    if (what === 'serve' && 'variation' in serve) form.pick = serve.variation;
    // The split starts as what is served now, as `ff flags variants` words it.
    if (what === 'split') form.text = splitText(flag, serve);
  }
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

// `control=50 treatment=50`: the weights served now (one variation is `name=100`).
function splitText(flag: Flag, serve: FlagEnvironment['fallthrough']): string {
  const weights =
    'rollout' in serve ? serve.rollout.weights : [{ variation: serve.variation, weight: BUCKET_SCALE }];
  return weights
    .map((w) => `${flag.variations[w.variation]?.name ?? w.variation}=${(w.weight * 100) / BUCKET_SCALE}`)
    .join(' ');
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
      return { ...base, kind: 'fallthrough', rule: form.rule, serve: { variation: form.pick } };
    case 'split':
      return {
        ...base,
        kind: 'fallthrough',
        rule: form.rule,
        serve: { weights: splitWeights(flag, splitKeys(form.text)) },
      };
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
    case 'fallthrough': {
      const who = w.rule ? `the contexts rule ${w.rule} matches` : 'everyone not targeted';
      return [
        'variation' in w.serve
          ? `Serve ${w.flag} ${name(flag, w.serve.variation)} to ${who} in ${where(w.env)}.`
          : `Split ${who} by ${w.flag} in ${where(w.env)}: ${w.serve.weights.map((x) => `${name(flag, x.variation)} ${x.weight / 1000}%`).join(' / ')}.`,
      ];
    }
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
  ['s / w', 'serve one variation / split (a=50 b=50): to everyone else, or the selected rule'],
];
