import { describe, expect, test } from 'vitest';
import { experimentPath } from './experiment-lifecycle.ts';
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
