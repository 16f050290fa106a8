// Keypresses → what happens: reducer actions, and effects for the app to run (writes, loads, quit).
// Pure, so every key of the help overlay is tested without a terminal. The help overlay is generated
// from `keyHelp` (help-palette.ts), so the keys shown on screen are the keys handled here and in the
// modules this one hands keys to: detail-keys.ts (the flag detail page), forms.ts (the create forms),
// write-requests.ts (writes, confirmed where they must be), and the pages' own modules.
import { splitKeys } from '../../segment-writes.ts';
import { currentFlag, detailKey, fromEdit } from './detail-keys.ts';
import { stopForm, stopFormKey } from './experiment-stop.ts';
import { editFormKey } from './flag-edit.ts';
import { cycleRole, inviteFormKey, segmentFormKey, wizard, wizardKey } from './forms.ts';
import { definitionFormKey } from './flag-definition.ts';
import { ruleFormKey } from './flag-rule-form.ts';
import { helpScroll, paletteEntries } from './help-palette.ts';
import { pages, readOnlyReason } from './model.ts';
import { act, fx, isText, none } from './outcome.ts';
import type { KeyInfo, Outcome } from './outcome.ts';
import type { AppState, Overlay } from './reducer.ts';
import { segmentEditKey, segmentOverlayKey } from './segments-edit.ts';
import { settingsKey, settingsOverlayKey } from './settings.ts';
import { requestWrite } from './write-requests.ts';

function overlayKey(state: AppState, o: Overlay, input: string, key: KeyInfo): Outcome {
  const close = { type: 'overlay', overlay: undefined } as const;
  switch (o.kind) {
    case 'help': {
      // ↑↓ / j k / PgUp PgDn scroll a list longer than the terminal; any other key closes it.
      const step = key.pageUp || key.pageDown ? Math.max(1, state.height - 6) : 1;
      const by =
        key.upArrow || input === 'k' || key.pageUp
          ? -step
          : key.downArrow || input === 'j' || key.pageDown
            ? step
            : 0;
      if (by === 0) return act(close);
      const offset = helpScroll(helpScroll(o.offset ?? 0, state.height).from + by, state.height).from;
      return act({ type: 'overlay', overlay: { kind: 'help', offset } });
    }
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
        if (!chosen) return act(close);
        const out =
          'press' in chosen ? interpret({ ...state, overlay: undefined }, chosen.press, {}) : chosen.outcome;
        return { actions: [close, ...out.actions], effects: out.effects };
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
      if (key.tab && (o.purpose === 'addMembers' || o.purpose === 'removeMembers'))
        return act({
          type: 'overlay',
          overlay: { ...o, list: o.list === 'excluded' ? 'included' : 'excluded' },
        });
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
    case 'detailsForm':
      return segmentOverlayKey(state, o, input, key);
    case 'inviteForm':
      return inviteFormKey(state, o, input, key);
    case 'ruleForm':
      return ruleFormKey(state, o, input, key);
    case 'definitionForm':
      return definitionFormKey(state, o, input, key);
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
      list: o.list ?? 'included',
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
      list: 'included',
    },
  });
}

function cycleEnv(state: AppState, by: number): Outcome {
  const envs = state.data?.environments ?? [];
  if (envs.length === 0) return none;
  const i = envs.findIndex((e) => e.key === state.env);
  return act({ type: 'env', env: envs[(i + by + envs.length) % envs.length]!.key });
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
