// The Segments page's behaviour as functions: the create form with the engine's key rule checked as
// you type, adding and removing members (removal asks first), and a viewer refused with the reason.
import { describe, expect, it } from 'vitest';
import { segment, snapshot, stateWith } from '../test/fixtures.ts';
import { segmentKeyProblem } from './forms.ts';
import { keyHelp } from './help-palette.ts';
import { reduce } from './reducer.ts';
import { press } from '../test/press.ts';

const onPage = (role: 'owner' | 'viewer' = 'owner') =>
  stateWith(snapshot({ me: { role, email: 'x@demo.local' } }), { type: 'page', page: 'segments' });

describe('segments page keys', () => {
  it('creates a segment: the key is checked by the engine’s rule as you type, then the name', () => {
    const s = onPage();
    expect(segmentKeyProblem(s, '')).toBe('type a key');
    expect(segmentKeyProblem(s, 'Bad Key')).toMatch(/^the key /);
    expect(segmentKeyProblem(s, 'beta-testers')).toBe('segment beta-testers already exists');
    expect(segmentKeyProblem(s, 'vip')).toBeUndefined();
    // Enter on a bad key stays on the key.
    const bad = press(s, 'n', ...'Bad', { return: true });
    expect(bad.state.overlay).toMatchObject({ kind: 'segmentForm', step: 0, key: 'Bad' });
    const named = press(s, 'n', ...'vip', { return: true });
    expect(named.state.overlay).toMatchObject({ kind: 'segmentForm', step: 1, name: 'vip' });
    const done = press(named.state, ...' users', { return: true });
    expect(done.state.overlay).toBeUndefined();
    expect(done.effects).toEqual([
      { kind: 'write', write: { kind: 'createSegment', key: 'vip', name: 'vip users' } },
    ]);
    expect(press(s, 'n', { escape: true }).state.status?.text).toBe('no segment created');
  });

  it('adds members at once and removes them after a confirmation', () => {
    const add = press(onPage(), '+', ...'u1, u2 u3', { return: true });
    expect(add.effects).toEqual([
      {
        kind: 'write',
        write: {
          kind: 'segmentMembers',
          segment: 'beta-testers',
          op: 'add',
          list: 'included',
          keys: ['u1', 'u2', 'u3'],
        },
      },
    ]);
    const remove = press(onPage(), '-', ...'u2', { return: true });
    expect(remove.effects).toEqual([]);
    expect(remove.state.overlay?.kind === 'confirm' && remove.state.overlay.lines[0]).toBe(
      'Remove 1 context key(s) from segment beta-testers: u2.',
    );
    expect(press(remove.state, 'y').effects[0]).toMatchObject({ write: { op: 'remove', keys: ['u2'] } });
    expect(press(onPage(), '+', { return: true }).state.status?.text).toBe('type one or more context keys');
  });

  it('Tab switches the prompt to the excluded list: adding there asks first, removing is sent at once', () => {
    const tab = { tab: true };
    const exclude = press(onPage(), '+', tab, ...'u9', { return: true });
    expect(exclude.effects).toEqual([]);
    expect(exclude.state.overlay).toMatchObject({
      kind: 'confirm',
      lines: [
        'Add 1 context key(s) to the excluded list of segment beta-testers: u9.',
        'They stop matching it whatever its rules say, in every flag that uses it.',
      ],
      write: { kind: 'segmentMembers', op: 'add', list: 'excluded', keys: ['u9'] },
    });
    const unexclude = press(onPage(), '-', tab, ...'u9', { return: true });
    expect(unexclude.effects).toMatchObject([
      { kind: 'write', write: { op: 'remove', list: 'excluded', keys: ['u9'] } },
    ]);
    // Tab again goes back to the included list.
    expect(press(onPage(), '+', tab, tab).state.overlay).toMatchObject({ kind: 'prompt', list: 'included' });
  });

  it('a viewer is told why nothing changes', () => {
    for (const k of ['n', '+', '-']) {
      const { state } = press(onPage('viewer'), k);
      expect(state.overlay).toBeUndefined();
      expect(state.status?.text).toMatch(/read-only: you are a viewer/);
    }
  });

  it('puts a created or changed segment in the list, and lists the keys in the help', () => {
    const s = reduce(onPage(), {
      type: 'segmentUpdated',
      segment: { ...segment('alpha'), includedCount: 2 },
    });
    expect(s.data!.segments.map((x) => x.key)).toEqual(['alpha', 'beta-testers']);
    const rows = keyHelp.find(([title]) => title === 'Segments')![1].map(([k]) => k);
    expect(rows).toEqual(['n', '+', '-', 'Enter / →', 'a', '&', 'd', 'i', 'u']);
  });
});
