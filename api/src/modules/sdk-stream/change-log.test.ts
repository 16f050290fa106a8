import { describe, expect, it } from 'vitest';
import { ChangeLog } from './change-log.ts';
import type { Change } from '../../stream/changes.ts';

const change = (version: number, key = `f${version}`): Change => ({
  environmentId: 'e',
  version,
  kind: 'flag',
  key,
});

describe('ChangeLog', () => {
  it('returns the changes after a version it holds, nothing when current, undefined before it started', () => {
    const log = new ChangeLog(10, 100);
    expect(log.since(10)).toEqual([]);
    for (let v = 11; v <= 14; v++) log.add(change(v));
    expect(log.since(12)!.map((c) => c.version)).toEqual([13, 14]);
    expect(log.since(10)!.map((c) => c.version)).toEqual([11, 12, 13, 14]);
    expect(log.since(14)).toEqual([]);
    expect(log.since(9)).toBeUndefined();
    expect(log.since(15)).toBeUndefined();
  });

  it('keeps every change of one version together', () => {
    const log = new ChangeLog(0, 100);
    log.add(change(1, 'a'));
    log.add(change(1, 'b'));
    log.add(change(2, 'c'));
    expect(log.since(0)!.map((c) => c.key)).toEqual(['a', 'b', 'c']);
    expect(log.since(1)!.map((c) => c.key)).toEqual(['c']);
  });

  it('evicts whole versions past its capacity, and then cannot resume from before them', () => {
    const log = new ChangeLog(0, 3);
    log.add(change(1, 'a'));
    log.add(change(2, 'b'));
    log.add(change(2, 'c'));
    log.add(change(3, 'd'));
    log.add(change(3, 'e'));
    // Capacity 3 with versions 2 (2 changes) and 3 (2 changes): version 2 must go as a whole.
    expect(log.since(2)!.map((c) => c.key)).toEqual(['d', 'e']);
    expect(log.since(1)).toBeUndefined();
    expect(log.since(0)).toBeUndefined();
  });

  it('starts over at a gap, so it never claims changes it did not see', () => {
    const log = new ChangeLog(0, 100);
    log.add(change(1));
    log.add(change(5));
    expect(log.since(1)).toBeUndefined();
    expect(log.since(4)!.map((c) => c.version)).toEqual([5]);
    expect(log.latest).toBe(5);
  });

  it('ignores changes older than its latest and forgets everything on reset', () => {
    const log = new ChangeLog(0, 100);
    log.add(change(1));
    log.add(change(2));
    log.add(change(1, 'late'));
    expect(log.since(0)!.map((c) => c.key)).toEqual(['f1', 'f2']);
    log.reset(7);
    expect(log.since(2)).toBeUndefined();
    expect(log.since(7)).toEqual([]);
    log.add(change(8));
    expect(log.since(7)!.map((c) => c.version)).toEqual([8]);
  });
});
