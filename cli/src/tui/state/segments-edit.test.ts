// Editing a segment's rules and importing members, as functions: Enter opens the rules; a adds a rule
// and & a clause (operator from the engine's list, values typed by its clause-value rule, the rules sent
// with the version on screen); d removes a clause after a confirmation; i imports a CSV (replace asks);
// u renames a segment or changes its description.
import type { Segment } from '@ff/client';
import { LIMITS } from '@ff/engine/limits';
import { OPERATORS } from '@ff/engine/operators';
import { describe, expect, it } from 'vitest';
import { segment, snapshot, stateWith } from '../test/fixtures.ts';
import type { KeyInfo } from './outcome.ts';
import { reduce } from './reducer.ts';
import { clauseRows } from './segments-edit.ts';
import { press } from '../test/press.ts';

const withRules: Segment = {
  ...segment('beta-testers'),
  version: 4,
  rules: [
    { id: 'r1', clauses: [{ attribute: 'plan', op: 'in', values: ['pro', 'team'] }] },
    {
      id: 'r2',
      clauses: [
        { attribute: 'country', op: 'in', values: ['US'] },
        { attribute: 'age', op: 'gte', values: [18], negate: true },
      ],
    },
  ],
};

const onPage = (role: 'owner' | 'viewer' = 'owner') =>
  stateWith(snapshot({ me: { role, email: 'x@demo.local' }, segments: [withRules] }), {
    type: 'page',
    page: 'segments',
  });

const enter = { return: true };
const right = { rightArrow: true };

describe('segment rules and CSV import', () => {
  it('Enter opens the rules, one row a clause; Esc goes back to the list', () => {
    const { state } = press(onPage(), enter);
    expect(state.segment).toEqual({ key: 'beta-testers', cursor: 0 });
    expect(clauseRows(withRules).map((r) => r.text)).toEqual([
      'plan in pro,team',
      'country in US',
      'not age gte 18',
    ]);
    expect(press(state, 'j', 'j', 'j').state.segment!.cursor).toBe(2);
    expect(press(state, { escape: true }).state.segment).toBeUndefined();
  });

  it('a adds a rule: the operator walks the engine’s list, the values are typed by the engine’s rule', () => {
    const open = press(onPage(), enter).state;
    const form = press(open, 'a', ...'seats', enter, ...Array(6).fill(right)).state;
    expect(OPERATORS[6]).toBe('lt');
    expect(form.overlay).toMatchObject({ kind: 'clauseForm', op: 'lt', step: 1 });
    const sent = press(form, enter, ...'10', enter);
    expect(sent.state.overlay).toBeUndefined();
    expect(sent.effects).toEqual([
      {
        kind: 'write',
        write: {
          kind: 'segmentEdit',
          op: 'rules',
          segment: 'beta-testers',
          version: 4,
          rules: [...withRules.rules, { clauses: [{ attribute: 'seats', op: 'lt', values: [10] }] }],
          summary: 'add rule 3: seats lt 10',
        },
      },
    ]);
    // `in 42` is the string "42" (the engine's rule); ! negates; a JSON array types values exactly.
    const typed = press(open, 'a', ...'plan', enter, '!', enter, ...'42', enter);
    expect(typed.effects[0]).toMatchObject({
      write: {
        rules: [{}, {}, { clauses: [{ attribute: 'plan', op: 'in', values: ['42'], negate: true }] }],
      },
    });
    const json = press(open, 'a', ...'plan', enter, enter, ...'[42, true]', enter);
    expect(json.effects[0]).toMatchObject({
      write: { rules: [{}, {}, { clauses: [{ values: [42, true] }] }] },
    });
    // Nothing typed: the form says why and stays.
    const empty = press(open, 'a', ...'plan', enter, enter, enter);
    expect(empty.effects).toEqual([]);
    expect(empty.state.status?.text).toMatch(/type one or more values/);
  });

  it('& adds a clause to the selected rule (AND)', () => {
    const onCountry = press(onPage(), enter, 'j').state;
    const sent = press(
      onCountry,
      '&',
      ...'email',
      enter,
      ...Array(4).fill(right),
      enter,
      ...'@acme.com',
      enter,
    );
    expect(sent.effects[0]).toMatchObject({
      write: {
        rules: [
          withRules.rules[0],
          { id: 'r2', clauses: [{}, {}, { attribute: 'email', op: 'endsWith', values: ['@acme.com'] }] },
        ],
        summary: 'add "email endsWith @acme.com" to rule 2',
      },
    });
  });

  it('d removes the selected clause after a confirmation; a rule left empty goes', () => {
    const open = press(onPage(), enter).state;
    const last = press(open, 'j', 'j', 'd').state;
    expect(last.overlay).toMatchObject({
      kind: 'confirm',
      lines: [
        'Segment beta-testers: remove "not age gte 18" from rule 2.',
        'Every flag using beta-testers changes with it (0 flag(s) do).',
      ],
    });
    expect(press(last, 'y').effects).toEqual([
      {
        kind: 'write',
        write: expect.objectContaining({
          version: 4,
          rules: [withRules.rules[0], { id: 'r2', clauses: [withRules.rules[1]!.clauses[0]] }],
        }),
      },
    ]);
    const only = press(open, 'd', 'y').effects[0];
    expect(only).toMatchObject({
      write: {
        rules: [withRules.rules[1]],
        summary: 'remove "plan in pro,team" from rule 1 (its only clause: the rule goes)',
      },
    });
  });

  it('i imports a CSV file: merge is sent at once, replace asks first', () => {
    const merge = press(onPage(), 'i', ...'/tmp/u.csv', enter, enter, enter);
    expect(merge.effects).toEqual([
      {
        kind: 'write',
        write: {
          kind: 'segmentEdit',
          op: 'import',
          segment: 'beta-testers',
          file: '/tmp/u.csv',
          list: 'included',
          mode: 'merge',
        },
      },
    ]);
    const replace = press(onPage(), 'i', ...'u.csv', enter, right, enter, right, enter);
    expect(replace.effects).toEqual([]);
    expect(replace.state.overlay).toMatchObject({
      kind: 'confirm',
      write: { op: 'import', list: 'excluded', mode: 'replace' },
      lines: [
        'Replace the excluded list of beta-testers with the keys in u.csv: keys not in the file are removed.',
        expect.any(String),
      ],
    });
    // While the upload runs keys wait; once done any key closes.
    const running = reduce(onPage(), {
      type: 'overlay',
      overlay: {
        kind: 'importProgress',
        segment: 'beta-testers',
        file: 'u.csv',
        done: undefined,
        bytes: 5,
        totalBytes: 10,
        lines: 1,
        totalLines: 2,
      },
    });
    expect(press(running, 'x').state.overlay?.kind).toBe('importProgress');
    const done = reduce(running, {
      type: 'overlay',
      overlay: { ...(running.overlay as object), done: 'ok' } as never,
    });
    expect(press(done, 'x').state.overlay).toBeUndefined();
  });

  it('asks first, naming the flags, when a flag uses the segment in a protected environment', () => {
    const data = snapshot({ segments: [withRules] });
    const used = {
      ...data.flags[0]!,
      environments: {
        ...data.flags[0]!.environments,
        production: {
          ...data.flags[0]!.environments!.production!,
          rules: [
            {
              id: 'seg',
              clauses: [{ attribute: 'key', op: 'segmentMatch' as const, values: ['beta-testers'] }],
              serve: { variation: 0 },
            },
          ],
        },
      },
    };
    const s = stateWith(
      { ...data, flags: [used, ...data.flags.slice(1)] },
      { type: 'page', page: 'segments' },
    );
    const add = press(s, enter, 'a', ...'plan', enter, enter, ...'pro', enter);
    expect(add.effects).toEqual([]);
    expect(add.state.overlay).toMatchObject({
      kind: 'confirm',
      lines: [
        'Segment beta-testers: add rule 3: plan in pro.',
        'It changes who matches new-checkout in production (protected).',
      ],
    });
    const merge = press(s, 'i', ...'u.csv', enter, enter, enter);
    expect(merge.state.overlay).toMatchObject({ kind: 'confirm', write: { op: 'import', mode: 'merge' } });
    // A new name changes no one's match: it is sent at once there too.
    const renamed = press(s, 'u', ...'!', enter, enter);
    expect(renamed.state.overlay).toBeUndefined();
    expect(renamed.effects).toMatchObject([{ kind: 'write', write: { op: 'details' } }]);
  });

  it('u renames a segment and changes its description, from the list or its rules, with its version', () => {
    const bs = { backspace: true };
    for (const start of [onPage(), press(onPage(), enter).state]) {
      const form = press(start, 'u').state;
      expect(form.overlay).toEqual({
        kind: 'detailsForm',
        segment: 'beta-testers',
        version: 4,
        step: 0,
        name: 'beta-testers',
        description: '',
      });
      const { state, effects } = press(form, ...Array(8).fill(bs), ' (beta)', enter, ...'Opted in', enter);
      expect(state.overlay).toBeUndefined();
      expect(effects).toEqual([
        {
          kind: 'write',
          write: {
            kind: 'segmentEdit',
            op: 'details',
            segment: 'beta-testers',
            version: 4,
            name: 'beta (beta)',
            description: 'Opted in',
            summary: 'name "beta-testers" → "beta (beta)", description changed',
          },
        },
      ]);
    }
  });

  it('u refuses an empty or too long name, and sends nothing when nothing changed', () => {
    const bs = { backspace: true };
    const empty = press(onPage(), 'u', ...Array(12).fill(bs), enter, enter);
    expect(empty.effects).toEqual([]);
    expect(empty.state.status).toMatchObject({ text: 'a segment needs a name', tone: 'error' });
    expect(empty.state.overlay).toMatchObject({ kind: 'detailsForm', step: 1 });
    const long = press(onPage(), 'u', 'x'.repeat(LIMITS.name), enter, enter);
    expect(long.effects).toEqual([]);
    expect(long.state.status?.text).toBe(`a name has at most ${LIMITS.name} characters`);
    const same = press(onPage(), 'u', enter, enter);
    expect(same.effects).toEqual([]);
    expect(same.state.overlay).toBeUndefined();
    expect(same.state.status).toMatchObject({ text: 'nothing changed' });
    expect(press(onPage(), 'u', { escape: true }).state.overlay).toBeUndefined();
  });

  it('a viewer is told why nothing changes', () => {
    for (const keys of [['i'], ['u'], [enter, 'a'], [enter, '&'], [enter, 'd', 'y']] as (
      string | KeyInfo
    )[][]) {
      const { state, effects } = press(onPage('viewer'), ...keys);
      expect(effects).toEqual([]);
      expect(state.status?.text).toMatch(/read-only: you are a viewer/);
    }
  });
});
