// Editing a segment from the Segments page, as functions: Enter opens its rules (each rule's clauses,
// ANDed; rules ORed), `a` adds a rule of one clause, `&` adds a clause to the selected rule, `d` removes
// the selected clause (asks first), `i` imports members from a CSV file with a progress bar, `u` edits
// the name and description (segment-details.ts). A clause is typed as `ff segments update --rule` types
// it (clause-form.ts), and the rules go back with If-Match from the version on screen (a stale one is 412).
import type { Segment, SegmentRule } from '@ff/client';
import type { Operator } from '@ff/engine/operators';
import { describeClause } from '../../flag-config.ts';
import { clauseFieldKey, clauseOf } from './clause-form.ts';
import type { ImportProgress } from '../../segment-writes.ts';
import { act, isText, none } from './outcome.ts';
import type { KeyInfo, Outcome } from './outcome.ts';
import { readOnlyReason } from './model.ts';
import { detailsFormKey, openDetailsForm } from './segment-details.ts';
import type { Action, AppState, Overlay } from './reducer.ts';

export type SegmentEditWrite =
  | {
      kind: 'segmentEdit';
      op: 'rules';
      segment: string;
      version: number;
      rules: SegmentRule[];
      /** What changed, for the confirmation and the status line. */
      summary: string;
    }
  | {
      kind: 'segmentEdit';
      op: 'details';
      segment: string;
      version: number;
      name: string;
      description: string;
      summary: string;
    }
  | {
      kind: 'segmentEdit';
      op: 'import';
      segment: string;
      file: string;
      list: 'included' | 'excluded';
      mode: 'merge' | 'replace';
    };

export type SegmentEditOverlay =
  | {
      kind: 'clauseForm';
      segment: string;
      /** The rule the clause joins (AND), or undefined for a new rule. */
      rule: number | undefined;
      step: 0 | 1 | 2;
      attribute: string;
      op: Operator;
      negate: boolean;
      values: string;
    }
  | {
      kind: 'importForm';
      segment: string;
      step: 0 | 1 | 2;
      file: string;
      list: 'included' | 'excluded';
      mode: 'merge' | 'replace';
    }
  | ({ kind: 'importProgress'; segment: string; file: string; done: string | undefined } & ImportProgress)
  | {
      /** A segment's name and description (segment-details.ts). */
      kind: 'detailsForm';
      segment: string;
      version: number;
      step: 0 | 1;
      name: string;
      description: string;
    };

/** The segment whose rules are open, and the clause under the cursor (an index into `clauseRows`). */
export interface SegmentView {
  key: string;
  cursor: number;
}

export type SegmentEditAction =
  | { type: 'segmentEdit'; do: 'open'; key: string }
  | { type: 'segmentEdit'; do: 'close' }
  | { type: 'segmentEdit'; do: 'move'; by: number };

export const segmentEditHelp: [string, string][] = [
  ['Enter / →', "open the selected segment's rules;  Esc back"],
  ['a', 'in rules: add a rule (attribute, operator ←→, values, not)'],
  ['&', 'in rules: add a clause to the selected rule (AND)'],
  ['d', 'in rules: remove the selected clause (asks first)'],
  ['i', 'import members from a CSV file (progress bar; merge or replace)'],
  ['u', 'rename the selected segment or change its description'],
];

/** Every clause of a segment's rules, in order: the rows the rules view lists and the cursor walks. */
export function clauseRows(s: Pick<Segment, 'rules'>): { rule: number; clause: number; text: string }[] {
  return s.rules.flatMap((r, rule) =>
    r.clauses.map((c, clause) => ({ rule, clause, text: describeClause(c) })),
  );
}

export function openSegment(state: AppState): Segment | undefined {
  return state.segment ? state.data?.segments.find((s) => s.key === state.segment!.key) : undefined;
}

export function reduceSegmentEdit(state: AppState, a: SegmentEditAction): AppState {
  switch (a.do) {
    case 'open':
      return { ...state, segment: { key: a.key, cursor: 0 } };
    case 'close':
      return { ...state, segment: undefined };
    case 'move': {
      const s = openSegment(state);
      if (!s || !state.segment) return state;
      const n = clauseRows(s).length;
      const cursor = Math.max(0, Math.min(Math.max(0, n - 1), state.segment.cursor + a.by));
      return { ...state, segment: { ...state.segment, cursor } };
    }
  }
}

const close: Action = { type: 'overlay', overlay: undefined };

/** `flag in env` for every flag whose rules use the segment in a protected environment. */
export function protectedUses(state: AppState, segment: string): string[] {
  const envs = (state.data?.environments ?? []).filter((e) => e.protected).map((e) => e.key);
  return (state.data?.flags ?? []).flatMap((f) =>
    envs
      .filter((env) =>
        f.environments?.[env]?.rules.some((r) =>
          r.clauses.some((c) => c.op === 'segmentMatch' && c.values.includes(segment)),
        ),
      )
      .map((env) => `${f.key} in ${env}`),
  );
}

/**
 * Asks first for what narrows who matches (a removal, a replacing import) and for any change to a segment
 * a flag uses in a protected environment; adding a rule or merging members elsewhere is sent at once.
 */
function request(state: AppState, w: SegmentEditWrite): Outcome {
  const why = readOnlyReason(state.data?.me.role ?? 'viewer', undefined);
  if (why) return act({ type: 'status', text: why, tone: 'error' });
  const ask =
    (w.op === 'rules' && w.summary.startsWith('remove')) ||
    (w.op === 'import' && w.mode === 'replace') ||
    protectedUses(state, w.segment).length > 0;
  if (ask)
    return act({
      type: 'overlay',
      overlay: { kind: 'confirm', lines: describeSegmentWrite(state, w), write: w },
    });
  return { actions: [close], effects: [{ kind: 'write', write: w }] };
}

export function describeSegmentWrite(state: AppState, w: SegmentEditWrite): string[] {
  const used = (state.data?.flags ?? []).filter((f) =>
    Object.values(f.environments ?? {}).some((c) =>
      c.rules.some((r) => r.clauses.some((cl) => cl.op === 'segmentMatch' && cl.values.includes(w.segment))),
    ),
  ).length;
  const guarded = protectedUses(state, w.segment);
  const impact = guarded.length
    ? `It changes who matches ${guarded.join(', ')} (protected).`
    : `Every flag using ${w.segment} changes with it (${used} flag(s) do).`;
  if (w.op === 'import')
    return [
      `${w.mode === 'replace' ? 'Replace' : 'Merge into'} the ${w.list} list of ${w.segment} with the keys in ${w.file}${w.mode === 'replace' ? ': keys not in the file are removed' : ''}.`,
      impact,
    ];
  return [`Segment ${w.segment}: ${w.summary}.`, impact];
}

/** Keys on the Segments page for the rules view and the import; undefined lets the page's own keys act. */
export function segmentEditKey(state: AppState, input: string, key: KeyInfo): Outcome | undefined {
  if (state.page !== 'segments' || !state.data) return undefined;
  const open = openSegment(state);
  const listed = state.data.segments[state.listCursor];
  const role = state.data.me.role;
  if (input === 'u' && (open ?? listed)) return openDetailsForm(state, (open ?? listed)!);
  if (input === 'i' && (open ?? listed)) {
    const why = readOnlyReason(role, undefined);
    if (why) return act({ type: 'status', text: why, tone: 'error' });
    return act({
      type: 'overlay',
      overlay: {
        kind: 'importForm',
        segment: (open ?? listed)!.key,
        step: 0,
        file: '',
        list: 'included',
        mode: 'merge',
      },
    });
  }
  if (!open) {
    if ((key.return || key.rightArrow || input === 'l') && listed)
      return act({ type: 'segmentEdit', do: 'open', key: listed.key });
    return undefined;
  }
  if (key.escape || key.leftArrow || input === 'h' || input === 'q')
    return act({ type: 'segmentEdit', do: 'close' });
  if (key.upArrow || input === 'k') return act({ type: 'segmentEdit', do: 'move', by: -1 });
  if (key.downArrow || input === 'j') return act({ type: 'segmentEdit', do: 'move', by: 1 });
  const rows = clauseRows(open);
  const row = rows[state.segment!.cursor];
  if (input === 'a' || input === '&') {
    const why = readOnlyReason(role, undefined);
    if (why) return act({ type: 'status', text: why, tone: 'error' });
    if (input === '&' && !row) return act({ type: 'status', text: 'no rule yet: a adds one', tone: 'info' });
    return act({
      type: 'overlay',
      overlay: {
        kind: 'clauseForm',
        segment: open.key,
        rule: input === '&' ? row!.rule : undefined,
        step: 0,
        attribute: '',
        op: 'in',
        negate: false,
        values: '',
      },
    });
  }
  if (input === 'd') {
    if (!row) return act({ type: 'status', text: 'no clause to remove', tone: 'info' });
    const rules = open.rules
      .map((r, i) => (i === row.rule ? { ...r, clauses: r.clauses.filter((_, j) => j !== row.clause) } : r))
      .filter((r) => r.clauses.length > 0);
    const lastOfRule = open.rules[row.rule]!.clauses.length === 1;
    return request(state, {
      kind: 'segmentEdit',
      op: 'rules',
      segment: open.key,
      version: open.version,
      rules,
      summary: `remove "${row.text}" from rule ${row.rule + 1}${lastOfRule ? ' (its only clause: the rule goes)' : ''}`,
    });
  }
  return none;
}

/** Keys in the clause form, the import form and the import's progress. */
export function segmentOverlayKey(
  state: AppState,
  o: SegmentEditOverlay,
  input: string,
  key: KeyInfo,
): Outcome {
  const set = (patch: Partial<typeof o>) => act({ type: 'overlay', overlay: { ...o, ...patch } as Overlay });
  switch (o.kind) {
    case 'detailsForm':
      return detailsFormKey(state, o, input, key);
    case 'importProgress':
      // Running: keys wait (the upload cannot be taken back half-way); done: any key closes.
      return o.done === undefined ? none : act(close);
    case 'importForm': {
      if (key.escape) return act(close, { type: 'status', text: 'nothing imported', tone: 'info' });
      if (key.return || key.tab) {
        if (o.step === 0 && o.file.trim() === '')
          return act({ type: 'status', text: 'type the path of a CSV file', tone: 'error' });
        if (o.step < 2) return set({ step: (o.step + 1) as 1 | 2 });
        return request(state, {
          kind: 'segmentEdit',
          op: 'import',
          segment: o.segment,
          file: o.file.trim(),
          list: o.list,
          mode: o.mode,
        });
      }
      if (key.upArrow && o.step > 0) return set({ step: (o.step - 1) as 0 | 1 });
      if (o.step === 1 && (input === ' ' || key.leftArrow || key.rightArrow))
        return set({ list: o.list === 'included' ? 'excluded' : 'included' });
      if (o.step === 2 && (input === ' ' || key.leftArrow || key.rightArrow))
        return set({ mode: o.mode === 'merge' ? 'replace' : 'merge' });
      if (o.step !== 0) return none;
      if (key.backspace || key.delete) return set({ file: o.file.slice(0, -1) });
      if (isText(input, key)) return set({ file: o.file + input });
      return none;
    }
    case 'clauseForm': {
      if (key.escape) return act(close, { type: 'status', text: 'no rule changed', tone: 'info' });
      if (key.return || key.tab) {
        if (o.step === 0 && o.attribute.trim() === '') return none;
        if (o.step < 2) return set({ step: (o.step + 1) as 1 | 2 });
        const made = clauseOf(o);
        if (!made.clause) return act({ type: 'status', text: made.problem, tone: 'error' });
        const s = state.data?.segments.find((x) => x.key === o.segment);
        if (!s) return act(close);
        const rules: SegmentRule[] =
          o.rule === undefined
            ? [...s.rules, { clauses: [made.clause] }]
            : s.rules.map((r, i) => (i === o.rule ? { ...r, clauses: [...r.clauses, made.clause] } : r));
        return request(state, {
          kind: 'segmentEdit',
          op: 'rules',
          segment: s.key,
          version: s.version,
          rules,
          summary:
            o.rule === undefined
              ? `add rule ${rules.length}: ${describeClause(made.clause)}`
              : `add "${describeClause(made.clause)}" to rule ${o.rule + 1}`,
        });
      }
      if (key.upArrow && o.step > 0) return set({ step: (o.step - 1) as 0 | 1 });
      const patch = clauseFieldKey(o, (['attribute', 'operator', 'values'] as const)[o.step], input, key);
      return patch ? set(patch) : none;
    }
  }
}
