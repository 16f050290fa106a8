// The other pages: Home, Segments, Audit (live), Members, Insights and Experiments (Settings is in
// settings-page.ts). Each is a view of the snapshot; the live feed is the snapshot's `changes`, kept
// current by the change stream.
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import { h } from '../h.ts';
import { ago, sparkline, windowOf } from '../state/model.ts';
import type { AppState } from '../state/reducer.ts';
import type { Theme } from './theme.ts';

interface PageProps {
  state: AppState;
  theme: Theme;
  width: number;
  height: number;
  now: Date;
}

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, Math.max(0, n - 1))}…` : s.padEnd(n));

function list(
  props: PageProps,
  title: string,
  header: string,
  lines: string[],
  empty: string,
  footer?: string,
) {
  const { state, theme, height } = props;
  const { start, end } = windowOf(lines.length, state.listCursor, Math.max(1, height - 4), 0);
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, { bold: true }, title),
    h(Text, { bold: true, wrap: 'truncate' }, '  ' + header),
    ...(lines.length === 0 ? [h(Text, { key: 'empty', color: theme.color('dim') }, '  ' + empty)] : []),
    ...lines.slice(start, end).map((line, i) =>
      h(
        Text,
        {
          key: `${start + i}`,
          wrap: 'truncate',
          inverse: start + i === state.listCursor && state.focus === 'main',
        },
        (start + i === state.listCursor ? '› ' : '  ') + line,
      ),
    ),
    footer ? h(Text, { color: theme.color('dim'), wrap: 'truncate' }, footer) : null,
  );
}

const changeLine = (
  r: { id: string; createdAt: string; actor: string; action: string; resource: string },
  now: Date,
) =>
  `${pad(ago(r.createdAt, now), 8)} ${pad(r.actor, 18)} ${pad(r.action, 19)} ${r.resource.split('/').slice(2).join('/')}`;

export function HomePage(props: PageProps): ReactElement {
  const { state, theme, now } = props;
  const d = state.data!;
  const stat = (label: string, value: string) =>
    h(
      Text,
      { key: label },
      h(Text, { bold: true, color: theme.color('accent') }, value.padStart(6)),
      ` ${label}`,
    );
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, { bold: true }, `${d.projectName} (${state.project})`),
    h(
      Text,
      { color: theme.color('dim') },
      'ff: feature flags you change from the terminal, live in every SDK within a second.',
    ),
    h(
      Box,
      { marginTop: 1, flexDirection: 'column' },
      stat('flags', String(d.flags.length)),
      stat('segments', String(d.segments.length)),
      stat('environments', String(d.environments.length)),
      stat(
        'evaluations in the last 24 h',
        String(d.insights?.evaluations.last24h ?? d.evaluations24h ?? '—'),
      ),
    ),
    d.flags.length === 0
      ? h(
          Text,
          { color: theme.color('warn') },
          '\nThis project has no flags yet: press n to create the first one.',
        )
      : null,
    h(Text, { bold: true }, '\nRecent changes'),
    ...(d.changes.length === 0 ? [h(Text, { key: 'none', color: theme.color('dim') }, '  none yet')] : []),
    ...d.changes
      .slice(0, Math.max(1, props.height - 12))
      .map((r) => h(Text, { key: r.id, wrap: 'truncate' }, '  ' + changeLine(r, now))),
  );
}

export function SegmentsPage(props: PageProps): ReactElement {
  const d = props.state.data!;
  const used = (key: string) =>
    d.flags.filter((f) =>
      Object.values(f.environments ?? {}).some((c) =>
        c.rules.some((r) => r.clauses.some((cl) => cl.op === 'segmentMatch' && cl.values.includes(key))),
      ),
    ).length;
  return list(
    props,
    `Segments (${d.segments.length})`,
    `${pad('KEY', 24)} ${pad('SIZE', 10)} ${pad('RULES', 6)} USED BY`,
    d.segments.map(
      (s) =>
        `${pad(s.key, 24)} ${pad(`${s.includedCount}+/${s.excludedCount}-`, 10)} ${pad(String(s.rules.length), 6)} ${used(s.key)} flag(s)`,
    ),
    'No segments. Press n to create one.',
    'Enter rules · n new · u rename · + add members · - remove members · i import a CSV',
  );
}

export function AuditPage(props: PageProps): ReactElement {
  const d = props.state.data!;
  return list(
    props,
    `Audit · live (${props.state.connection})`,
    `${pad('WHEN', 8)} ${pad('WHO', 18)} ${pad('WHAT', 19)} RESOURCE`,
    d.changes.map((r) => changeLine(r, props.now)),
    'No changes yet.',
    'R reverts the selected change (asks first) · new changes appear at the top as they happen',
  );
}

export function MembersPage(props: PageProps): ReactElement {
  const d = props.state.data!;
  const members = d.members ?? [];
  return list(
    props,
    `Members (${members.length})`,
    `${pad('EMAIL', 30)} ${pad('ROLE', 14)} STATUS`,
    members.map((m) => `${pad(m.email, 30)} ${pad(m.role, 14)} ${m.status}`),
    'No members visible.',
    d.me.role === 'viewer'
      ? 'read-only: you are a viewer (ask an admin for the developer role)'
      : 'i invite · o change role · d remove (role and removal ask first)',
  );
}

export function InsightsPage(props: PageProps): ReactElement {
  const { theme, state, width } = props;
  const d = state.data!;
  const ins = d.insights;
  const temporary = d.flags.filter((f) => f.temporary).length;
  const head = [
    h(Text, { key: 'h', bold: true }, 'Insights'),
    h(
      Text,
      { key: 'c' },
      `flags: ${d.flags.length} live, ${d.archived.length} archived, ${temporary} temporary · segments: ${d.segments.length} · environments: ${d.environments.length}`,
    ),
  ];
  if (!ins)
    return h(
      Box,
      { flexDirection: 'column' },
      ...head,
      h(
        Text,
        { color: theme.color('dim') },
        'The insights API did not answer: evaluations over time and stale flags appear when it does.',
      ),
    );
  const e = ins.evaluations;
  const stale = d.stale ?? [];
  const spark = Math.max(10, Math.min(30, width - 40));
  return h(
    Box,
    { flexDirection: 'column' },
    ...head,
    h(
      Text,
      { key: 'e' },
      `evaluations: ${e.last24h} in 24 h · ${e.last7d} in 7 days · ${e.last30d} in 30 days`,
    ),
    h(Text, { key: 'th', bold: true }, 'Most evaluated (30 days, one bar a day)'),
    ...(ins.topFlags.length === 0
      ? [h(Text, { key: 'tn', color: theme.color('dim') }, '  no evaluations reported yet')]
      : []),
    ...ins.topFlags
      .slice(0, 5)
      .map((f) =>
        h(
          Text,
          { key: `t-${f.flag}`, wrap: 'truncate' },
          `  ${pad(f.flag, 22)} `,
          h(Text, { color: theme.color('accent') }, sparkline(f.daily.slice(-spark))),
          ` ${f.evaluations}`,
        ),
      ),
    h(Text, { key: 'sh', bold: true }, `Stale or unused (${stale.length})  x archives the selected flag`),
    ...(stale.length === 0 ? [h(Text, { key: 'sn', color: theme.color('dim') }, '  none')] : []),
    ...stale
      .slice(0, Math.max(1, props.height - 12))
      .map((f, i) =>
        h(
          Text,
          { key: `s-${f.flag}`, wrap: 'truncate', inverse: i === state.listCursor && state.focus === 'main' },
          `${i === state.listCursor ? '› ' : '  '}${pad(f.flag, 22)} ${pad(f.reason, 22)} ${f.detail}`,
        ),
      ),
  );
}

export function ExperimentsPage(props: PageProps): ReactElement {
  const { state, theme } = props;
  const d = state.data!;
  if (!d.experiments)
    return h(
      Box,
      { flexDirection: 'column' },
      h(Text, { bold: true }, 'Experiments'),
      h(
        Text,
        { color: theme.color('dim') },
        'The experiments API did not answer: the list, results and launch / pause / stop appear when it does.',
      ),
    );
  const selected = d.experiments[state.listCursor];
  const results = selected && state.results?.key === selected.key ? state.results : undefined;
  // With results open the list keeps a few rows and the results get the rest of the pane.
  const listHeight = results ? Math.min(d.experiments.length, 4) + 5 : props.height;
  const rows = list(
    { ...props, height: listHeight },
    `Experiments (${d.experiments.length})`,
    `${pad('KEY', 22)} ${pad('STATUS', 10)} ${pad('FLAG', 20)} ${pad('ENVIRONMENT', 12)} PRIMARY METRIC`,
    d.experiments.map(
      (x) =>
        `${pad(x.key, 22)} ${pad(x.archived ? `${x.status}*` : x.status, 10)} ${pad(x.flag, 20)} ${pad(x.environment, 12)} ${x.primaryMetric ?? ''}`,
    ),
    'No experiments. `ff experiments create` starts one.',
    'Enter results · L launch · P pause · S stop (asks the winner) · each asks first',
  );
  if (!results) return rows;
  const lines = results.text === undefined ? ['computing results…'] : results.text.split('\n');
  const room = Math.max(1, props.height - listHeight - 1);
  return h(
    Box,
    { flexDirection: 'column' },
    rows,
    h(Text, { bold: true }, `\nResults of ${results.key}  (Esc closes)`),
    ...lines.slice(0, room).map((l, i) =>
      h(
        Text,
        {
          key: `r${i}`,
          wrap: 'truncate',
          // The SRM banner is the first three lines when it is there: red, read before the numbers.
          color: i < 3 && lines[0]!.startsWith('!!') ? theme.color('error') : undefined,
        },
        l,
      ),
    ),
    lines.length > room
      ? h(
          Text,
          { color: theme.color('dim') },
          `… ${lines.length - room} more lines: widen the terminal or use ff experiments results ${results.key}`,
        )
      : null,
  );
}
