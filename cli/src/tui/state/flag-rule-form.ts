// Adding a targeting rule of one clause to a flag in an environment (flag detail, `a`): an attribute, an
// operator (←→ walks the engine's operator list, ! negates), values typed as `ff flags rule add` types
// them (clauseOf: the CLI's clause parser), and the variation its matches get (←→). Enter on the
// variation sends one addRule change with If-Match from the configuration on screen; a protected
// environment spells the rule out first (write-requests.ts). Segment rules keep their shortcut, `g`.
import type { Clause, Flag, FlagEnvironment } from '@ff/client';
import type { Operator } from '@ff/engine/operators';
import { readOnlyReason } from './model.ts';
import { act, none } from './outcome.ts';
import type { KeyInfo, Outcome } from './outcome.ts';
import type { AppState } from './reducer.ts';
import { clauseFieldKey, clauseOf } from './clause-form.ts';
import { requestWrite } from './write-requests.ts';

export interface RuleForm {
  kind: 'ruleForm';
  flag: string;
  env: string;
  step: 0 | 1 | 2 | 3;
  attribute: string;
  op: Operator;
  negate: boolean;
  values: string;
  /** The variation the rule's matches get. */
  variation: number;
}

export interface AddRuleWrite {
  kind: 'addRule';
  flag: string;
  env: string;
  clause: Clause;
  variation: number;
  seen?: FlagEnvironment | undefined;
}

export function openRuleForm(state: AppState, flag: Flag, env: string): Outcome {
  const why = readOnlyReason(
    state.data?.me.role ?? 'viewer',
    state.data?.environments.find((e) => e.key === env),
  );
  if (why) return act({ type: 'status', text: why, tone: 'error' });
  if (!flag.environments?.[env])
    return act({ type: 'status', text: `${flag.key} has no configuration in ${env}`, tone: 'error' });
  // A boolean flag's rule serves its true variation unless another is picked (as `g` does).
  const variation = Math.max(
    0,
    flag.variations.findIndex((v) => v.value === true),
  );
  return act({
    type: 'overlay',
    overlay: {
      kind: 'ruleForm',
      flag: flag.key,
      env,
      step: 0,
      attribute: '',
      op: 'in',
      negate: false,
      values: '',
      variation,
    },
  });
}

export function ruleFormKey(state: AppState, o: RuleForm, input: string, key: KeyInfo): Outcome {
  const close = { type: 'overlay', overlay: undefined } as const;
  const set = (patch: Partial<RuleForm>) => act({ type: 'overlay', overlay: { ...o, ...patch } });
  const flag = state.data?.flags.find((f) => f.key === o.flag);
  if (key.escape || !flag) return act(close, { type: 'status', text: 'no rule added', tone: 'info' });
  if (key.return || key.tab) {
    if (o.step === 0 && o.attribute.trim() === '') return none;
    if (o.step === 2) {
      const made = clauseOf(o);
      if (!made.clause) return act({ type: 'status', text: made.problem, tone: 'error' });
    }
    if (o.step < 3) return set({ step: (o.step + 1) as 1 | 2 | 3 });
    const made = clauseOf(o);
    if (!made.clause) return act({ type: 'status', text: made.problem, tone: 'error' });
    const out = requestWrite(state, {
      kind: 'addRule',
      flag: o.flag,
      env: o.env,
      clause: made.clause,
      variation: o.variation,
    });
    return { actions: [close, ...out.actions], effects: out.effects };
  }
  if (key.upArrow && o.step > 0) return set({ step: (o.step - 1) as 0 | 1 | 2 });
  if (o.step === 3) {
    if (key.leftArrow || key.rightArrow || input === ' ') {
      const n = flag.variations.length;
      return set({ variation: (o.variation + (key.leftArrow ? n - 1 : 1)) % n });
    }
    return none;
  }
  const patch = clauseFieldKey(o, (['attribute', 'operator', 'values'] as const)[o.step], input, key);
  return patch ? set(patch) : none;
}
