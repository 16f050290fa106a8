// Keypresses → what happens: reducer actions, and effects for the app to run (writes, loads, quit).
// Pure, so every key of the help overlay is tested without a terminal. The help overlay is generated
// from `keyHelp`, so the keys shown on screen are the keys handled here.
import type { Flag, Role } from '@ff/client';
import { keyProblem } from '@ff/engine';
import { describeServe } from '../../flag-config.ts';
import type { Action, AppState, Overlay, Write } from './reducer.ts';
import { roles } from '../../member-writes.ts';
import { splitKeys } from '../../segment-writes.ts';
import { pages, readOnlyReason, visibleFlags } from './model.ts';
import { describeSegmentWrite, segmentEditHelp, segmentEditKey, segmentOverlayKey } from './segments-edit.ts';
import { describeSettingsWrite, settingsHelp, settingsKey, settingsOverlayKey } from './settings.ts';
import { describeEdit, editFormKey, editHelp, editKey } from './flag-edit.ts';
import type { EditOutcome } from './flag-edit.ts';
import { stopForm, stopFormKey } from './experiment-stop.ts';

/** The subset of Ink's Key the dashboard reads. */
export interface KeyInfo {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  shift?: boolean;
  ctrl?: boolean;
  backspace?: boolean;
  delete?: boolean;
}

export type Effect =
  | { kind: 'write'; write: Write }
  | { kind: 'reload' }
  | { kind: 'history'; flag: string }
  | { kind: 'evaluate'; flag: string; env: string; context: string }
  | { kind: 'results'; experiment: string }
  | { kind: 'project'; project: string }
  | { kind: 'copy'; text: string }
  | { kind: 'quit' };

export interface Outcome {
  actions: Action[];
  effects: Effect[];
}

const none: Outcome = { actions: [], effects: [] };
const act = (...actions: Action[]): Outcome => ({ actions, effects: [] });
const fx = (...effects: Effect[]): Outcome => ({ actions: [], effects });

/** Every key, by where it works: the help overlay prints this. */
export const keyHelp: readonly [string, [string, string][]][] = [
  [
    'Everywhere',
    [
      ['↑↓ / j k', 'move'],
      ['Tab', 'sidebar ⇄ main pane'],
      ['Enter / l / →', 'open'],
      ['Esc / q', 'back; q on a page quits'],
      ['1-8', 'jump to a page'],
      ['e / E', 'next / previous environment'],
      [':', 'command palette (flags, envs, pages, actions)'],
      ['?', 'this help'],
      ['r', 'reload everything'],
      ['Ctrl-C', 'quit'],
    ],
  ],
  [
    'Flags',
    [
      ['/', 'filter by key, name or tag (tag:x exact)'],
      ['s', 'sort: key → last change → kind'],
      ['a', 'show / hide archived flags'],
      ['space', 'turn the flag on/off in the current environment'],
      ['n', 'create a flag (wizard)'],
      ['PgUp PgDn', 'page through the list'],
    ],
  ],
  [
    'Flag detail',
    [
      ['↑↓', 'environment'],
      ['space', 'turn on/off there'],
      ['%', 'rollout slider (←→ 5% steps, or type a number)'],
      ['g', 'add a segment rule'],
      ['[ ]', 'select a rule;  d  remove it'],
      ['v', 'evaluate a context, with the explanation'],
      ['H / t', 'history / targeting'],
      ['R', 'in history: revert the selected change'],
      ['x', 'archive the flag'],
      ...editHelp,
    ],
  ],
  [
    'Segments',
    [
      ['n', 'create a segment (key checked as you type, name)'],
      ['+', 'add context keys to the selected segment'],
      ['-', 'remove context keys from it (asks first)'],
      ...segmentEditHelp,
    ],
  ],
  [
    'Members',
    [
      ['i', 'invite someone with a role (the code and their next step are shown once)'],
      ['o', "change the selected member's role (←→ picks, asks first)"],
      ['d', 'remove the selected member (asks first)'],
    ],
  ],
  ['Settings', settingsHelp],
  [
    'Experiments',
    [
      ['Enter / l', 'results of the selected experiment (SRM check first)'],
      ['L', 'launch (or resume) it, after a confirmation'],
      ['P', 'pause it (control is served), after a confirmation'],
      ['S', 'stop it for good: pick the winner (←→), space rolls it out to everyone, then confirm'],
      ['Esc', 'close the results'],
    ],
  ],
];

/** The palette's entries for this state; `query` narrows them (every word must appear). */
export function paletteEntries(state: AppState, query: string): { label: string; outcome: Outcome }[] {
  const entries: { label: string; outcome: Outcome }[] = [];
  for (const p of pages)
    entries.push({ label: `go ${p.label.toLowerCase()}`, outcome: act({ type: 'page', page: p.id }) });
  for (const e of state.data?.environments ?? [])
    entries.push({
      label: `env ${e.key}${e.protected ? ' (protected)' : ''}`,
      outcome: act({ type: 'env', env: e.key }),
    });
  entries.push(
    {
      label: 'create flag',
      outcome: act({ type: 'page', page: 'flags' }, { type: 'overlay', overlay: wizard() }),
    },
    { label: 'reload', outcome: fx({ kind: 'reload' }) },
    { label: 'toggle archived', outcome: act({ type: 'page', page: 'flags' }, { type: 'toggleArchived' }) },
    { label: 'sort flags', outcome: act({ type: 'page', page: 'flags' }, { type: 'cycleSort' }) },
    { label: 'help', outcome: act({ type: 'overlay', overlay: { kind: 'help' } }) },
    { label: 'quit', outcome: fx({ kind: 'quit' }) },
  );
  for (const f of state.data?.flags ?? [])
    entries.push({
      label: `flag ${f.key}`,
      outcome: act({ type: 'page', page: 'flags' }, { type: 'openDetail', key: f.key }),
    });
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  // `project KEY` switches project: any key typed after it.
  if (words[0] === 'project' && words[1])
    return [{ label: `project ${words[1]}`, outcome: fx({ kind: 'project', project: words[1] }) }];
  return entries.filter((e) => words.every((w) => e.label.toLowerCase().includes(w))).slice(0, 50);
}

function wizard(): Overlay {
  return {
    kind: 'wizard',
    step: 0,
    key: '',
    name: '',
    kind_: 'boolean',
    tags: '',
    temporary: true,
    clientSide: false,
  };
}

export const wizardSteps = ['key', 'name', 'kind', 'tags', 'temporary', 'client-side'] as const;
const kinds: Flag['kind'][] = ['boolean', 'string', 'number', 'json'];

/** A write as a sentence, for the confirmation of a protected environment. */
export function describeWrite(state: AppState, w: Write): string[] {
  const flag = 'flag' in w ? state.data?.flags.find((f) => f.key === w.flag) : undefined;
  const env = 'env' in w ? w.env : undefined;
  const serves = (on: boolean) => {
    const c = flag && env ? flag.environments?.[env] : undefined;
    if (!flag || !c) return '';
    return on
      ? ` Everyone not targeted gets ${describeServe(flag, c.fallthrough)}.`
      : ` It will serve "${flag.variations[c.offVariation]?.name ?? c.offVariation}" to everyone.`;
  };
  switch (w.kind) {
    case 'toggle':
      return [`Turn ${w.flag} ${w.on ? 'ON' : 'OFF'} in ${w.env} (protected).${serves(w.on)}`];
    case 'rollout':
      return [`Roll ${w.flag} out to ${w.percent}% of contexts in ${w.env} (protected).`];
    case 'addSegmentRule':
      return [`Add a rule to ${w.flag} in ${w.env} (protected): members of segment ${w.segment} get it.`];
    case 'removeRule':
      return [`Remove rule ${w.ruleId} of ${w.flag} in ${w.env} (protected).`];
    case 'revert':
      return [`Revert change ${w.entryId} of ${w.resource}: restore what it replaced.`];
    case 'archive':
      return [`Archive ${w.flag}: SDKs stop receiving it in every environment.`];
    case 'createFlag':
      return [`Create ${w.kind_} flag ${w.key}.`];
    case 'experiment':
      return experimentLines(state, w);
    case 'createSegment':
      return [`Create segment ${w.key} ("${w.name}").`];
    case 'invite':
      return [`Invite ${w.email} as ${w.role}${w.project ? ` of ${w.project}` : ''}.`];
    case 'memberRole':
      return [`Change ${w.member.email}'s role: ${w.member.role} → ${w.role}.`];
    case 'protectEnv':
      return [
        w.protect
          ? `Protect ${w.environment}: only project admins and above change its flags; changes there ask first.`
          : `Unprotect ${w.environment}: developers can change its flags.`,
      ];
    case 'targets':
    case 'prerequisite':
    case 'fallthrough':
    case 'variations':
      return describeEdit(state, w);
    case 'settings':
      return describeSettingsWrite(state, w);
    case 'segmentEdit':
      return describeSegmentWrite(state, w);
    case 'removeMember':
      return [`Remove ${w.member.email}: they lose access and their personal tokens are revoked.`];
    case 'segmentMembers':
      return [
        `${w.op === 'add' ? 'Add' : 'Remove'} ${w.keys.length} context key(s) ${w.op === 'add' ? 'to' : 'from'} segment ${w.segment}: ${w.keys.join(', ')}.`,
        'Every flag whose rules use this segment changes for them.',
      ];
  }
}

function experimentLines(state: AppState, w: Extract<Write, { kind: 'experiment' }>): string[] {
  const x = state.data?.experiments?.find((e) => e.key === w.experiment);
  const control = x?.variants[0]?.key ?? 'control';
  const flag = x?.flag ?? 'its flag';
  switch (w.body.action) {
    case 'launch':
      return [
        `Launch ${w.experiment} in ${w.environment}: flag ${flag} serves the split ${x ? x.variants.map((v) => `${v.key}=${v.weight}`).join(', ') : ''}.`,
      ];
    case 'pause':
      return [
        `Pause ${w.experiment} in ${w.environment}: flag ${flag} serves ${control} (control) until relaunched.`,
      ];
    case 'stop':
      return [
        `Stop ${w.experiment} in ${w.environment} for good (it never runs again), ${w.body.winner ? `winner ${w.body.winner}` : 'no winner'}.`,
        w.body.winner && w.body.rollout
          ? `Flag ${flag} then serves ${w.body.winner} (the winner) to everyone in ${w.environment}.`
          : `Flag ${flag} then serves ${control} (control)${w.body.winner ? '; space in the form rolls the winner out instead' : ''}.`,
      ];
    case 'archive':
      return [`Archive ${w.experiment}.`];
  }
}

function isProtected(state: AppState, env: string | undefined): boolean {
  return env !== undefined && state.data?.environments.find((e) => e.key === env)?.protected === true;
}

/**
 * A write the caller asked for: refused with the reason when the dashboard is read-only for it, asked
 * about (spelled out) where it matters, else sent.
 */
export function requestWrite(state: AppState, write: Write): Outcome {
  // Writes that name no environment (create, archive, revert) are judged by the role alone.
  const env = 'env' in write ? write.env : undefined;
  const role = state.data?.me.role ?? 'viewer';
  const why = readOnlyReason(
    role,
    state.data?.environments.find((e) => e.key === env),
  );
  if (why && write.kind !== 'createFlag') return act({ type: 'status', text: why, tone: 'error' });
  if (role === 'viewer') return act({ type: 'status', text: why ?? 'read-only', tone: 'error' });
  if (
    isProtected(state, env) ||
    write.kind === 'revert' ||
    write.kind === 'archive' ||
    write.kind === 'experiment' ||
    (write.kind === 'segmentMembers' && write.op === 'remove') ||
    write.kind === 'memberRole' ||
    write.kind === 'removeMember' ||
    write.kind === 'protectEnv' ||
    write.kind === 'variations'
  ) {
    const lines = describeWrite(state, write);
    return act({ type: 'overlay', overlay: { kind: 'confirm', lines, write: withSeen(state, write) } });
  }
  return fx({ kind: 'write', write: withSeen(state, write) });
}

// A configuration write remembers the configuration on screen when it was asked for: If-Match is its
// version, so a change that arrives while the confirmation is open is a conflict to show, not overwritten.
function withSeen(state: AppState, w: Write): Write {
  if (!('flag' in w) || !('env' in w) || ('seen' in w && w.seen)) return w;
  const flag = [...(state.data?.flags ?? []), ...(state.data?.archived ?? [])].find((f) => f.key === w.flag);
  const seen = flag?.environments?.[w.env];
  return seen ? ({ ...w, seen } as Write) : w;
}

function currentFlag(state: AppState): Flag | undefined {
  if (!state.data) return undefined;
  if (state.detail)
    return [...state.data.flags, ...state.data.archived].find((f) => f.key === state.detail!.key);
  return visibleFlags(state.data, state.flags)[state.flags.cursor];
}

const isText = (input: string, key: KeyInfo) =>
  input.length > 0 && !key.ctrl && !key.return && !key.escape && !key.tab;

function overlayKey(state: AppState, o: Overlay, input: string, key: KeyInfo): Outcome {
  const close = { type: 'overlay', overlay: undefined } as const;
  switch (o.kind) {
    case 'help':
      return act(close);
    case 'conflict':
      if (input === 'r') return { actions: [close], effects: [{ kind: 'reload' }] };
      return act(close);
    case 'confirm':
      if (input === 'y' || input === 'Y')
        return { actions: [close], effects: [{ kind: 'write', write: o.write }] };
      return act(close, { type: 'status', text: 'cancelled: nothing changed', tone: 'info' });
    case 'palette': {
      if (key.escape) return act(close);
      const entries = paletteEntries(state, o.input);
      if (key.return) {
        const chosen = entries[o.cursor] ?? entries[0];
        return chosen
          ? { actions: [close, ...chosen.outcome.actions], effects: chosen.outcome.effects }
          : act(close);
      }
      if (key.upArrow || key.downArrow) {
        const cursor = Math.max(0, Math.min(entries.length - 1, o.cursor + (key.upArrow ? -1 : 1)));
        return act({ type: 'overlay', overlay: { ...o, cursor } });
      }
      if (key.backspace || key.delete)
        return act({ type: 'overlay', overlay: { ...o, input: o.input.slice(0, -1), cursor: 0 } });
      if (isText(input, key))
        return act({ type: 'overlay', overlay: { ...o, input: o.input + input, cursor: 0 } });
      return none;
    }
    case 'prompt': {
      if (key.escape) return act(close);
      if (o.purpose === 'rollout' && (key.leftArrow || key.rightArrow)) {
        const pct = Math.max(
          0,
          Math.min(100, Math.round((Number(o.input) || 0) / 5) * 5 + (key.rightArrow ? 5 : -5)),
        );
        return act({ type: 'overlay', overlay: { ...o, input: String(pct) } });
      }
      if (key.return) return submitPrompt(state, o);
      if (key.backspace || key.delete)
        return act({ type: 'overlay', overlay: { ...o, input: o.input.slice(0, -1) } });
      if (isText(input, key)) return act({ type: 'overlay', overlay: { ...o, input: o.input + input } });
      return none;
    }
    case 'wizard':
      return wizardKey(state, o, input, key);
    case 'segmentForm':
      return segmentFormKey(state, o, input, key);
    case 'notice':
      return act(close);
    case 'edit':
      return fromEdit(state, editFormKey(state, o, input, key));
    case 'stopForm': {
      const x = state.data?.experiments?.find((e) => e.key === o.experiment);
      const out = x ? stopFormKey(x, o, input, key) : { cancel: true as const };
      if (!out) return none;
      if ('overlay' in out) return act({ type: 'overlay', overlay: out.overlay });
      if ('cancel' in out)
        return act(close, { type: 'status', text: 'cancelled: nothing changed', tone: 'info' });
      return requestWrite(state, {
        kind: 'experiment',
        experiment: o.experiment,
        environment: o.environment,
        body: out.submit,
      });
    }
    case 'keyForm':
    case 'rotateForm':
    case 'envForm':
    case 'secret':
      return settingsOverlayKey(state, o, input, key);
    case 'clauseForm':
    case 'importForm':
    case 'importProgress':
      return segmentOverlayKey(state, o, input, key);
    case 'inviteForm':
      return inviteFormKey(state, o, input, key);
    case 'rolePick': {
      if (key.escape) return act(close, { type: 'status', text: 'cancelled: nothing changed', tone: 'info' });
      if (key.leftArrow || key.rightArrow || input === ' ')
        return act({ type: 'overlay', overlay: { ...o, role: cycleRole(o.role, key.leftArrow ? -1 : 1) } });
      if (key.return) {
        if (o.role === o.member.role)
          return act(close, { type: 'status', text: `${o.member.email} is already ${o.role}`, tone: 'info' });
        return requestWrite(state, { kind: 'memberRole', member: o.member, role: o.role });
      }
      return none;
    }
  }
}

function submitPrompt(state: AppState, o: Extract<Overlay, { kind: 'prompt' }>): Outcome {
  const close = { type: 'overlay', overlay: undefined } as const;
  if (o.purpose === 'addMembers' || o.purpose === 'removeMembers') {
    const segment = state.data?.segments[state.listCursor];
    const keys = splitKeys(o.input);
    if (!segment) return act(close);
    if (keys.length === 0)
      return act({ type: 'status', text: 'type one or more context keys', tone: 'error' });
    const out = requestWrite(state, {
      kind: 'segmentMembers',
      segment: segment.key,
      op: o.purpose === 'addMembers' ? 'add' : 'remove',
      keys,
    });
    return { actions: [close, ...out.actions], effects: out.effects };
  }
  const flag = currentFlag(state);
  if (!flag) return act(close);
  const env = state.env;
  if (o.purpose === 'rollout') {
    const pct = Number(o.input);
    if (!/^\d+(\.\d{1,3})?$/.test(o.input.trim()) || pct < 0 || pct > 100)
      return act({
        type: 'status',
        text: `"${o.input}" is not a percentage between 0 and 100`,
        tone: 'error',
      });
    const out = requestWrite(state, { kind: 'rollout', flag: flag.key, env, percent: pct });
    return { actions: [close, ...out.actions], effects: out.effects };
  }
  if (o.purpose === 'segment') {
    const segment = o.input.trim();
    if (!state.data?.segments.some((s) => s.key === segment))
      return act({ type: 'status', text: `no segment "${segment}" in this project`, tone: 'error' });
    const out = requestWrite(state, { kind: 'addSegmentRule', flag: flag.key, env, segment });
    return { actions: [close, ...out.actions], effects: out.effects };
  }
  return { actions: [close], effects: [{ kind: 'evaluate', flag: flag.key, env, context: o.input.trim() }] };
}

/** The selected experiment on the Experiments page. */
function currentExperiment(state: AppState) {
  return state.data?.experiments?.[state.listCursor];
}

function experimentKey(state: AppState, input: string, key: KeyInfo): Outcome | undefined {
  const x = currentExperiment(state);
  if (!x) return undefined;
  if (key.escape && state.results) return act({ type: 'closeResults' });
  if (key.return || key.rightArrow || input === 'l')
    return {
      actions: [{ type: 'openResults', key: x.key }],
      effects: [{ kind: 'results', experiment: x.key }],
    };
  const lifecycle = (action: 'launch' | 'pause') =>
    requestWrite(state, {
      kind: 'experiment',
      experiment: x.key,
      environment: x.environment,
      body: { action },
    });
  if (input === 'L') return lifecycle('launch');
  if (input === 'P') return lifecycle('pause');
  if (input === 'S') {
    const why = readOnlyReason(state.data?.me.role ?? 'viewer', undefined);
    if (why) return act({ type: 'status', text: why, tone: 'error' });
    return act({ type: 'overlay', overlay: stopForm(x) });
  }
  return undefined;
}

const cycleRole = (role: Role, by: number): Role =>
  roles[(roles.indexOf(role) + by + roles.length) % roles.length]!;

/** An email as the invite form accepts it (the API checks it again). */
export const emailProblem = (email: string): string | undefined =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? undefined : 'type an email address (name@example.com)';

function inviteFormKey(
  state: AppState,
  o: Extract<Overlay, { kind: 'inviteForm' }>,
  input: string,
  key: KeyInfo,
): Outcome {
  const set = (patch: Partial<typeof o>) => act({ type: 'overlay', overlay: { ...o, ...patch } });
  if (key.escape)
    return act(
      { type: 'overlay', overlay: undefined },
      { type: 'status', text: 'nobody invited', tone: 'info' },
    );
  if (key.return || key.tab) {
    if (o.step === 0) return emailProblem(o.email.trim()) ? none : set({ step: 1 });
    // A project admin administers the project on screen.
    const out = requestWrite(state, {
      kind: 'invite',
      email: o.email.trim(),
      role: o.role,
      ...(o.role === 'project_admin' ? { project: state.project } : {}),
    });
    return { actions: [{ type: 'overlay', overlay: undefined }, ...out.actions], effects: out.effects };
  }
  if (o.step === 1) {
    if (key.upArrow) return set({ step: 0 });
    if (key.leftArrow || key.rightArrow || input === ' ')
      return set({ role: cycleRole(o.role, key.leftArrow ? -1 : 1) });
    return none;
  }
  if (key.backspace || key.delete) return set({ email: o.email.slice(0, -1) });
  if (isText(input, key)) return set({ email: o.email + input });
  return none;
}

function memberKey(state: AppState, input: string): Outcome | undefined {
  if (input !== 'i' && input !== 'o' && input !== 'd') return undefined;
  const why = readOnlyReason(state.data?.me.role ?? 'viewer', undefined);
  if (why) return act({ type: 'status', text: why, tone: 'error' });
  if (input === 'i')
    return act({ type: 'overlay', overlay: { kind: 'inviteForm', step: 0, email: '', role: 'developer' } });
  const member = state.data?.members?.[state.listCursor];
  if (!member) return none;
  if (input === 'o')
    return act({ type: 'overlay', overlay: { kind: 'rolePick', member, role: member.role } });
  return requestWrite(state, { kind: 'removeMember', member });
}

/** The segment form's live validation: the engine's key rule, and not taken in this project. */
export function segmentKeyProblem(state: AppState, key: string): string | undefined {
  if (key === '') return 'type a key';
  const problem = keyProblem(key);
  if (problem) return `the key ${problem}`;
  if (state.data?.segments.some((s) => s.key === key)) return `segment ${key} already exists`;
  return undefined;
}

function segmentFormKey(
  state: AppState,
  o: Extract<Overlay, { kind: 'segmentForm' }>,
  input: string,
  key: KeyInfo,
): Outcome {
  const set = (patch: Partial<typeof o>) => act({ type: 'overlay', overlay: { ...o, ...patch } });
  if (key.escape)
    return act(
      { type: 'overlay', overlay: undefined },
      { type: 'status', text: 'no segment created', tone: 'info' },
    );
  if (key.return || key.tab) {
    if (o.step === 0) {
      if (segmentKeyProblem(state, o.key)) return none;
      return set({ step: 1, name: o.name === '' ? o.key : o.name });
    }
    const out = requestWrite(state, { kind: 'createSegment', key: o.key, name: o.name.trim() || o.key });
    return { actions: [{ type: 'overlay', overlay: undefined }, ...out.actions], effects: out.effects };
  }
  if (key.upArrow && o.step === 1) return set({ step: 0 });
  const field = o.step === 0 ? 'key' : 'name';
  if (key.backspace || key.delete) return set({ [field]: o[field].slice(0, -1) });
  if (isText(input, key)) return set({ [field]: o[field] + input });
  return none;
}

function segmentKey(state: AppState, input: string): Outcome | undefined {
  if (input === 'n') {
    const why = readOnlyReason(state.data?.me.role ?? 'viewer', undefined);
    if (why) return act({ type: 'status', text: why, tone: 'error' });
    return act({ type: 'overlay', overlay: { kind: 'segmentForm', step: 0, key: '', name: '' } });
  }
  const segment = state.data?.segments[state.listCursor];
  if (!segment || (input !== '+' && input !== '-')) return undefined;
  const why = readOnlyReason(state.data?.me.role ?? 'viewer', undefined);
  if (why) return act({ type: 'status', text: why, tone: 'error' });
  const add = input === '+';
  return act({
    type: 'overlay',
    overlay: {
      kind: 'prompt',
      label: `${add ? 'Add context keys to' : 'Remove context keys from'} ${segment.key} (comma- or space-separated)`,
      input: '',
      purpose: add ? 'addMembers' : 'removeMembers',
    },
  });
}

/** The wizard's live validation of the key (the engine's rule, and not taken in this project). */
export function wizardKeyProblem(state: AppState, key: string): string | undefined {
  if (key === '') return 'type a key';
  const problem = keyProblem(key);
  if (problem) return `the key ${problem}`;
  if ([...(state.data?.flags ?? []), ...(state.data?.archived ?? [])].some((f) => f.key === key))
    return `${key} already exists`;
  return undefined;
}

function wizardKey(
  state: AppState,
  o: Extract<Overlay, { kind: 'wizard' }>,
  input: string,
  key: KeyInfo,
): Outcome {
  const set = (patch: Partial<typeof o>) => act({ type: 'overlay', overlay: { ...o, ...patch } });
  if (key.escape)
    return act(
      { type: 'overlay', overlay: undefined },
      { type: 'status', text: 'no flag created', tone: 'info' },
    );
  const field = wizardSteps[o.step]!;
  if (key.return || key.tab) {
    if (o.step === 0 && wizardKeyProblem(state, o.key)) return none;
    if (o.step < wizardSteps.length - 1)
      return set({ step: o.step + 1, name: o.step === 0 && o.name === '' ? o.key : o.name });
    const tags = o.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const out = requestWrite(state, {
      kind: 'createFlag',
      key: o.key,
      name: o.name || o.key,
      kind_: o.kind_,
      tags,
      temporary: o.temporary,
      clientSide: o.clientSide,
    });
    return { actions: [{ type: 'overlay', overlay: undefined }, ...out.actions], effects: out.effects };
  }
  if (key.upArrow && o.step > 0) return set({ step: o.step - 1 });
  if (field === 'kind' && (key.leftArrow || key.rightArrow || input === ' ')) {
    const i = kinds.indexOf(o.kind_);
    return set({ kind_: kinds[(i + (key.leftArrow ? kinds.length - 1 : 1)) % kinds.length]! });
  }
  if (field === 'temporary' && (input === ' ' || key.leftArrow || key.rightArrow))
    return set({ temporary: !o.temporary });
  if (field === 'client-side' && (input === ' ' || key.leftArrow || key.rightArrow))
    return set({ clientSide: !o.clientSide });
  const text = field === 'key' ? 'key' : field === 'name' ? 'name' : field === 'tags' ? 'tags' : undefined;
  if (!text) return none;
  if (key.backspace || key.delete) return set({ [text]: o[text].slice(0, -1) });
  if (isText(input, key)) return set({ [text]: o[text] + input });
  return none;
}

/** An edit form's answer as actions: the form redrawn, a write requested, or a line in the status. */
function fromEdit(state: AppState, out: EditOutcome | undefined): Outcome {
  const close = { type: 'overlay', overlay: undefined } as const;
  if (!out) return none;
  if ('overlay' in out) return act({ type: 'overlay', overlay: out.overlay });
  if ('write' in out) {
    const sent = requestWrite(state, out.write);
    return { actions: [close, ...sent.actions], effects: sent.effects };
  }
  if ('close' in out)
    return act(close, ...(out.status ? [{ type: 'status', text: out.status, tone: 'info' } as const] : []));
  return act({ type: 'status', text: out.status, tone: out.tone });
}

function cycleEnv(state: AppState, by: number): Outcome {
  const envs = state.data?.environments ?? [];
  if (envs.length === 0) return none;
  const i = envs.findIndex((e) => e.key === state.env);
  return act({ type: 'env', env: envs[(i + by + envs.length) % envs.length]!.key });
}

function detailKey(state: AppState, input: string, key: KeyInfo): Outcome {
  const d = state.detail!;
  const flag = currentFlag(state);
  if (key.escape || input === 'q' || ((key.leftArrow || input === 'h') && d.tab === 'targeting'))
    return d.tab === 'targeting'
      ? act({ type: 'closeDetail' })
      : act({ type: 'detailTab', tab: 'targeting' });
  if (!flag) return none;
  const env = state.env;
  const config = flag.environments?.[env];
  if (d.tab === 'history') {
    if (key.upArrow || input === 'k') return act({ type: 'historyMove', by: -1 });
    if (key.downArrow || input === 'j') return act({ type: 'historyMove', by: 1 });
    if (input === 'R') {
      const row = d.history?.[d.historyCursor];
      if (!row) return none;
      return requestWrite(state, { kind: 'revert', entryId: row.id, resource: row.resource });
    }
  }
  if (input === 't') return act({ type: 'detailTab', tab: 'targeting' });
  if (input === 'H')
    return {
      actions: [{ type: 'detailTab', tab: 'history' }],
      effects: [{ kind: 'history', flag: flag.key }],
    };
  if (input === 'v')
    return act({
      type: 'overlay',
      overlay: {
        kind: 'prompt',
        label: `Evaluate ${flag.key} in ${env} for context (a key, or JSON)`,
        input: '',
        purpose: 'context',
      },
    });
  if (input === 'x') return requestWrite(state, { kind: 'archive', flag: flag.key });
  if (d.tab !== 'targeting') return none;
  const edit = editKey(state, flag, env, input);
  if (edit) {
    const why = readOnlyReason(
      state.data?.me.role ?? 'viewer',
      state.data?.environments.find((e) => e.key === env),
    );
    return why ? act({ type: 'status', text: why, tone: 'error' }) : fromEdit(state, edit);
  }
  if (key.upArrow || input === 'k') return act({ type: 'detailMove', env: -1 });
  if (key.downArrow || input === 'j') return act({ type: 'detailMove', env: 1 });
  if (input === ']') return act({ type: 'detailMove', rule: 1 });
  if (input === '[') return act({ type: 'detailMove', rule: -1 });
  if (input === ' ' && config)
    return requestWrite(state, { kind: 'toggle', flag: flag.key, env, on: !config.on });
  if (input === '%' && config) {
    const current =
      'rollout' in config.fallthrough
        ? String(
            config.fallthrough.rollout.weights
              .filter((w) => w.variation !== config.offVariation)
              .reduce((s, w) => s + w.weight, 0) / 1000,
          )
        : '0';
    return act({
      type: 'overlay',
      overlay: {
        kind: 'prompt',
        label: `Roll ${flag.key} out in ${env} to (%)`,
        input: current,
        purpose: 'rollout',
      },
    });
  }
  if (input === 'g')
    return act({
      type: 'overlay',
      overlay: {
        kind: 'prompt',
        label: `Add a rule to ${flag.key} in ${env}: segment key`,
        input: '',
        purpose: 'segment',
      },
    });
  if (input === 'd' && config) {
    const rule = config.rules[d.ruleIndex];
    if (!rule) return act({ type: 'status', text: 'select a rule with [ and ] first', tone: 'info' });
    return requestWrite(state, { kind: 'removeRule', flag: flag.key, env, ruleId: rule.id! });
  }
  return none;
}

/** What a keypress does in `state`. */
export function interpret(state: AppState, input: string, key: KeyInfo): Outcome {
  if (key.ctrl && input === 'c') return fx({ kind: 'quit' });
  if (state.overlay) return overlayKey(state, state.overlay, input, key);
  // Typing a filter: every printable key is text.
  if (state.page === 'flags' && state.flags.filtering && !state.detail) {
    if (key.escape) return act({ type: 'filter', text: '', filtering: false });
    if (key.return || key.downArrow)
      return act({ type: 'filter', text: state.flags.filter, filtering: false });
    if (key.backspace || key.delete)
      return act({ type: 'filter', text: state.flags.filter.slice(0, -1), filtering: true });
    if (isText(input, key)) return act({ type: 'filter', text: state.flags.filter + input, filtering: true });
    return none;
  }
  if (input === '?') return act({ type: 'overlay', overlay: { kind: 'help' } });
  if (input === ':') return act({ type: 'overlay', overlay: { kind: 'palette', input: '', cursor: 0 } });
  if (key.tab) return act({ type: 'focus', focus: state.focus === 'main' ? 'sidebar' : 'main' });
  if (input === 'e') return cycleEnv(state, 1);
  if (input === 'E') return cycleEnv(state, -1);
  if (input === 'r' && !state.detail) return fx({ kind: 'reload' });
  if (/^[1-8]$/.test(input)) return act({ type: 'page', page: pages[Number(input) - 1]!.id });
  if (state.focus === 'sidebar') {
    if (key.upArrow || input === 'k') return act({ type: 'moveSidebar', by: -1 });
    if (key.downArrow || input === 'j') return act({ type: 'moveSidebar', by: 1 });
    if (key.return || key.rightArrow || input === 'l') return act({ type: 'focus', focus: 'main' });
    if (input === 'q' || key.escape) return fx({ kind: 'quit' });
    return none;
  }
  if (state.detail) return detailKey(state, input, key);
  const pageOut = settingsKey(state, input, key) ?? segmentEditKey(state, input, key);
  if (pageOut) return pageOut;
  const page = Math.max(1, state.height - 8);
  if (key.upArrow || input === 'k') return act({ type: 'moveList', by: -1 });
  if (key.downArrow || input === 'j') return act({ type: 'moveList', by: 1 });
  if (key.pageUp) return act({ type: 'moveList', by: -page });
  if (key.pageDown) return act({ type: 'moveList', by: page });
  if (state.page === 'experiments') {
    const out = experimentKey(state, input, key);
    if (out) return out;
  }
  if (state.page === 'segments') {
    const out = segmentKey(state, input);
    if (out) return out;
  }
  if (state.page === 'settings' && input === 'p') {
    const env = state.data?.environments[state.listCursor];
    if (env)
      return requestWrite(state, { kind: 'protectEnv', environment: env.key, protect: !env.protected });
  }
  if (state.page === 'members') {
    const out = memberKey(state, input);
    if (out) return out;
  }
  if (key.leftArrow || input === 'h') return act({ type: 'focus', focus: 'sidebar' });
  if (input === 'q') return fx({ kind: 'quit' });
  if (key.escape) return act({ type: 'focus', focus: 'sidebar' });
  if (state.page === 'flags') {
    const flag = currentFlag(state);
    if (input === '/') return act({ type: 'filter', text: state.flags.filter, filtering: true });
    if (input === 's') return act({ type: 'cycleSort' });
    if (input === 'a') return act({ type: 'toggleArchived' });
    if (input === 'n') return act({ type: 'overlay', overlay: wizard() });
    if ((key.return || key.rightArrow || input === 'l') && flag)
      return act({ type: 'openDetail', key: flag.key });
    const config = flag?.environments?.[state.env];
    if (input === ' ' && flag && config)
      return requestWrite(state, { kind: 'toggle', flag: flag.key, env: state.env, on: !config.on });
  }
  if (state.page === 'audit' && input === 'R') {
    const row = state.data?.changes[state.listCursor];
    if (row) return requestWrite(state, { kind: 'revert', entryId: row.id, resource: row.resource });
  }
  if (state.page === 'insights' && input === 'x') {
    const stale = state.data?.stale?.[state.listCursor];
    if (stale && !stale.archived) return requestWrite(state, { kind: 'archive', flag: stale.flag });
  }
  if (state.page === 'home' && input === 'n')
    return act({ type: 'page', page: 'flags' }, { type: 'overlay', overlay: wizard() });
  return none;
}
