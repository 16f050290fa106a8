// A write a key asks for: refused when the dashboard is read-only for it, sent, or first spelled out in a
// confirmation (a protected environment, and the writes that always ask: revert, archive, experiments,
// member and protection changes, what narrows a segment's members, variations, client-side or not).
import { describeClause, describeServe } from '../../flag-config.ts';
import { describeEdit } from './flag-edit.ts';
import { readOnlyReason } from './model.ts';
import { act, fx } from './outcome.ts';
import type { Outcome } from './outcome.ts';
import type { AppState, Write } from './reducer.ts';
import { describeSegmentWrite } from './segments-edit.ts';
import { describeSettingsWrite } from './settings.ts';

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
    case 'addRule': {
      const f = state.data?.flags.find((x) => x.key === w.flag);
      return [
        `Add a rule to ${w.flag} in ${w.env} (protected): contexts where ${describeClause(w.clause)} get "${f?.variations[w.variation]?.name ?? w.variation}".`,
        'It goes last: earlier rules and individual targets still come first.',
      ];
    }
    case 'definition':
      return [
        `Change ${w.flag}: ${w.summary}.`,
        w.body.clientSide
          ? 'Browser SDK keys of every environment start receiving it (its values become public).'
          : 'Browser SDK keys of every environment stop receiving it: pages using it get their defaults.',
      ];
    case 'moveRule':
      return [
        `Move rule ${w.ruleId} of ${w.flag} in ${w.env} (protected) to position ${w.to + 1}: rules are evaluated in order, the first match wins.`,
      ];
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
        `${w.op === 'add' ? 'Add' : 'Remove'} ${w.keys.length} context key(s) ${w.op === 'add' ? 'to' : 'from'} ${w.list === 'excluded' ? 'the excluded list of ' : ''}segment ${w.segment}: ${w.keys.join(', ')}.`,
        w.list === 'excluded' && w.op === 'add'
          ? 'They stop matching it whatever its rules say, in every flag that uses it.'
          : 'Every flag whose rules use this segment changes for them.',
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
    // What narrows who matches asks first: keys taken out of the included list, or put in the excluded one.
    (write.kind === 'segmentMembers' &&
      ((write.op === 'remove' && write.list === 'included') ||
        (write.op === 'add' && write.list === 'excluded'))) ||
    write.kind === 'memberRole' ||
    write.kind === 'removeMember' ||
    write.kind === 'protectEnv' ||
    write.kind === 'variations' ||
    // Client-side or not changes what browser keys receive in every environment.
    (write.kind === 'definition' && write.body.clientSide !== undefined)
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
