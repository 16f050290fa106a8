// Stopping an experiment from the Experiments page: `S` opens a form that picks the winner (←→; none is
// allowed) and, with a winner, whether to roll it out to everyone in the same step (space), as
// `ff experiments stop --winner W --rollout` does. Enter asks for the confirmation that spells it out.
import type { Experiment, ExperimentTransition } from '@ff/client';

export interface StopForm {
  kind: 'stopForm';
  experiment: string;
  environment: string;
  /** 0: no winner; i + 1: variant i. */
  pick: number;
  rollout: boolean;
}

export const stopForm = (x: Experiment): StopForm => ({
  kind: 'stopForm',
  experiment: x.key,
  environment: x.environment,
  pick: 0,
  rollout: false,
});

/** The winner the form names, if any. */
export const stopWinner = (x: Pick<Experiment, 'variants'>, form: StopForm): string | undefined =>
  form.pick === 0 ? undefined : x.variants[form.pick - 1]?.key;

/** The transition the form asks for: `rollout` only with a winner (the API refuses it without). */
export function stopBody(x: Pick<Experiment, 'variants'>, form: StopForm): ExperimentTransition {
  const winner = stopWinner(x, form);
  return {
    action: 'stop',
    ...(winner ? { winner } : {}),
    ...(winner && form.rollout ? { rollout: true } : {}),
  };
}

export type StopOutcome = { overlay: StopForm } | { submit: ExperimentTransition } | { cancel: true };

/** A key in the stop form. */
export function stopFormKey(
  x: Pick<Experiment, 'variants'>,
  form: StopForm,
  input: string,
  key: { escape?: boolean; return?: boolean; leftArrow?: boolean; rightArrow?: boolean },
): StopOutcome | undefined {
  if (key.escape) return { cancel: true };
  if (key.return) return { submit: stopBody(x, form) };
  const n = x.variants.length + 1;
  if (key.leftArrow || key.rightArrow) {
    const pick = (form.pick + (key.leftArrow ? n - 1 : 1)) % n;
    return { overlay: { ...form, pick, rollout: pick === 0 ? false : form.rollout } };
  }
  if (input === ' ' && form.pick > 0) return { overlay: { ...form, rollout: !form.rollout } };
  return undefined;
}

/** The form's lines: the winner choice and the rollout switch. */
export function stopFormLines(x: Pick<Experiment, 'variants' | 'flag'>, form: StopForm): string[] {
  const winner = stopWinner(x, form);
  const choices = ['none', ...x.variants.map((v) => v.key)]
    .map((c, i) => (i === form.pick ? `[${c}]` : c))
    .join('  ');
  return [
    `winner   ${choices}   (←→)`,
    winner
      ? `rollout  ${form.rollout ? '[x]' : '[ ]'} serve ${winner} to everyone now (space)`
      : 'rollout  (pick a winner to roll it out)',
    winner && form.rollout
      ? `then flag ${x.flag} serves ${winner} to everyone`
      : `then flag ${x.flag} serves ${x.variants[0]?.key ?? 'control'} (control)`,
  ];
}
