// A flag's definition edited from its detail page (D): name, description, tags, owner, temporary and
// client-side: what `ff flags update` changes, sent through the same call (flag-writes.ts) with If-Match
// from the version on screen. Only the fields that differ are sent. Making a flag client-side (or not)
// changes what browser SDK keys receive in every environment, so that asks first; the rest is sent at
// once. Names and tags are checked as they are typed by the engine's limits and tag pattern.
import type { Flag, FlagUpdate } from '@ff/client';
import { LIMITS, TAG_PATTERN } from '@ff/engine/limits';
import { nameProblem, readOnlyReason } from './model.ts';
import { act, isText, none } from './outcome.ts';
import type { KeyInfo, Outcome } from './outcome.ts';
import type { AppState } from './reducer.ts';
import { requestWrite } from './write-requests.ts';

export const definitionSteps = ['name', 'description', 'tags', 'owner', 'temporary', 'client-side'] as const;

export interface DefinitionForm {
  kind: 'definitionForm';
  flag: string;
  /** The flag's version on screen (If-Match). */
  version: number;
  step: number;
  name: string;
  description: string;
  /** Comma-separated, as typed. */
  tags: string;
  owner: string;
  temporary: boolean;
  clientSide: boolean;
}

export interface DefinitionWrite {
  kind: 'definition';
  flag: string;
  version: number;
  body: FlagUpdate;
  /** What changes, in words (the confirmation and the status line). */
  summary: string;
}

export function openDefinitionForm(state: AppState, flag: Flag): Outcome {
  const why = readOnlyReason(state.data?.me.role ?? 'viewer', undefined);
  if (why) return act({ type: 'status', text: why, tone: 'error' });
  return act({
    type: 'overlay',
    overlay: {
      kind: 'definitionForm',
      flag: flag.key,
      version: flag.version,
      step: 0,
      name: flag.name,
      description: flag.description,
      tags: flag.tags.join(', '),
      owner: flag.owner ?? '',
      temporary: flag.temporary,
      clientSide: flag.clientSide,
    },
  });
}

const tagsOf = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** Why the form cannot be sent as it stands, or undefined. */
export function definitionProblem(o: DefinitionForm): string | undefined {
  const named = nameProblem('flag', o.name, o.description);
  if (named) return named;
  const tags = tagsOf(o.tags);
  if (tags.length > LIMITS.tags) return `a flag has at most ${LIMITS.tags} tags`;
  const bad = tags.find((t) => !TAG_PATTERN.test(t) || t.length > LIMITS.tag);
  if (bad !== undefined)
    return `tag "${bad}": a letter or digit, then letters, digits and . _ : / - (at most ${LIMITS.tag})`;
  return undefined;
}

/** The fields that differ from the flag on screen, and the change in words. */
export function definitionChange(flag: Flag, o: DefinitionForm): { body: FlagUpdate; summary: string } {
  const body: FlagUpdate = {};
  const said: string[] = [];
  const change = (part: FlagUpdate, words: string) => {
    Object.assign(body, part);
    said.push(words);
  };
  const name = o.name.trim();
  const tags = tagsOf(o.tags);
  const owner = o.owner.trim() === '' ? null : o.owner.trim();
  const listed = (t: readonly string[]) => t.join(',') || '(none)';
  if (name !== flag.name) change({ name }, `name "${flag.name}" → "${name}"`);
  if (o.description !== flag.description) change({ description: o.description }, 'description');
  if (listed(tags) !== listed(flag.tags)) change({ tags }, `tags ${listed(flag.tags)} → ${listed(tags)}`);
  if (owner !== (flag.owner ?? null))
    change({ owner }, `owner ${flag.owner ?? '(none)'} → ${owner ?? '(none)'}`);
  if (o.temporary !== flag.temporary)
    change({ temporary: o.temporary }, o.temporary ? 'temporary' : 'permanent');
  if (o.clientSide !== flag.clientSide)
    change({ clientSide: o.clientSide }, o.clientSide ? 'client-side' : 'server-side only');
  return { body, summary: said.join(', ') };
}

export function definitionFormKey(state: AppState, o: DefinitionForm, input: string, key: KeyInfo): Outcome {
  const close = { type: 'overlay', overlay: undefined } as const;
  const set = (patch: Partial<DefinitionForm>) => act({ type: 'overlay', overlay: { ...o, ...patch } });
  const flag = state.data?.flags.find((f) => f.key === o.flag);
  if (key.escape || !flag) return act(close, { type: 'status', text: 'nothing changed', tone: 'info' });
  const field = definitionSteps[o.step]!;
  if (key.return || key.tab) {
    if (o.step < definitionSteps.length - 1) return set({ step: o.step + 1 });
    const problem = definitionProblem(o);
    if (problem) return act({ type: 'status', text: problem, tone: 'error' });
    const { body, summary } = definitionChange(flag, o);
    if (summary === '') return act(close, { type: 'status', text: 'nothing changed', tone: 'info' });
    const out = requestWrite(state, { kind: 'definition', flag: o.flag, version: o.version, body, summary });
    return { actions: [close, ...out.actions], effects: out.effects };
  }
  if (key.upArrow && o.step > 0) return set({ step: o.step - 1 });
  if (field === 'temporary' || field === 'client-side') {
    if (input !== ' ' && !key.leftArrow && !key.rightArrow) return none;
    return field === 'temporary' ? set({ temporary: !o.temporary }) : set({ clientSide: !o.clientSide });
  }
  if (key.backspace || key.delete) return set({ [field]: o[field].slice(0, -1) });
  if (isText(input, key)) return set({ [field]: o[field] + input });
  return none;
}
