// One clause typed in a form, shared by the segment rules form (segments-edit.ts) and the flag rule form
// (flag-rule-form.ts): an attribute, an operator from the engine's list (←→ walks it, ! or space
// negates), and values typed as the CLI types them (parseClause: numbers for lt/gt…, a JSON array for
// exact values), so the dashboard and `ff segments update --rule` / `ff flags rule add` agree.
import type { Clause } from '@ff/client';
import { OPERATORS } from '@ff/engine/operators';
import type { Operator } from '@ff/engine/operators';
import { parseClause } from '../../flag-config.ts';
import { isText } from './outcome.ts';
import type { KeyInfo } from './outcome.ts';

export interface ClauseFields {
  attribute: string;
  op: Operator;
  negate: boolean;
  values: string;
}

/** The clause the form would write, or why it cannot yet (the CLI's own parser says). */
export function clauseOf(
  o: ClauseFields,
): { clause: Clause; problem?: undefined } | { clause?: undefined; problem: string } {
  if (o.attribute.trim() === '') return { problem: 'type an attribute, e.g. plan or email' };
  if (/\s/.test(o.attribute.trim())) return { problem: 'an attribute has no spaces' };
  if (o.values.trim() === '')
    return { problem: 'type one or more values (comma-separated, or a JSON array)' };
  try {
    return {
      clause: parseClause(`${o.negate ? 'not ' : ''}${o.attribute.trim()} ${o.op} ${o.values.trim()}`),
    };
  } catch (err) {
    return { problem: err instanceof Error ? err.message : String(err) };
  }
}

/** A key on one of the clause's steps: the fields it changes, or undefined when it changes none. */
export function clauseFieldKey(
  o: ClauseFields,
  step: 'attribute' | 'operator' | 'values',
  input: string,
  key: KeyInfo,
): Partial<ClauseFields> | undefined {
  if (step === 'operator') {
    if (key.leftArrow || key.rightArrow) {
      const i = OPERATORS.indexOf(o.op) + (key.leftArrow ? OPERATORS.length - 1 : 1);
      return { op: OPERATORS[i % OPERATORS.length]! };
    }
    if (input === '!' || input === ' ') return { negate: !o.negate };
    return undefined;
  }
  if (key.backspace || key.delete) return { [step]: o[step].slice(0, -1) };
  if (isText(input, key)) return { [step]: o[step] + input };
  return undefined;
}
