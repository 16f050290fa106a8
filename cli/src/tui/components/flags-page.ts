// The Flags page: one row per flag with a marker per environment (○ off, ● on serving one value,
// ◐ rolling out p%), kind, tags and last change. Virtualized: only the rows on screen are rendered.
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import { h } from '../h.ts';
import { ago, markerOf, visibleFlags, windowOf } from '../state/model.ts';
import type { AppState } from '../state/reducer.ts';
import type { Theme } from './theme.ts';

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, Math.max(0, n - 1))}…` : s.padEnd(n));

export function FlagsPage({
  state,
  theme,
  width,
  height,
  now,
}: {
  state: AppState;
  theme: Theme;
  width: number;
  height: number;
  now: Date;
}): ReactElement {
  const data = state.data!;
  const rows = visibleFlags(data, state.flags);
  const envs = data.environments;
  const envWidth = Math.max(9, Math.min(14, Math.floor((width - 30) / Math.max(1, envs.length) / 1.6)));
  const showTags = width >= 100;
  const showKind = width >= 70;
  const fixed = envs.length * (envWidth + 1) + (showKind ? 8 : 0) + (showTags ? 18 : 0) + 10;
  const keyWidth = Math.max(12, width - fixed - 2);
  const listHeight = Math.max(1, height - 3);
  const { start, end } = windowOf(rows.length, state.flags.cursor, listHeight, state.flags.offset);
  const filterLine = state.flags.filtering
    ? `/${state.flags.filter}▏`
    : state.flags.filter
      ? `filter: ${state.flags.filter}  (/ to change, Esc in it to clear)`
      : '/ filter  s sort  a archived  n new  space on/off';
  return h(
    Box,
    { flexDirection: 'column', width },
    h(
      Text,
      { wrap: 'truncate' },
      h(Text, { bold: true }, `Flags `),
      h(
        Text,
        { color: theme.color('dim') },
        `${rows.length} of ${data.flags.length + (state.flags.showArchived ? data.archived.length : 0)} · sort ${state.flags.sort}${state.flags.showArchived ? ' · with archived' : ''} · `,
      ),
      h(Text, { color: state.flags.filtering ? theme.color('accent') : theme.color('dim') }, filterLine),
    ),
    h(
      Text,
      { bold: true, wrap: 'truncate' },
      '  ' +
        pad('KEY', keyWidth) +
        ' ' +
        envs.map((e) => pad(e.key + (e.key === state.env ? '*' : ''), envWidth)).join(' ') +
        (showKind ? ' ' + pad('KIND', 7) : '') +
        (showTags ? ' ' + pad('TAGS', 17) : '') +
        ' CHANGED',
    ),
    rows.length === 0
      ? h(
          Text,
          { color: theme.color('dim') },
          data.flags.length === 0
            ? '  No flags yet. Press n to create the first one.'
            : '  No flag matches the filter.',
        )
      : null,
    ...rows.slice(start, end).map((flag, i) => {
      const selected = start + i === state.flags.cursor;
      return h(
        Text,
        { key: flag.key, wrap: 'truncate', inverse: selected && state.focus === 'main' },
        (selected ? '› ' : '  ') + pad(flag.key + (flag.archived ? ' (archived)' : ''), keyWidth) + ' ',
        ...envs.map((e) => {
          const m = markerOf(flag, flag.environments?.[e.key]);
          return h(
            Text,
            { key: e.key, color: theme.color(m.tone) },
            pad(`${m.glyph} ${m.text}`, envWidth) + ' ',
          );
        }),
        showKind ? pad(flag.kind, 7) + ' ' : '',
        showTags ? pad(flag.tags.join(','), 17) + ' ' : '',
        h(Text, { color: theme.color('dim') }, ago(flag.updatedAt, now)),
      );
    }),
    rows.length > listHeight
      ? h(Text, { color: theme.color('dim') }, `  ${start + 1}-${end} of ${rows.length}`)
      : null,
  );
}
