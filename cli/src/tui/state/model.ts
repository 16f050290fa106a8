// What the dashboard shows, as plain data: the project snapshot it loaded through @ff/client, and the pure
// functions that turn it into rows (a flag's state per environment, the filtered and sorted list, the
// window of rows on screen). No React, no I/O: tested as functions.
import type {
  Environment,
  Experiment,
  Flag,
  FlagEnvironment,
  InsightsSummary,
  Me,
  Member,
  SdkKey,
  Segment,
  StaleFlag,
} from '@ff/client';
import { keyProblem } from '@ff/engine';
import { LIMITS } from '@ff/engine/limits';
import { describeServe } from '../../flag-config.ts';

export type Page =
  'home' | 'flags' | 'segments' | 'experiments' | 'insights' | 'audit' | 'members' | 'settings';

export const pages: readonly { id: Page; label: string }[] = [
  { id: 'home', label: 'Home' },
  { id: 'flags', label: 'Flags' },
  { id: 'segments', label: 'Segments' },
  { id: 'experiments', label: 'Experiments' },
  { id: 'insights', label: 'Insights' },
  { id: 'audit', label: 'Audit' },
  { id: 'members', label: 'Members' },
  { id: 'settings', label: 'Settings' },
];

/** One change as the stream (or the audit log) tells it. */
export interface ChangeRow {
  id: string;
  action: string;
  resource: string;
  actor: string;
  createdAt: string;
  versions?: { before?: number | null; after?: number | null } | undefined;
}

export interface Snapshot {
  projectName: string;
  environments: Environment[];
  /** Live flags, each with its configuration in every environment. */
  flags: Flag[];
  archived: Flag[];
  segments: Segment[];
  changes: ChangeRow[];
  me: Pick<Me, 'role'> & { email: string | null };
  members?: Member[] | undefined;
  /** From the insights and experiments APIs; absent when they do not answer. */
  evaluations24h?: number | undefined;
  insights?: InsightsSummary | undefined;
  stale?: StaleFlag[] | undefined;
  experiments?: Experiment[] | undefined;
  /** Each environment's SDK keys and their last use (key id → time), for a project admin; absent otherwise. */
  sdkKeys?: Record<string, SdkKey[]> | undefined;
  keyUsage?: Record<string, string | null> | undefined;
}

export type Marker = { glyph: string; text: string; tone: 'off' | 'on' | 'rollout' | 'none' };

/** The share (of 100%) a rollout gives to every variation but the off one. */
export function rolloutPercent(config: FlagEnvironment): number | undefined {
  const serve = config.fallthrough;
  if (!('rollout' in serve)) return undefined;
  const share = serve.rollout.weights
    .filter((w) => w.variation !== config.offVariation)
    .reduce((s, w) => s + w.weight, 0);
  return share / 1000;
}

/** A flag's state in one environment as a coloured marker: off, on serving one value, or rolling out p%. */
export function markerOf(flag: Pick<Flag, 'variations'>, config: FlagEnvironment | undefined): Marker {
  if (!config) return { glyph: '·', text: '-', tone: 'none' };
  if (!config.on) return { glyph: '○', text: 'off', tone: 'off' };
  const pct = rolloutPercent(config);
  const more = config.rules.length > 0 || config.targets.length > 0 ? '+' : '';
  if (pct !== undefined) return { glyph: '◐', text: `${pct}%${more}`, tone: 'rollout' };
  return { glyph: '●', text: `${describeServe(flag, config.fallthrough)}${more}`, tone: 'on' };
}

export type SortKey = 'key' | 'updated' | 'kind';
export const sortKeys: readonly SortKey[] = ['key', 'updated', 'kind'];

/** Key, name or a tag contains the filter text (case-insensitive); `tag:x` matches that tag exactly. */
export function matchesFilter(flag: Flag, filter: string): boolean {
  const f = filter.trim().toLowerCase();
  if (f === '') return true;
  if (f.startsWith('tag:')) return flag.tags.some((t) => t.toLowerCase() === f.slice(4));
  return (
    flag.key.toLowerCase().includes(f) ||
    flag.name.toLowerCase().includes(f) ||
    flag.tags.some((t) => t.toLowerCase().includes(f))
  );
}

// Performance note: every keypress asks for the rows (to move the cursor, then to draw); filtering and
// sorting 5,000 flags each time cost more than the whole redraw, so the last answer is kept until the
// flags (a new array on every change) or the options change.
let memo: { flags: Flag[]; archived: Flag[]; key: string; rows: Flag[] } | undefined;

export function visibleFlags(
  data: Pick<Snapshot, 'flags' | 'archived'>,
  opts: { filter: string; sort: SortKey; showArchived: boolean },
): Flag[] {
  const key = `${opts.sort}\u0000${opts.showArchived}\u0000${opts.filter}`;
  if (memo && memo.flags === data.flags && memo.archived === data.archived && memo.key === key)
    return memo.rows;
  const rows = computeVisible(data, opts);
  memo = { flags: data.flags, archived: data.archived, key, rows };
  return rows;
}

function computeVisible(
  data: Pick<Snapshot, 'flags' | 'archived'>,
  opts: { filter: string; sort: SortKey; showArchived: boolean },
): Flag[] {
  const all = opts.showArchived ? [...data.flags, ...data.archived] : data.flags;
  const rows = all.filter((f) => matchesFilter(f, opts.filter));
  const by: Record<SortKey, (a: Flag, b: Flag) => number> = {
    key: (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    updated: (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0),
    kind: (a, b) => a.kind.localeCompare(b.kind) || (a.key < b.key ? -1 : 1),
  };
  return rows.sort(by[opts.sort]);
}

/**
 * The rows on screen: `height` rows starting where the cursor stays visible (the list is virtualized,
 * so 5,000 flags cost a screenful of components).
 */
export function windowOf(
  count: number,
  cursor: number,
  height: number,
  offset: number,
): { start: number; end: number } {
  const h = Math.max(1, height);
  let start = Math.min(Math.max(0, offset), Math.max(0, count - h));
  if (cursor < start) start = cursor;
  if (cursor >= start + h) start = cursor - h + 1;
  return { start: Math.max(0, start), end: Math.min(count, Math.max(0, start) + h) };
}

/** "3m ago", "2h ago", "5d ago" from ISO time to `now`. */
export function ago(iso: string, now: Date): string {
  const s = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000));
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.floor(s / 60)}m ago`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ago`;
  return `${Math.floor(s / 86400)}d ago`;
}

/**
 * A create form's live check of a new key: the engine's key rule, then whether `taken` (the project's
 * flags, segments or environments, named `taken` in the message) already has it.
 */
export function newKeyProblem(key: string, taken: readonly { key: string }[], what = ''): string | undefined {
  if (key === '') return 'type a key';
  const problem = keyProblem(key);
  if (problem) return `the key ${problem}`;
  if (taken.some((t) => t.key === key)) return `${what}${key} already exists`;
  return undefined;
}

/** An edit form's check of a flag's or segment's name and description: the engine's bounds. */
export function nameProblem(what: 'flag' | 'segment', name: string, description: string): string | undefined {
  if (name.trim() === '') return `a ${what} needs a name`;
  if (name.trim().length > LIMITS.name) return `a name has at most ${LIMITS.name} characters`;
  if (description.length > LIMITS.resourceDescription)
    return `a description has at most ${LIMITS.resourceDescription} characters`;
  return undefined;
}

/** Why this caller cannot change `env` from the dashboard, or undefined when it can. */
export function readOnlyReason(role: string, env: Environment | undefined): string | undefined {
  if (role === 'viewer') return 'read-only: you are a viewer (ask an admin for the developer role)';
  if (env?.protected && role === 'developer')
    return `read-only in ${env.key}: protected environments need a project admin`;
  return undefined;
}

/** `projects/demo/flags/x/environments/prod` → { kind: 'flag', key: 'x', env: 'prod' }. */
export function subjectOf(resource: string): { kind: string; key?: string; env?: string } {
  const parts = resource.split('/');
  if (parts[2] === 'flags' && parts[3]) return { kind: 'flag', key: parts[3], env: parts[5] };
  if (parts[2] === 'segments' && parts[3]) return { kind: 'segment', key: parts[3] };
  if (parts[2] === 'environments' && parts[3]) return { kind: 'environment', key: parts[3] };
  return { kind: parts[2] ?? 'project' };
}

const bars = '▁▂▃▄▅▆▇█';

/** Daily totals as a terminal sparkline, one character a day. */
export function sparkline(values: readonly number[]): string {
  const max = Math.max(0, ...values);
  return values.map((v) => (max === 0 ? bars[0] : bars[Math.min(7, Math.floor((v / max) * 7.999))])).join('');
}
