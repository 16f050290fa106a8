// The other pages: Home, Segments, Audit (live), Members, Settings, Insights and Experiments. Each is a
// view of the snapshot; the live feed is the snapshot's `changes`, kept current by the change stream.
import { Box, Text } from 'ink';
import { h } from '../h.ts';
import { ago, windowOf } from '../state/model.ts';
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

export function HomePage(props: PageProps) {
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
      stat('evaluations in the last 24 h', d.evaluations24h === undefined ? '—' : String(d.evaluations24h)),
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

export function SegmentsPage(props: PageProps) {
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
    'No segments. `ff segments create KEY` makes one; a form here is coming.',
    'Create/edit and CSV import: `ff segments create` / `ff segments members import FILE.csv` (the form is not in the dashboard yet)',
  );
}

export function AuditPage(props: PageProps) {
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

export function MembersPage(props: PageProps) {
  const d = props.state.data!;
  const members = d.members ?? [];
  return list(
    props,
    `Members (${members.length})`,
    `${pad('EMAIL', 30)} ${pad('ROLE', 14)} STATUS`,
    members.map((m) => `${pad(m.email, 30)} ${pad(m.role, 14)} ${m.status}`),
    'No members visible.',
    'Invite / change role / remove: `ff members invite|role|remove` (not in the dashboard yet)',
  );
}

export function SettingsPage(props: PageProps) {
  const d = props.state.data!;
  return list(
    props,
    'Settings · environments',
    `${pad('KEY', 16)} ${pad('NAME', 20)} ${pad('PROTECTED', 10)} VERSION`,
    d.environments.map(
      (e) => `${pad(e.key, 16)} ${pad(e.name, 20)} ${pad(e.protected ? 'yes' : 'no', 10)} ${e.version}`,
    ),
    'No environments.',
    'Create/clone/protect and SDK keys: `ff envs …`, `ff keys …` (not in the dashboard yet)',
  );
}

export function InsightsPage(props: PageProps) {
  const { theme } = props;
  const d = props.state.data!;
  const temporary = d.flags.filter((f) => f.temporary).length;
  const offEverywhere = d.flags.filter((f) => Object.values(f.environments ?? {}).every((c) => !c.on)).length;
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, { bold: true }, 'Insights'),
    h(Text, {}, `flags: ${d.flags.length} live, ${d.archived.length} archived, ${temporary} temporary`),
    h(Text, {}, `segments: ${d.segments.length}`),
    h(Text, {}, `flags off in every environment: ${offEverywhere}`),
    h(
      Text,
      { color: theme.color('dim') },
      '\nComing with the insights API: evaluations over time per flag and environment, stale and unused flags with a one-key archive.',
    ),
  );
}

export function ExperimentsPage(props: PageProps) {
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, { bold: true }, 'Experiments'),
    h(
      Text,
      { color: props.theme.color('dim') },
      'Coming with the experiments API: the list, results, and launch / pause / stop.',
    ),
  );
}
