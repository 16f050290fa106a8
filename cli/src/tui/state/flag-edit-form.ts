// The flag edit forms' shapes: the writes they send, the form overlay, its steps and titles, and which
// step is typed. flag-edit.ts handles their keys, flag-edit-problems.ts checks them.
import type { Flag, FlagEnvironment, Variation } from '@ff/client';
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
      /** With a rule id: what that rule's matches get instead (`ff flags variants --rule`). */
      rule?: string | undefined;
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
  /** serve/split: the rule (id) selected when the form opened, whose serve it sets, not the fallthrough. */
  rule?: string | undefined;
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

export const allFlags = (state: AppState): Flag[] => [
  ...(state.data?.flags ?? []),
  ...(state.data?.archived ?? []),
];
export const flagOf = (state: AppState, key: string) => allFlags(state).find((f) => f.key === key);

/** Which typed field the form's current step edits, if any (the others are ←→ choices). */
export function textField(form: EditForm): 'text' | 'value' | undefined {
  const step = editSteps[form.what][form.step];
  if (step === 'context keys' || step === 'flag' || step === 'name' || step === 'weights') return 'text';
  if (step === 'value') return 'value';
  return undefined;
}
