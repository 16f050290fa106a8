// The flag detail page's keys: its tabs (targeting, history), the per-environment toggle, rollout, rules
// and archive, and the edit forms of flag-edit.ts (targets, prerequisites, serve, variations).
import type { Flag } from '@ff/client';
import { editKey } from './flag-edit.ts';
import { openDefinitionForm } from './flag-definition.ts';
import { openRuleForm } from './flag-rule-form.ts';
import type { EditOutcome } from './flag-edit-form.ts';
import { readOnlyReason, visibleFlags } from './model.ts';
import { act, none } from './outcome.ts';
import type { KeyInfo, Outcome } from './outcome.ts';
import type { AppState } from './reducer.ts';
import { requestWrite } from './write-requests.ts';

/** The flag on screen: the open detail's, else the one under the list cursor. */
export function currentFlag(state: AppState): Flag | undefined {
  if (!state.data) return undefined;
  if (state.detail)
    return [...state.data.flags, ...state.data.archived].find((f) => f.key === state.detail!.key);
  return visibleFlags(state.data, state.flags)[state.flags.cursor];
}

/** An edit form's answer as actions: the form redrawn, a write requested, or a line in the status. */
export function fromEdit(state: AppState, out: EditOutcome | undefined): Outcome {
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

export function detailKey(state: AppState, input: string, key: KeyInfo): Outcome {
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
  if (input === 'D') return openDefinitionForm(state, flag);
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
  if (input === 'a') return openRuleForm(state, flag, env);
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
  if ((input === '{' || input === '}') && config) {
    const rule = config.rules[d.ruleIndex];
    if (!rule) return act({ type: 'status', text: 'select a rule with [ and ] first', tone: 'info' });
    const to = d.ruleIndex + (input === '{' ? -1 : 1);
    if (to < 0 || to >= config.rules.length)
      return act({
        type: 'status',
        text: `rule ${rule.id} is already ${to < 0 ? 'first' : 'last'}`,
        tone: 'info',
      });
    return requestWrite(state, { kind: 'moveRule', flag: flag.key, env, ruleId: rule.id!, to });
  }
  return none;
}
