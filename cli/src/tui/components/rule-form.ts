// The flag detail's add-a-rule form (state/flag-rule-form.ts): attribute, operator, values and the
// variation its matches get, with the clause it will send (typed by the CLI's clause parser) shown as
// it is typed.
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import { h } from '../h.ts';
import type { RuleForm } from '../state/flag-rule-form.ts';
import type { AppState } from '../state/reducer.ts';
import { clauseOf } from '../state/clause-form.ts';
import type { Theme } from './theme.ts';
import { formField } from './form-field.ts';

export function RuleFormView({
  state,
  form,
  theme,
  width,
}: {
  state: AppState;
  form: RuleForm;
  theme: Theme;
  width: number;
}): ReactElement {
  const flag = state.data?.flags.find((f) => f.key === form.flag);
  const made = clauseOf(form);
  const served = flag?.variations[form.variation]?.name ?? String(form.variation);
  return h(
    Box,
    { flexDirection: 'column', borderStyle: 'round', borderColor: theme.color('accent'), paddingX: 1, width },
    h(Text, { bold: true }, `Add a rule: ${form.flag} in ${form.env}`),
    formField('a', 'attribute', form.attribute, form.step === 0),
    formField(
      'o',
      'operator',
      `${form.negate ? 'not ' : ''}${form.op}  (←→, ! negates)`,
      form.step === 1,
      false,
    ),
    formField('v', 'values', form.values, form.step === 2),
    formField('s', 'serve', `${served}  (←→)`, form.step === 3, false),
    h(
      Text,
      { key: 'p', color: made.clause ? theme.color('ok') : theme.color('error'), wrap: 'truncate' },
      made.clause
        ? `✓ ${made.clause.negate ? 'not ' : ''}${made.clause.attribute} ${made.clause.op} ${JSON.stringify(made.clause.values)} → ${served}`
        : made.problem,
    ),
    h(
      Text,
      { key: 'hint', color: theme.color('dim'), wrap: 'truncate' },
      'the rule goes last · Enter next · ↑ back · Enter on serve adds it · Esc cancels',
    ),
  );
}
