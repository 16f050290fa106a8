// One line of a dashboard form: `› label  value▏` on the step being typed, `  label  value` on the
// others (a choice step shows no cursor). The forms' labels are padded to one column so values line up.
import { Text } from 'ink';
import { h } from '../h.ts';

export const formField = (key: string, label: string, value: string, on: boolean, cursor = true, pad = 10) =>
  h(
    Text,
    { key, inverse: on, wrap: 'truncate' },
    `${on ? '›' : ' '} ${label.padEnd(pad)} ${value}${on && cursor ? '▏' : ''}`,
  );
