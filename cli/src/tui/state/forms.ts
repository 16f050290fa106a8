// The create forms' keys: the create-flag wizard, the invite form and the new-segment form. Each types
// into its fields with live validation, Enter moves on and the last step requests the write.
import type { Flag, Role } from '@ff/client';
import { roles } from '../../member-writes.ts';
import { newKeyProblem } from './model.ts';
import { act, isText, none } from './outcome.ts';
import type { KeyInfo, Outcome } from './outcome.ts';
import type { AppState, Overlay } from './reducer.ts';
import { requestWrite } from './write-requests.ts';

/** The create-flag wizard, empty. */
export function wizard(): Overlay {
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

/** The wizard's live validation of the key (the engine's rule, and not taken in this project). */
export function wizardKeyProblem(state: AppState, key: string): string | undefined {
  return newKeyProblem(key, [...(state.data?.flags ?? []), ...(state.data?.archived ?? [])]);
}

export function wizardKey(
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

export const cycleRole = (role: Role, by: number): Role =>
  roles[(roles.indexOf(role) + by + roles.length) % roles.length]!;

/** An email as the invite form accepts it (the API checks it again). */
export const emailProblem = (email: string): string | undefined =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? undefined : 'type an email address (name@example.com)';

export function inviteFormKey(
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

/** The segment form's live validation: the engine's key rule, and not taken in this project. */
export function segmentKeyProblem(state: AppState, key: string): string | undefined {
  return newKeyProblem(key, state.data?.segments ?? [], 'segment ');
}

export function segmentFormKey(
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
