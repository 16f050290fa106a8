// The dashboard's state and its one reducer: everything the screen shows follows from AppState, and
// every change to it is an Action, so the whole UI logic is tested as plain function calls (keys.ts
// turns keypresses into actions and effects; the components only draw).
import type {
  Experiment,
  ExperimentTransition,
  Flag,
  FlagEnvironment,
  Member,
  Role,
  Segment,
} from '@ff/client';
import type { ChangeRow, Page, Snapshot, SortKey } from './model.ts';
import type { EditForm, EditWrite } from './flag-edit-form.ts';
import type { StopForm } from './experiment-stop.ts';
import type { AddRuleWrite, RuleForm } from './flag-rule-form.ts';
import type { DefinitionForm, DefinitionWrite } from './flag-definition.ts';
import { pages, sortKeys, subjectOf, visibleFlags } from './model.ts';
import type {
  SegmentEditAction,
  SegmentEditOverlay,
  SegmentEditWrite,
  SegmentView,
} from './segments-edit.ts';
import { reduceSegmentEdit } from './segments-edit.ts';
import type { SettingsAction, SettingsOverlay, SettingsView, SettingsWrite } from './settings.ts';
import { initialSettings, reduceSettings } from './settings.ts';

export type Connection = 'connecting' | 'live' | 'catching-up' | 'offline';

/** A write the dashboard will send (keys.ts builds them; effects.ts sends them through flag-writes.ts). */
export type Write =
  | SettingsWrite
  | SegmentEditWrite
  // `seen`: the configuration on screen when the change was asked for (requestWrite adds it).
  | { kind: 'toggle'; flag: string; env: string; on: boolean; seen?: FlagEnvironment | undefined }
  | { kind: 'rollout'; flag: string; env: string; percent: number; seen?: FlagEnvironment | undefined }
  | { kind: 'addSegmentRule'; flag: string; env: string; segment: string; seen?: FlagEnvironment | undefined }
  | { kind: 'removeRule'; flag: string; env: string; ruleId: string; seen?: FlagEnvironment | undefined }
  | AddRuleWrite
  | DefinitionWrite
  /** `to`: the rule's new 0-based position (rules are evaluated in order; the first match wins). */
  | {
      kind: 'moveRule';
      flag: string;
      env: string;
      ruleId: string;
      to: number;
      seen?: FlagEnvironment | undefined;
    }
  | { kind: 'revert'; entryId: string; resource: string }
  | { kind: 'archive'; flag: string }
  | { kind: 'experiment'; experiment: string; environment: string; body: ExperimentTransition }
  | { kind: 'createSegment'; key: string; name: string }
  | { kind: 'invite'; email: string; role: Role; project?: string | undefined }
  | { kind: 'memberRole'; member: Pick<Member, 'id' | 'version' | 'email' | 'role'>; role: Role }
  | { kind: 'removeMember'; member: Pick<Member, 'id' | 'email'> }
  | { kind: 'protectEnv'; environment: string; protect: boolean }
  | {
      kind: 'segmentMembers';
      segment: string;
      op: 'add' | 'remove';
      list: 'included' | 'excluded';
      keys: string[];
    }
  | {
      kind: 'createFlag';
      key: string;
      name: string;
      kind_: Flag['kind'];
      tags: string[];
      temporary: boolean;
      clientSide: boolean;
    }
  | EditWrite;

export type Overlay =
  | SettingsOverlay
  | SegmentEditOverlay
  | RuleForm
  | DefinitionForm
  | EditForm
  | StopForm
  /** `offset`: the first line shown, when the list is longer than the terminal. */
  | { kind: 'help'; offset?: number }
  | { kind: 'palette'; input: string; cursor: number }
  | { kind: 'confirm'; lines: string[]; write: Write }
  | { kind: 'conflict'; lines: string[] }
  | {
      kind: 'prompt';
      label: string;
      input: string;
      purpose: 'rollout' | 'segment' | 'context' | 'addMembers' | 'removeMembers';
      /** The members prompts' list (Tab switches): included by default, or excluded. */
      list?: 'included' | 'excluded';
    }
  | { kind: 'segmentForm'; step: 0 | 1; key: string; name: string }
  | { kind: 'inviteForm'; step: 0 | 1; email: string; role: Role }
  | { kind: 'rolePick'; member: Member; role: Role }
  | { kind: 'notice'; title: string; lines: string[] }
  | {
      kind: 'wizard';
      step: number;
      key: string;
      name: string;
      kind_: Flag['kind'];
      tags: string;
      temporary: boolean;
      clientSide: boolean;
    };

export interface DetailState {
  key: string;
  /** The environment row under the cursor. */
  envIndex: number;
  /** The rule under the cursor in that environment (for removal), -1 for none. */
  ruleIndex: number;
  tab: 'targeting' | 'history' | 'evaluate';
  history: ChangeRow[] | undefined;
  historyCursor: number;
  evalLines: string[] | undefined;
}

export interface AppState {
  profile: string;
  project: string;
  env: string;
  page: Page;
  focus: 'sidebar' | 'main';
  width: number;
  height: number;
  data: Snapshot | undefined;
  loadError: string | undefined;
  connection: Connection;
  flags: {
    filter: string;
    filtering: boolean;
    sort: SortKey;
    showArchived: boolean;
    cursor: number;
    offset: number;
  };
  listCursor: number;
  detail: DetailState | undefined;
  /** The experiment whose results the Experiments page shows (text undefined while they load). */
  results: { key: string; text: string | undefined } | undefined;
  /** The Settings page's section and key cursor; the segment whose rules are open on Segments. */
  settings: SettingsView;
  segment: SegmentView | undefined;
  overlay: Overlay | undefined;
  status: { text: string; tone: 'info' | 'error' | 'ok' } | undefined;
  quitting: boolean;
}

export type Action =
  | SettingsAction
  | SegmentEditAction
  | { type: 'resize'; width: number; height: number }
  | { type: 'loaded'; data: Snapshot }
  | { type: 'loadFailed'; message: string }
  | { type: 'connection'; state: Connection }
  | { type: 'change'; row: ChangeRow }
  | { type: 'flagUpdated'; flag: Flag }
  | { type: 'flagRemoved'; key: string }
  | { type: 'configUpdated'; config: FlagEnvironment }
  | { type: 'page'; page: Page }
  | { type: 'focus'; focus: AppState['focus'] }
  | { type: 'env'; env: string }
  | { type: 'moveSidebar'; by: number }
  | { type: 'moveList'; by: number }
  | { type: 'filter'; text: string; filtering: boolean }
  | { type: 'cycleSort' }
  | { type: 'toggleArchived' }
  | { type: 'openDetail'; key: string }
  | { type: 'closeDetail' }
  | { type: 'detailMove'; env?: number; rule?: number }
  | { type: 'detailTab'; tab: DetailState['tab'] }
  | { type: 'history'; key: string; rows: ChangeRow[] }
  | { type: 'historyMove'; by: number }
  | { type: 'evaluated'; lines: string[] }
  | { type: 'openResults'; key: string }
  | { type: 'results'; key: string; text: string }
  | { type: 'closeResults' }
  | { type: 'experimentUpdated'; experiment: Experiment }
  | { type: 'segmentUpdated'; segment: Segment }
  | { type: 'members'; members: Member[] }
  | { type: 'overlay'; overlay: Overlay | undefined }
  | { type: 'status'; text: string; tone: 'info' | 'error' | 'ok' }
  | { type: 'clearStatus' }
  | { type: 'quit' };

export function initialState(opts: {
  profile: string;
  project: string;
  env: string;
  width: number;
  height: number;
}): AppState {
  return {
    ...opts,
    page: 'flags',
    focus: 'main',
    data: undefined,
    loadError: undefined,
    connection: 'connecting',
    flags: { filter: '', filtering: false, sort: 'key', showArchived: false, cursor: 0, offset: 0 },
    listCursor: 0,
    detail: undefined,
    results: undefined,
    settings: initialSettings,
    segment: undefined,
    overlay: undefined,
    status: undefined,
    quitting: false,
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Rows of the list page the cursor moves in (flags use their own cursor). */
export function listLength(state: AppState): number {
  const d = state.data;
  if (!d) return 0;
  switch (state.page) {
    case 'flags':
      return visibleFlags(d, state.flags).length;
    case 'segments':
      return d.segments.length;
    case 'audit':
    case 'home':
      return d.changes.length;
    case 'members':
      return d.members?.length ?? 0;
    case 'settings':
      return d.environments.length;
    case 'insights':
      return d.stale?.length ?? 0;
    case 'experiments':
      return d.experiments?.length ?? 0;
    default:
      return 0;
  }
}

function replaceFlag(data: Snapshot, flag: Flag): Snapshot {
  const without = (list: Flag[]) => list.filter((f) => f.key !== flag.key);
  return flag.archived
    ? { ...data, flags: without(data.flags), archived: [...without(data.archived), flag] }
    : { ...data, flags: [...without(data.flags), flag], archived: without(data.archived) };
}

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'resize':
      return { ...state, width: action.width, height: action.height };
    case 'loaded': {
      const envs = action.data.environments.map((e) => e.key);
      const env = envs.includes(state.env) ? state.env : (envs[0] ?? state.env);
      return { ...state, data: action.data, env, loadError: undefined };
    }
    case 'loadFailed':
      return { ...state, loadError: action.message, status: { text: action.message, tone: 'error' } };
    case 'connection':
      return { ...state, connection: action.state };
    case 'change': {
      if (!state.data || state.data.changes.some((c) => c.id === action.row.id)) return state;
      const changes = [action.row, ...state.data.changes].slice(0, 200);
      const detail =
        state.detail && subjectOf(action.row.resource).key === state.detail.key && state.detail.history
          ? { ...state.detail, history: [action.row, ...state.detail.history] }
          : state.detail;
      return { ...state, data: { ...state.data, changes }, detail };
    }
    case 'flagUpdated':
      return state.data ? { ...state, data: replaceFlag(state.data, action.flag) } : state;
    case 'flagRemoved':
      if (!state.data) return state;
      return {
        ...state,
        data: {
          ...state.data,
          flags: state.data.flags.filter((f) => f.key !== action.key),
          archived: state.data.archived.filter((f) => f.key !== action.key),
        },
      };
    case 'configUpdated': {
      if (!state.data) return state;
      const c = action.config;
      const flag = [...state.data.flags, ...state.data.archived].find((f) => f.key === c.flag);
      if (!flag) return state;
      const current = flag.environments?.[c.environment];
      if (current && current.version > c.version) return state;
      return reduce(state, {
        type: 'flagUpdated',
        flag: { ...flag, environments: { ...flag.environments, [c.environment]: c } },
      });
    }
    case 'page':
      return {
        ...state,
        page: action.page,
        listCursor: 0,
        detail: undefined,
        results: undefined,
        settings: initialSettings,
        segment: undefined,
        focus: 'main',
      };
    case 'focus':
      return { ...state, focus: action.focus };
    case 'env':
      return { ...state, env: action.env };
    case 'moveSidebar': {
      const i = pages.findIndex((p) => p.id === state.page);
      const next = pages[clamp(i + action.by, 0, pages.length - 1)]!;
      return {
        ...state,
        page: next.id,
        listCursor: 0,
        detail: undefined,
        results: undefined,
        settings: initialSettings,
        segment: undefined,
      };
    }
    case 'moveList': {
      const n = listLength(state);
      if (state.page === 'flags') {
        const cursor = clamp(state.flags.cursor + action.by, 0, Math.max(0, n - 1));
        return { ...state, flags: { ...state.flags, cursor } };
      }
      return { ...state, listCursor: clamp(state.listCursor + action.by, 0, Math.max(0, n - 1)) };
    }
    case 'filter':
      return {
        ...state,
        flags: { ...state.flags, filter: action.text, filtering: action.filtering, cursor: 0, offset: 0 },
      };
    case 'cycleSort': {
      const i = sortKeys.indexOf(state.flags.sort);
      return { ...state, flags: { ...state.flags, sort: sortKeys[(i + 1) % sortKeys.length]!, cursor: 0 } };
    }
    case 'toggleArchived':
      return { ...state, flags: { ...state.flags, showArchived: !state.flags.showArchived, cursor: 0 } };
    case 'openDetail': {
      const envIndex = Math.max(0, state.data?.environments.findIndex((e) => e.key === state.env) ?? 0);
      return {
        ...state,
        detail: {
          key: action.key,
          envIndex,
          ruleIndex: -1,
          tab: 'targeting',
          history: undefined,
          historyCursor: 0,
          evalLines: undefined,
        },
      };
    }
    case 'closeDetail':
      return { ...state, detail: undefined };
    case 'detailMove': {
      if (!state.detail || !state.data) return state;
      const envCount = state.data.environments.length;
      const envIndex = clamp(state.detail.envIndex + (action.env ?? 0), 0, Math.max(0, envCount - 1));
      const env = state.data.environments[envIndex]?.key ?? state.env;
      const flag = state.data.flags.find((f) => f.key === state.detail!.key);
      const rules = flag?.environments?.[env]?.rules.length ?? 0;
      const ruleIndex = action.env ? -1 : clamp(state.detail.ruleIndex + (action.rule ?? 0), -1, rules - 1);
      return { ...state, env, detail: { ...state.detail, envIndex, ruleIndex } };
    }
    case 'detailTab':
      return state.detail ? { ...state, detail: { ...state.detail, tab: action.tab } } : state;
    case 'history':
      return state.detail?.key === action.key
        ? { ...state, detail: { ...state.detail, history: action.rows, historyCursor: 0 } }
        : state;
    case 'historyMove': {
      const d = state.detail;
      if (!d?.history) return state;
      return {
        ...state,
        detail: {
          ...d,
          historyCursor: clamp(d.historyCursor + action.by, 0, Math.max(0, d.history.length - 1)),
        },
      };
    }
    case 'evaluated':
      return state.detail
        ? { ...state, detail: { ...state.detail, evalLines: action.lines, tab: 'evaluate' } }
        : state;
    case 'openResults':
      return { ...state, results: { key: action.key, text: undefined } };
    case 'results':
      return state.results?.key === action.key
        ? { ...state, results: { key: action.key, text: action.text } }
        : state;
    case 'closeResults':
      return { ...state, results: undefined };
    case 'experimentUpdated': {
      const list = state.data?.experiments;
      if (!state.data || !list) return state;
      const x = action.experiment;
      const experiments = list.some((e) => e.key === x.key)
        ? list.map((e) => (e.key === x.key ? x : e))
        : [...list, x];
      return { ...state, data: { ...state.data, experiments } };
    }
    case 'segmentUpdated': {
      if (!state.data) return state;
      const x = action.segment;
      const list = state.data.segments;
      const segments = list.some((e) => e.key === x.key)
        ? list.map((e) => (e.key === x.key ? x : e))
        : [...list, x].sort((a, b) => (a.key < b.key ? -1 : 1));
      return { ...state, data: { ...state.data, segments } };
    }
    case 'members':
      return state.data ? { ...state, data: { ...state.data, members: action.members } } : state;
    case 'overlay':
      return { ...state, overlay: action.overlay };
    case 'status':
      return { ...state, status: { text: action.text, tone: action.tone } };
    case 'clearStatus':
      return { ...state, status: undefined };
    case 'quit':
      return { ...state, quitting: true };
    case 'settings':
      return reduceSettings(state, action);
    case 'segmentEdit':
      return reduceSegmentEdit(state, action);
  }
}
