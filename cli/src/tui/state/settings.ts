// The Settings page's behaviour as functions: the environments (protect, create, clone) and the SDK keys
// of the selected environment (create, rotate with an overlap, revoke). Keys here become reducer actions
// and writes; the writes run through env-writes.ts and key-writes.ts, as `ff envs …` and `ff keys …` do.
// A secret comes back once, in the `secret` overlay, and lives nowhere else.
import type { Environment, SdkKey } from '@ff/client';
import { durationText, rotateOverlap, sdkKeyKinds } from '../../key-writes.ts';
import type { SdkKeyKind } from '../../key-writes.ts';
import type { KeyInfo, Outcome } from './outcome.ts';
import { newKeyProblem, readOnlyReason } from './model.ts';
import type { Action, AppState, Overlay } from './reducer.ts';

export type SettingsOp =
  | { op: 'createKey'; env: string; keyKind: SdkKeyKind; name: string }
  | { op: 'rotateKey'; env: string; key: Pick<SdkKey, 'id' | 'kind' | 'name' | 'prefix'>; overlap: number }
  | { op: 'revokeKey'; env: string; key: Pick<SdkKey, 'id' | 'kind' | 'name' | 'prefix'> }
  | { op: 'createEnv'; key: string; name: string; protect: boolean; source?: string | undefined };

export type SettingsWrite = { kind: 'settings' } & SettingsOp;

export type SettingsOverlay =
  | { kind: 'keyForm'; env: string; step: 0 | 1; keyKind: SdkKeyKind; name: string }
  | { kind: 'rotateForm'; env: string; key: SdkKey; input: string }
  | {
      kind: 'envForm';
      source: string | undefined;
      step: 0 | 1 | 2;
      key: string;
      name: string;
      protect: boolean;
    }
  | { kind: 'secret'; title: string; lines: string[]; secret: string };

export interface SettingsView {
  /** Which list the cursor is in: the environments, or the selected environment's SDK keys. */
  section: 'environments' | 'keys';
  keyCursor: number;
}

export type SettingsAction =
  | { type: 'settings'; do: 'section'; section: SettingsView['section'] }
  | { type: 'settings'; do: 'moveKey'; by: number }
  | { type: 'settings'; do: 'keys'; env: string; keys: SdkKey[] };

export const initialSettings: SettingsView = { section: 'environments', keyCursor: 0 };

export const settingsHelp: [string, string][] = [
  ['p', 'protect / unprotect the selected environment (asks first)'],
  ['c / C', 'create an environment / clone the selected one (copies its flag configurations)'],
  ['Enter / →', "the selected environment's SDK keys;  Esc / ← back to the environments"],
  ['n', 'in SDK keys: create a key (server or client, a name); the secret is shown once'],
  ['R', 'in SDK keys: rotate the selected key (the old one keeps working for the overlap you type)'],
  ['d', 'in SDK keys: revoke the selected key at once (asks first)'],
  ['c', 'on a new secret: copy it to the clipboard (OSC 52, works over SSH)'],
];

/** The environment whose keys the page shows: the one under the environments cursor. */
export function selectedEnv(state: AppState): Environment | undefined {
  return state.data?.environments[state.listCursor];
}

/** The selected environment's keys, live ones first (revoked ones are kept for the record). */
export function keysOf(state: AppState, env: string | undefined): SdkKey[] | undefined {
  const keys = env ? state.data?.sdkKeys?.[env] : undefined;
  if (!keys) return undefined;
  return [...keys].sort(
    (a, b) =>
      Number(!!a.revokedAt) - Number(!!b.revokedAt) ||
      (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0),
  );
}

/** Why this caller cannot manage environments and SDK keys (a project admin's job), or undefined. */
export function adminReason(role: string): string | undefined {
  const why = readOnlyReason(role, undefined);
  if (why) return why;
  if (role === 'developer') return 'environments and SDK keys need a project admin (you are a developer)';
  return undefined;
}

export function reduceSettings(state: AppState, a: SettingsAction): AppState {
  switch (a.do) {
    case 'section':
      return { ...state, settings: { section: a.section, keyCursor: 0 } };
    case 'moveKey': {
      const n = keysOf(state, selectedEnv(state)?.key)?.length ?? 0;
      const keyCursor = Math.max(0, Math.min(Math.max(0, n - 1), state.settings.keyCursor + a.by));
      return { ...state, settings: { ...state.settings, keyCursor } };
    }
    case 'keys':
      if (!state.data) return state;
      return { ...state, data: { ...state.data, sdkKeys: { ...state.data.sdkKeys, [a.env]: a.keys } } };
  }
}

const act = (...actions: Action[]): Outcome => ({ actions, effects: [] });
const none: Outcome = { actions: [], effects: [] };
const close: Action = { type: 'overlay', overlay: undefined };
const refuse = (text: string): Outcome => act({ type: 'status', text, tone: 'error' });
const isText = (input: string, key: KeyInfo) =>
  input.length > 0 && !key.ctrl && !key.return && !key.escape && !key.tab;

const keyLabel = (k: Pick<SdkKey, 'kind' | 'name' | 'prefix'>) => `${k.kind} key "${k.name}" (${k.prefix}…)`;

function isProtected(state: AppState, env: string): boolean {
  return state.data?.environments.find((e) => e.key === env)?.protected === true;
}

/** A settings write as sentences, for its confirmation. */
export function describeSettingsWrite(state: AppState, w: SettingsWrite): string[] {
  const where = (env: string) => `${env}${isProtected(state, env) ? ' (protected)' : ''}`;
  switch (w.op) {
    case 'createKey':
      return [
        `Create a ${w.keyKind} SDK key "${w.name}" in ${where(w.env)}.`,
        w.keyKind === 'server'
          ? `It reads ${w.env}'s whole ruleset (every flag's rules); the secret is shown once.`
          : `It evaluates ${w.env}'s client-side flags only; the secret is shown once.`,
      ];
    case 'rotateKey':
      return [
        `Rotate the ${keyLabel(w.key)} in ${where(w.env)}: a new secret now;`,
        w.overlap === 0
          ? 'the old one stops working at once (SDKs still using it lose their flags).'
          : `the old one keeps working for ${durationText(w.overlap)}, then stops.`,
      ];
    case 'revokeKey':
      return [
        `Revoke the ${keyLabel(w.key)} in ${where(w.env)} at once:`,
        'every SDK using it stops receiving flags (they keep serving their last values or defaults).',
      ];
    case 'createEnv':
      return [
        w.source
          ? `Create environment ${w.key} ("${w.name}") as a copy of ${w.source}'s flag configurations${w.protect ? ', protected' : ''}.`
          : `Create environment ${w.key} ("${w.name}")${w.protect ? ', protected' : ''}: every flag is off there.`,
      ];
  }
}

/**
 * A settings write the caller asked for: refused with the reason below a project admin, asked about
 * (spelled out) when it touches a protected environment or cuts a key off, else sent.
 */
export function requestSettingsWrite(state: AppState, w: SettingsWrite): Outcome {
  const why = adminReason(state.data?.me.role ?? 'viewer');
  if (why) return refuse(why);
  const confirm =
    w.op === 'revokeKey' || w.op === 'rotateKey' || (w.op === 'createKey' && isProtected(state, w.env));
  if (confirm)
    return act({
      type: 'overlay',
      overlay: { kind: 'confirm', lines: describeSettingsWrite(state, w), write: w },
    });
  return { actions: [close], effects: [{ kind: 'write', write: w }] };
}

/** The environment form's live validation: the engine's key rule, and not taken in this project. */
export function envKeyProblem(state: AppState, key: string): string | undefined {
  return newKeyProblem(key, state.data?.environments ?? [], 'environment ');
}

/** The rotate form's overlap: whole seconds within the CLI's --overlap limits, or why not. */
export function overlapProblem(text: string): string | undefined {
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || n < rotateOverlap.min || n > rotateOverlap.max)
    return `the overlap is whole seconds from ${rotateOverlap.min} to ${rotateOverlap.max} (7 days)`;
  return undefined;
}

/** Keys on the Settings page (not in an overlay); undefined lets the page-independent keys act. */
export function settingsKey(state: AppState, input: string, key: KeyInfo): Outcome | undefined {
  if (state.page !== 'settings' || !state.data) return undefined;
  const env = selectedEnv(state);
  const role = state.data.me.role;
  if (state.settings.section === 'keys') {
    if (key.escape || key.leftArrow || input === 'h' || input === 'q')
      return act({ type: 'settings', do: 'section', section: 'environments' });
    if (key.upArrow || input === 'k') return act({ type: 'settings', do: 'moveKey', by: -1 });
    if (key.downArrow || input === 'j') return act({ type: 'settings', do: 'moveKey', by: 1 });
    if (!env) return none;
    const selected = keysOf(state, env.key)?.[state.settings.keyCursor];
    if (input === 'n') {
      const why = adminReason(role);
      if (why) return refuse(why);
      return act({
        type: 'overlay',
        overlay: { kind: 'keyForm', env: env.key, step: 0, keyKind: 'server', name: '' },
      });
    }
    if (input === 'R' || input === 'd') {
      const why = adminReason(role);
      if (why) return refuse(why);
      if (!selected) return act({ type: 'status', text: 'no key selected', tone: 'info' });
      if (selected.revokedAt)
        return act({ type: 'status', text: `${selected.name} is already revoked`, tone: 'info' });
      if (input === 'd')
        return requestSettingsWrite(state, {
          kind: 'settings',
          op: 'revokeKey',
          env: env.key,
          key: selected,
        });
      return act({
        type: 'overlay',
        overlay: { kind: 'rotateForm', env: env.key, key: selected, input: String(rotateOverlap.default) },
      });
    }
    return none;
  }
  if ((key.return || key.rightArrow || input === 'l') && env)
    return act({ type: 'settings', do: 'section', section: 'keys' });
  if (input === 'c' || (input === 'C' && env)) {
    const why = adminReason(role);
    if (why) return refuse(why);
    const source = input === 'C' ? env?.key : undefined;
    return act({
      type: 'overlay',
      overlay: {
        kind: 'envForm',
        source,
        step: 0,
        key: '',
        name: '',
        protect: env?.protected === true && !!source,
      },
    });
  }
  return undefined;
}

/** Keys in the Settings overlays. */
export function settingsOverlayKey(
  state: AppState,
  o: SettingsOverlay,
  input: string,
  key: KeyInfo,
): Outcome {
  const set = (patch: Partial<typeof o>) => act({ type: 'overlay', overlay: { ...o, ...patch } as Overlay });
  switch (o.kind) {
    case 'secret':
      if (input === 'c') return { actions: [], effects: [{ kind: 'copy', text: o.secret }] };
      return act(close, { type: 'status', text: 'the secret is gone from the screen', tone: 'info' });
    case 'keyForm': {
      if (key.escape) return act(close, { type: 'status', text: 'no key created', tone: 'info' });
      if (key.return || key.tab) {
        if (o.step === 0) return set({ step: 1 });
        const name = o.name.trim() || `${o.keyKind}-key`;
        return requestSettingsWrite(state, {
          kind: 'settings',
          op: 'createKey',
          env: o.env,
          keyKind: o.keyKind,
          name,
        });
      }
      if (o.step === 0) {
        if (key.leftArrow || key.rightArrow || input === ' ')
          return set({ keyKind: sdkKeyKinds[(sdkKeyKinds.indexOf(o.keyKind) + 1) % sdkKeyKinds.length]! });
        return none;
      }
      if (key.upArrow) return set({ step: 0 });
      if (key.backspace || key.delete) return set({ name: o.name.slice(0, -1) });
      if (isText(input, key)) return set({ name: o.name + input });
      return none;
    }
    case 'rotateForm': {
      if (key.escape) return act(close, { type: 'status', text: 'cancelled: nothing changed', tone: 'info' });
      if (key.return) {
        const problem = overlapProblem(o.input);
        if (problem) return refuse(problem);
        return requestSettingsWrite(state, {
          kind: 'settings',
          op: 'rotateKey',
          env: o.env,
          key: o.key,
          overlap: Number(o.input.trim()),
        });
      }
      if (key.backspace || key.delete) return set({ input: o.input.slice(0, -1) });
      if (isText(input, key) && /^\d+$/.test(input)) return set({ input: o.input + input });
      return none;
    }
    case 'envForm': {
      if (key.escape) return act(close, { type: 'status', text: 'no environment created', tone: 'info' });
      if (key.return || key.tab) {
        if (o.step === 0) {
          if (envKeyProblem(state, o.key)) return none;
          return set({ step: 1, name: o.name === '' ? o.key : o.name });
        }
        if (o.step === 1) return set({ step: 2 });
        return requestSettingsWrite(state, {
          kind: 'settings',
          op: 'createEnv',
          key: o.key,
          name: o.name.trim() || o.key,
          protect: o.protect,
          source: o.source,
        });
      }
      if (key.upArrow && o.step > 0) return set({ step: (o.step - 1) as 0 | 1 });
      if (o.step === 2) {
        if (input === ' ' || key.leftArrow || key.rightArrow) return set({ protect: !o.protect });
        return none;
      }
      const field = o.step === 0 ? 'key' : 'name';
      if (key.backspace || key.delete) return set({ [field]: o[field].slice(0, -1) });
      if (isText(input, key)) return set({ [field]: o[field] + input });
      return none;
    }
  }
}
