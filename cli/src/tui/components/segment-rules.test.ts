// A segment's rules, the clause form and the CSV import's progress rendered by Ink (ink-testing-library),
// read by their text.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { h } from '../h.ts';
import { now, segment, snapshot, stateWith } from '../test/fixtures.ts';
import type { Action, AppState } from '../state/reducer.ts';
import { Screen } from './screen.ts';
import { progressBar } from './segment-rules.ts';
import { themeFor } from './theme.ts';

function frame(state: AppState): string {
  const { lastFrame, unmount } = render(h(Screen, { state, theme: themeFor(true), now }));
  const text = lastFrame() ?? '';
  unmount();
  return text;
}

const beta = {
  ...segment('beta-testers'),
  rules: [
    { clauses: [{ attribute: 'plan', op: 'in' as const, values: ['pro', 'team'] }] },
    {
      clauses: [
        { attribute: 'country', op: 'in' as const, values: ['US'] },
        { attribute: 'age', op: 'gte' as const, values: [18] },
      ],
    },
  ],
};

const page = (...actions: Action[]) =>
  stateWith(snapshot({ segments: [beta] }), { type: 'page', page: 'segments' }, ...actions);

describe('segment rules and import', { timeout: 60_000 }, () => {
  it("lists a segment's rules, a clause a line, the selected one marked, with the keys", () => {
    const text = frame(
      page(
        { type: 'segmentEdit', do: 'open', key: 'beta-testers' },
        { type: 'segmentEdit', do: 'move', by: 2 },
      ),
    );
    expect(text).toContain('Segment beta-testers');
    expect(text).toContain('3 included · 0 excluded · 2 rule(s)');
    expect(text).toMatch(
      /rule 1\n.*plan in pro,team\n.*rule 2 {2}\(or\)\n.*country in US\n.*› and age gte 18/,
    );
    expect(text).toContain(
      '↑↓ clause · a rule · & and-clause · d remove · i import CSV · u rename · Esc back',
    );
  });

  it('shows the clause the form will send, typed by the engine, or what is missing', () => {
    const form = (op: 'in' | 'gte', values: string) =>
      frame(
        page({
          type: 'overlay',
          overlay: {
            kind: 'clauseForm',
            segment: 'beta-testers',
            rule: 1,
            step: 2,
            attribute: 'age',
            op,
            negate: false,
            values,
          },
        }),
      );
    expect(form('gte', '21')).toContain('✓ age gte [21]');
    expect(form('in', '21')).toContain('✓ age in ["21"]');
    expect(form('in', '')).toContain('type one or more values');
    expect(form('in', '21')).toContain('Add a clause to rule 2 of beta-testers (AND)');
  });

  it('shows the name and description form, the field being typed marked, and an empty name refused', () => {
    const form = (name: string, step: 0 | 1) =>
      frame(
        page({
          type: 'overlay',
          overlay: {
            kind: 'detailsForm',
            segment: 'beta-testers',
            version: 1,
            step,
            name,
            description: 'Opted in',
          },
        }),
      );
    const typing = form('Beta testers', 1);
    expect(typing).toContain('Segment beta-testers: name and description');
    expect(typing).toContain('  name        Beta testers');
    expect(typing).toContain('› description Opted in▏');
    expect(typing).toContain('the key stays; who matches does not change');
    expect(form('  ', 0)).toContain('a segment needs a name');
  });

  it('draws the import progress in bytes and lines, and the result when done', () => {
    const progress = (bytes: number, lines: number, done?: string) =>
      frame(
        page({
          type: 'overlay',
          overlay: {
            kind: 'importProgress',
            segment: 'beta-testers',
            file: 'u.csv',
            bytes,
            totalBytes: 2048,
            lines,
            totalLines: 200,
            done,
          },
        }),
      );
    const half = progress(1024, 100);
    expect(half).toContain('Importing u.csv into beta-testers');
    expect(half).toContain('50%');
    expect(half).toContain('1.0 kB of 2.0 kB · 100 of 200 lines');
    const done = progress(2048, 200, 'beta-testers: 200 lines, 200 added, 0 removed (merge into included)');
    expect(done).toContain('100%');
    expect(done).toContain('✓ beta-testers: 200 lines, 200 added');
    expect(progressBar(5, 10, 10)).toBe('[█████░░░░░] 50%');
  });
});
