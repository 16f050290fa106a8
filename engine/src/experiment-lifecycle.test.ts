import { describe, expect, test } from 'vitest';
import { experimentPath, experimentStep } from './experiment-lifecycle.ts';
import type { ExperimentState, ExperimentStatus } from './experiment-lifecycle.ts';

const s = (status: ExperimentStatus, archived = false): ExperimentState => ({ status, archived });

describe('experimentPath', () => {
  test.each([
    [s('draft'), s('draft'), []],
    [s('draft'), s('running'), ['launch']],
    [s('running'), s('paused'), ['pause']],
    [s('paused'), s('running'), ['launch']],
    [s('running'), s('stopped'), ['stop']],
    [s('paused'), s('stopped'), ['stop']],
    [s('running'), s('stopped', true), ['stop', 'archive']],
    [s('draft'), s('draft', true), ['archive']],
    [s('stopped'), s('stopped', true), ['archive']],
    [s('stopped', true), s('stopped', true), []],
  ] as const)('%o → %o is %o', (from, to, actions) => {
    expect(experimentPath('x', from, to)).toEqual({ ok: true, actions });
  });

  test.each([
    [s('stopped'), s('running'), /stopped experiment never runs again/],
    [s('stopped'), s('paused'), /never runs again/],
    [s('running'), s('draft'), /cannot return to draft/],
    [s('draft'), s('stopped'), /archive the draft instead/],
    [s('draft'), s('paused'), /launch it .* before pausing/],
    [s('running'), s('running', true), /only a draft or stopped experiment can be archived/],
    [s('draft', true), s('draft'), /cannot be undone/],
    [s('stopped', true), s('running', true), /can no longer change/],
  ] as const)('%o → %o is refused', (from, to, reason) => {
    const path = experimentPath('x', from, to);
    expect(path.ok).toBe(false);
    expect(path.ok ? '' : path.reason).toMatch(reason);
  });
});

// The whole graph, one transition at a time (what the API's guard asks): every status × archived ×
// action, with the state it leads to or '-' when refused ('stopped' marks the never-runs-again refusal).
describe('experimentStep', () => {
  const table: [
    ExperimentState,
    'launch' | 'pause' | 'stop' | 'archive',
    ExperimentState | '-' | 'stopped',
  ][] = [
    [s('draft'), 'launch', s('running')],
    [s('draft'), 'pause', '-'],
    [s('draft'), 'stop', '-'],
    [s('draft'), 'archive', s('draft', true)],
    [s('running'), 'launch', '-'],
    [s('running'), 'pause', s('paused')],
    [s('running'), 'stop', s('stopped')],
    [s('running'), 'archive', '-'],
    [s('paused'), 'launch', s('running')],
    [s('paused'), 'pause', '-'],
    [s('paused'), 'stop', s('stopped')],
    [s('paused'), 'archive', '-'],
    [s('stopped'), 'launch', 'stopped'],
    [s('stopped'), 'pause', '-'],
    [s('stopped'), 'stop', '-'],
    [s('stopped'), 'archive', s('stopped', true)],
    ...(['draft', 'running', 'paused', 'stopped'] as const).flatMap((status) =>
      (['launch', 'pause', 'stop', 'archive'] as const).map(
        (action) => [s(status, true), action, '-'] as [ExperimentState, typeof action, '-'],
      ),
    ),
  ];
  test.each(table)('%o, %s → %o', (from, action, expected) => {
    const step = experimentStep('x', from, action);
    if (typeof expected === 'object') expect(step).toEqual({ ok: true, state: expected });
    else {
      expect(step.ok).toBe(false);
      expect(step.ok ? undefined : step.stopped).toBe(expected === 'stopped');
    }
  });

  test('every path is a sequence of allowed steps', () => {
    const all = (['draft', 'running', 'paused', 'stopped'] as const).flatMap((st) => [s(st), s(st, true)]);
    for (const from of all)
      for (const to of all) {
        const path = experimentPath('x', from, to);
        if (!path.ok) continue;
        let at: ExperimentState = from;
        for (const action of path.actions) {
          const step = experimentStep('x', at, action);
          expect(step.ok).toBe(true);
          if (step.ok) at = step.state;
        }
        expect(at).toEqual(to);
      }
  });
});
