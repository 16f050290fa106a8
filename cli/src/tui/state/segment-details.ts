// A segment's name and description, edited from the Segments page (u): a two-field form that sends what
// `ff segments update --name --description` sends, with If-Match from the version on screen (a stale one
// is a 412 with the difference). Neither field changes who matches, so nothing asks first, even where a
// flag in a protected environment uses the segment.
import type { Segment } from '@ff/client';
import { nameProblem, readOnlyReason } from './model.ts';
import { act, isText, none } from './outcome.ts';
import type { KeyInfo, Outcome } from './outcome.ts';
import type { AppState } from './reducer.ts';
import type { SegmentEditOverlay } from './segments-edit.ts';

type DetailsForm = Extract<SegmentEditOverlay, { kind: 'detailsForm' }>;

export function openDetailsForm(state: AppState, segment: Segment): Outcome {
  const why = readOnlyReason(state.data?.me.role ?? 'viewer', undefined);
  if (why) return act({ type: 'status', text: why, tone: 'error' });
  return act({
    type: 'overlay',
    overlay: {
      kind: 'detailsForm',
      segment: segment.key,
      version: segment.version,
      step: 0,
      name: segment.name,
      description: segment.description,
    },
  });
}

/** Why the form cannot be sent as it stands (the spec's bounds, from the engine's limits), or undefined. */
export function detailsProblem(o: Pick<DetailsForm, 'name' | 'description'>): string | undefined {
  return nameProblem('segment', o.name, o.description);
}

export function detailsFormKey(state: AppState, o: DetailsForm, input: string, key: KeyInfo): Outcome {
  const set = (patch: Partial<DetailsForm>) => act({ type: 'overlay', overlay: { ...o, ...patch } });
  const close = { type: 'overlay', overlay: undefined } as const;
  if (key.escape) return act(close, { type: 'status', text: 'nothing changed', tone: 'info' });
  if (key.return || key.tab) {
    if (o.step === 0) return set({ step: 1 });
    const problem = detailsProblem(o);
    if (problem) return act({ type: 'status', text: problem, tone: 'error' });
    const before = state.data?.segments.find((s) => s.key === o.segment);
    const name = o.name.trim();
    const changes = [
      ...(before?.name !== name ? [`name "${before?.name ?? ''}" → "${name}"`] : []),
      ...(before?.description !== o.description ? ['description changed'] : []),
    ];
    if (changes.length === 0) return act(close, { type: 'status', text: 'nothing changed', tone: 'info' });
    const write = {
      kind: 'segmentEdit',
      op: 'details',
      segment: o.segment,
      version: o.version,
      name,
      description: o.description,
      summary: changes.join(', '),
    } as const;
    return { actions: [close], effects: [{ kind: 'write', write }] };
  }
  if (key.upArrow && o.step === 1) return set({ step: 0 });
  if (key.downArrow && o.step === 0) return set({ step: 1 });
  const field = o.step === 0 ? 'name' : 'description';
  if (key.backspace || key.delete) return set({ [field]: o[field].slice(0, -1) });
  if (isText(input, key)) return set({ [field]: o[field] + input });
  return none;
}
