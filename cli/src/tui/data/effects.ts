// Running what keys.ts asked for: writes through the same client calls as the CLI commands
// (flag-writes.ts for a configuration, with If-Match from the version on screen), reads for history and
// evaluation, and the live updates a change event calls for. Every failure becomes one status line;
// a 412 becomes the conflict overlay that offers a reload.
import type { FfClient, Flag, FlagEnvironment } from '@ff/client';
import { stepLine } from '../../commands/eval.ts';
import { describeError } from '../../errors.ts';
import { resultsView } from '../../experiment-view.ts';
import { transitionExperiment, transitionSummary } from '../../experiment-writes.ts';
import { setEnvironmentProtection } from '../../env-writes.ts';
import { changeMemberRole, inviteMember, inviteNextSteps, removeMember } from '../../member-writes.ts';
import { changeSegmentMembers, createSegment, membersSummary } from '../../segment-writes.ts';
import { describeClause, percentToWeight } from '../../flag-config.ts';
import {
  etagOf,
  prerequisiteActions,
  removePrerequisiteActions,
  rolloutActions,
  segmentRuleActions,
  sendConfigChange,
  serveActions,
  splitActions,
  targetActions,
  untargetActions,
  updateFlagDefinition,
} from '../../flag-writes.ts';
import { configDiff, conflictLines, definitionDiff } from '../state/conflict.ts';
import type { Effect } from '../state/outcome.ts';
import { subjectOf } from '../state/model.ts';
import type { ChangeRow } from '../state/model.ts';
import type { Action, AppState, Write } from '../state/reducer.ts';
import { changeRowOf, loadSnapshot } from './loader.ts';
import { runSegmentWrite, runSettingsWrite } from './page-writes.ts';

export interface EffectDeps {
  api: FfClient;
  apiUrl: string;
  project: string;
  dispatch(action: Action): void;
  getState(): AppState;
  quit(): void;
  switchProject?(project: string): void;
  /** Puts text on the clipboard of the terminal (OSC 52), where the terminal allows it. */
  copy?(text: string): void;
}

function isConflict(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { status?: number }).status === 412;
}

function fail(deps: EffectDeps, err: unknown, what: string): void {
  if (isConflict(err)) {
    deps.dispatch({
      type: 'overlay',
      overlay: {
        kind: 'conflict',
        lines: [
          `${what}: someone changed it since this screen read it (the server refused the stale version).`,
          'Nothing was written. Press r to reload and see what changed, any other key to close.',
        ],
      },
    });
    return;
  }
  const d = describeError(err, deps.apiUrl);
  deps.dispatch({
    type: 'status',
    text: `${what}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`,
    tone: 'error',
  });
}

async function write(deps: EffectDeps, w: Write): Promise<void> {
  const { api, project, dispatch } = deps;
  const data = deps.getState().data;
  const flag =
    'flag' in w
      ? [...(data?.flags ?? []), ...(data?.archived ?? [])].find((f) => f.key === w.flag)
      : undefined;
  const config: FlagEnvironment | undefined = flag && 'env' in w ? flag.environments?.[w.env] : undefined;
  const configChange = async (actions: Parameters<typeof sendConfigChange>[3], done: string) => {
    if (!flag || !config || !('env' in w))
      throw new Error('that flag is no longer on screen; press r to reload');
    // An edit carries the configuration it was made on: If-Match is that version, not a newer one the
    // change stream brought in while a confirmation was open.
    const base = ('seen' in w && w.seen) || config;
    const after = await sendConfigChange(api, { project, flag: flag.key, env: w.env }, etagOf(base), actions);
    dispatch({ type: 'configUpdated', config: after });
    dispatch({ type: 'status', text: `${done} (version ${base.version} → ${after.version})`, tone: 'ok' });
  };
  switch (w.kind) {
    case 'toggle':
      return configChange(
        [{ kind: w.on ? 'turnOn' : 'turnOff' }],
        `${w.flag} is ${w.on ? 'on' : 'off'} in ${w.env}`,
      );
    case 'rollout':
      return configChange(
        rolloutActions(flag!, config!, percentToWeight(String(w.percent))),
        `${w.flag} rolls out to ${w.percent}% in ${w.env}`,
      );
    case 'addSegmentRule':
      return configChange(
        segmentRuleActions(flag!, [w.segment]),
        `${w.flag}: members of ${w.segment} get it in ${w.env}`,
      );
    case 'removeRule':
      return configChange(
        [{ kind: 'removeRule', id: w.ruleId }],
        `${w.flag}: rule ${w.ruleId} removed in ${w.env}`,
      );
    case 'addRule':
      return configChange(
        [{ kind: 'addRule', rule: { clauses: [w.clause], serve: { variation: w.variation } } }],
        `${w.flag}: contexts where ${describeClause(w.clause)} get ${flag!.variations[w.variation]?.name ?? w.variation} in ${w.env}`,
      );
    case 'moveRule': {
      // The order as it was on screen, with the rule moved: a newer order is a 412, not a silent mix.
      const ids = (w.seen ?? config)!.rules.map((r) => r.id!).filter((id) => id !== w.ruleId);
      ids.splice(w.to, 0, w.ruleId);
      await configChange(
        [{ kind: 'reorderRules', ids }],
        `${w.flag}: rule ${w.ruleId} moved to position ${w.to + 1} in ${w.env}`,
      );
      // The selection follows the rule it moved.
      const d = deps.getState().detail;
      if (d?.key === w.flag && deps.getState().env === w.env && d.ruleIndex !== w.to)
        dispatch({ type: 'detailMove', rule: w.to - d.ruleIndex });
      return;
    }
    case 'targets':
      return configChange(
        w.op === 'add' ? targetActions(w.variation!, w.values) : untargetActions(w.values, w.variation),
        w.op === 'add'
          ? `${w.flag}: ${w.values.join(', ')} get ${flag!.variations[w.variation!]?.name ?? w.variation} in ${w.env}`
          : `${w.flag}: ${w.values.join(', ')} no longer targeted in ${w.env}`,
      );
    case 'prerequisite':
      return configChange(
        w.op === 'add'
          ? prerequisiteActions(w.prerequisite, w.variation!)
          : removePrerequisiteActions(w.prerequisite),
        w.op === 'add'
          ? `${w.flag} now requires ${w.prerequisite} in ${w.env}`
          : `${w.flag} no longer requires ${w.prerequisite} in ${w.env}`,
      );
    case 'fallthrough': {
      const who = w.rule ? `rule ${w.rule}'s matches` : 'everyone else';
      return configChange(
        'variation' in w.serve
          ? w.rule
            ? [{ kind: 'updateRule', id: w.rule, rule: { serve: { variation: w.serve.variation } } }]
            : serveActions(w.serve.variation)
          : splitActions(w.serve.weights, { rule: w.rule }),
        'variation' in w.serve
          ? `${w.flag} serves ${flag!.variations[w.serve.variation]?.name ?? w.serve.variation} to ${who} in ${w.env}`
          : `${w.flag} splits ${who} in ${w.env}`,
      );
    }
    case 'definition':
    case 'variations': {
      // Both change the flag's definition (PATCH /flags/{f}); a variations summary already names the flag.
      const body = w.kind === 'variations' ? { variations: w.variations } : w.body;
      const after = await updateFlagDefinition(api, project, { key: w.flag, version: w.version }, body);
      dispatch({ type: 'flagUpdated', flag: after });
      const said = w.kind === 'variations' ? w.summary : `${w.flag}: ${w.summary}`;
      dispatch({ type: 'status', text: `${said} (version ${w.version} → ${after.version})`, tone: 'ok' });
      return;
    }
    case 'revert': {
      const { data: entry } = await api.revertAuditEntry({ path: { entryId: w.entryId }, body: {} });
      dispatch({ type: 'status', text: `reverted ${w.entryId} (new entry ${entry.id})`, tone: 'ok' });
      return;
    }
    case 'archive': {
      await api.archiveFlag({
        path: { project, flag: w.flag },
        headers: { 'If-Match': `"${flag!.version}"` },
      });
      const { data: fresh } = await api.getFlag({ path: { project, flag: w.flag } });
      dispatch({ type: 'flagUpdated', flag: fresh });
      dispatch({ type: 'closeDetail' });
      dispatch({ type: 'status', text: `${w.flag} archived`, tone: 'ok' });
      return;
    }
    case 'experiment': {
      const x = await transitionExperiment(api, project, w.experiment, w.body);
      dispatch({ type: 'experimentUpdated', experiment: x });
      dispatch({ type: 'status', text: transitionSummary(x, w.body.action), tone: 'ok' });
      if (deps.getState().results?.key === x.key) await showResults(deps, x.key);
      return;
    }
    case 'createSegment': {
      const created = await createSegment(api, project, { key: w.key, name: w.name });
      dispatch({ type: 'segmentUpdated', segment: created });
      dispatch({ type: 'status', text: `segment ${created.key} created: + adds members`, tone: 'ok' });
      return;
    }
    case 'segmentMembers': {
      const after = await changeSegmentMembers(api, project, w.segment, {
        op: w.op,
        list: w.list,
        keys: w.keys,
      });
      dispatch({ type: 'segmentUpdated', segment: after });
      dispatch({ type: 'status', text: membersSummary(after), tone: 'ok' });
      return;
    }
    case 'invite': {
      const inv = await inviteMember(api, w);
      dispatch({ type: 'clearStatus' });
      dispatch({
        type: 'overlay',
        overlay: {
          kind: 'notice',
          title: 'Invitation (the code is shown once: copy it now)',
          lines: inviteNextSteps(inv, deps.apiUrl),
        },
      });
      return;
    }
    case 'memberRole': {
      const after = await changeMemberRole(
        api,
        w.member,
        w.role,
        w.role === 'project_admin' ? project : undefined,
      );
      dispatch({ type: 'members', members: (await api.listMembers()).data.items });
      dispatch({ type: 'status', text: `${after.email}: ${w.member.role} → ${after.role}`, tone: 'ok' });
      return;
    }
    case 'settings':
      return runSettingsWrite(deps, w);
    case 'segmentEdit':
      return runSegmentWrite(deps, w);
    case 'protectEnv': {
      const e = await setEnvironmentProtection(api, project, w.environment, w.protect);
      await reload(deps);
      dispatch({
        type: 'status',
        text: `${e.key} is ${e.protected ? 'protected' : 'not protected'}`,
        tone: 'ok',
      });
      return;
    }
    case 'removeMember': {
      await removeMember(api, w.member);
      dispatch({ type: 'members', members: (await api.listMembers()).data.items });
      dispatch({ type: 'status', text: `removed ${w.member.email}`, tone: 'ok' });
      return;
    }
    case 'createFlag': {
      const { data: created } = await api.createFlag({
        path: { project },
        body: {
          key: w.key,
          name: w.name,
          kind: w.kind_,
          tags: w.tags,
          temporary: w.temporary,
          clientSide: w.clientSide,
        },
      });
      dispatch({ type: 'flagUpdated', flag: created });
      dispatch({ type: 'openDetail', key: created.key });
      dispatch({
        type: 'status',
        text: `${created.key} created (off everywhere): space turns it on here`,
        tone: 'ok',
      });
      return;
    }
  }
}

// The Settings and Segments writes are named by what they do (createKey, import…), the others by kind.
const writeName = (w: Write) => (w.kind === 'settings' || w.kind === 'segmentEdit' ? w.op : w.kind);

async function showResults(deps: EffectDeps, experiment: string): Promise<void> {
  const { data } = await deps.api.getExperimentResults({ path: { project: deps.project, experiment } });
  deps.dispatch({ type: 'results', key: experiment, text: resultsView(data) });
}

export async function reload(deps: EffectDeps): Promise<void> {
  try {
    deps.dispatch({ type: 'loaded', data: await loadSnapshot(deps.api, deps.project) });
  } catch (err) {
    const d = describeError(err, deps.apiUrl);
    deps.dispatch({
      type: 'loadFailed',
      message: `could not read ${deps.project}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`,
    });
  }
}

async function evaluate(deps: EffectDeps, flag: string, env: string, text: string): Promise<void> {
  let context: Record<string, unknown>;
  try {
    context = text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : { key: text };
  } catch {
    deps.dispatch({ type: 'status', text: `not a JSON object: ${text}`, tone: 'error' });
    return;
  }
  const [{ data: ruleset }, { compileRuleset }] = await Promise.all([
    deps.api.getEnvironmentRuleset({ path: { project: deps.project, env }, responseValidator: undefined }),
    import('@ff/engine'),
  ]);
  const explanation = compileRuleset(ruleset).explain(flag, context as never);
  const r = explanation.result;
  deps.dispatch({
    type: 'evaluated',
    lines: [
      `${flag} in ${env} for ${JSON.stringify(context)}`,
      `value ${JSON.stringify(r.value)}  variation ${r.variant ?? r.variationIndex ?? ''}  reason ${r.reason}${r.ruleId ? ` (rule ${r.ruleId})` : ''}`,
      explanation.summary,
      ...explanation.steps.flatMap((s) => stepLine(s).split('\n')),
    ],
  });
}

export async function runEffect(deps: EffectDeps, effect: Effect): Promise<void> {
  try {
    switch (effect.kind) {
      case 'quit':
        return deps.quit();
      case 'reload':
        deps.dispatch({ type: 'status', text: 'reloading…', tone: 'info' });
        await reload(deps);
        deps.dispatch({ type: 'clearStatus' });
        return;
      case 'project':
        return deps.switchProject?.(effect.project);
      case 'copy':
        deps.copy?.(effect.text);
        deps.dispatch({
          type: 'status',
          text: 'copied (OSC 52): if your terminal refuses clipboard writes, select the secret instead',
          tone: 'ok',
        });
        return;
      case 'history': {
        const { data } = await deps.api.listAudit({
          query: { resource: `projects/${deps.project}/flags/${effect.flag}`, limit: 100 },
        });
        deps.dispatch({ type: 'history', key: effect.flag, rows: data.items.map(changeRowOf) });
        return;
      }
      case 'results':
        return await showResults(deps, effect.experiment);
      case 'evaluate':
        return await evaluate(deps, effect.flag, effect.env, effect.context);
      case 'write': {
        const seen = seenBy(deps.getState(), effect.write);
        deps.dispatch({ type: 'status', text: 'saving…', tone: 'info' });
        try {
          return await write(deps, effect.write);
        } catch (err) {
          if (isConflict(err) && seen) return await showConflict(deps, effect.write, seen);
          throw err;
        }
      }
    }
  } catch (err) {
    fail(deps, err, effect.kind === 'write' ? writeName(effect.write) : effect.kind);
  }
}

interface Seen {
  flag: Flag;
  /** The configuration edited, for a write to one environment. */
  config?: FlagEnvironment | undefined;
}

// What the user was looking at when they asked for `w`: the flag, and its configuration in the
// environment the write changes (an edit carries the one it was made on).
function seenBy(state: AppState, w: Write): Seen | undefined {
  if (!('flag' in w) || !state.data) return undefined;
  const flag = [...state.data.flags, ...state.data.archived].find((f) => f.key === w.flag);
  if (!flag) return undefined;
  if ('seen' in w && w.seen) return { flag, config: w.seen };
  return { flag, config: 'env' in w ? flag.environments?.[w.env] : undefined };
}

// A 412: read what the server holds now and show, field by field, how it differs from what was edited.
async function showConflict(deps: EffectDeps, w: Write, seen: Seen): Promise<void> {
  const path = { project: deps.project, flag: seen.flag.key };
  let lines: string[];
  try {
    if (seen.config && 'env' in w) {
      const { data: now } = await deps.api.getFlagConfig({ path: { ...path, env: w.env } });
      lines = conflictLines(
        `${w.kind} ${seen.flag.key} in ${w.env}`,
        { seen: seen.config.version, now: now.version },
        configDiff(seen.flag, seen.config, now),
      );
    } else {
      const { data: now } = await deps.api.getFlag({ path });
      lines = conflictLines(
        `${w.kind} ${seen.flag.key}`,
        { seen: 'version' in w ? w.version : seen.flag.version, now: now.version },
        definitionDiff(seen.flag, now),
      );
    }
  } catch {
    return fail(deps, Object.assign(new Error('conflict'), { status: 412 }), w.kind);
  }
  deps.dispatch({ type: 'clearStatus' });
  deps.dispatch({ type: 'overlay', overlay: { kind: 'conflict', lines } });
}

/** A change event from the stream: shown in the feed, and the rows it touches re-read. */
export async function applyChange(deps: EffectDeps, row: ChangeRow): Promise<void> {
  deps.dispatch({ type: 'change', row });
  const subject = subjectOf(row.resource);
  try {
    if (subject.kind === 'flag' && subject.key) {
      if (row.action === 'flag.delete') return deps.dispatch({ type: 'flagRemoved', key: subject.key });
      const { data } = await deps.api.getFlag({ path: { project: deps.project, flag: subject.key } });
      deps.dispatch({ type: 'flagUpdated', flag: data });
    } else if (subject.kind === 'segment' || subject.kind === 'environment') {
      await reload(deps);
    }
  } catch (err) {
    fail(deps, err, `reading ${row.resource}`);
  }
}
