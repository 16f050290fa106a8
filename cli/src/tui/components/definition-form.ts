// The flag detail's definition form (state/flag-definition.ts): one line per field, the one being typed
// marked, and what the engine's limits say of the name and the tags.
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import { h } from '../h.ts';
import { definitionProblem, definitionSteps } from '../state/flag-definition.ts';
import type { DefinitionForm } from '../state/flag-definition.ts';
import { formField } from './form-field.ts';
import type { Theme } from './theme.ts';

export function DefinitionFormView({
  form,
  theme,
  width,
}: {
  form: DefinitionForm;
  theme: Theme;
  width: number;
}): ReactElement {
  const problem = definitionProblem(form);
  const values: Record<(typeof definitionSteps)[number], string> = {
    name: form.name,
    description: form.description,
    tags: form.tags,
    owner: form.owner,
    temporary: `${form.temporary ? 'yes' : 'no'}  (space)`,
    'client-side': `${form.clientSide ? 'yes' : 'no'}  (space)`,
  };
  return h(
    Box,
    { flexDirection: 'column', borderStyle: 'round', borderColor: theme.color('accent'), paddingX: 1, width },
    h(Text, { bold: true }, `Definition of ${form.flag} (every environment)`),
    ...definitionSteps.map((s, i) => formField(s, s, values[s], i === form.step, i < 4, 12)),
    h(
      Text,
      { key: 'p', color: problem ? theme.color('error') : theme.color('dim'), wrap: 'truncate' },
      problem ?? 'tags comma-separated · an empty owner clears it',
    ),
    h(
      Text,
      { key: 'hint', color: theme.color('dim'), wrap: 'truncate' },
      'Enter next · ↑ back · Enter on the last field saves (client-side asks first) · Esc cancels',
    ),
  );
}
