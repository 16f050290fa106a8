// Each page rendered by Ink (ink-testing-library), from fixture states, and read by its text.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { h } from '../h.ts';
import { flag, now, snapshot, stateWith } from '../test/fixtures.ts';
import type { Action, AppState } from '../state/reducer.ts';
import { reduce } from '../state/reducer.ts';
import { Screen } from './screen.ts';
import { themeFor } from './theme.ts';

function frame(state: AppState, noColor = true): string {
  const { lastFrame, unmount } = render(h(Screen, { state, theme: themeFor(noColor), now }));
  const text = lastFrame() ?? '';
  unmount();
  return text;
}

const at = (state: AppState, ...actions: Action[]) => actions.reduce(reduce, state);
const line = (text: string, needle: string) => text.split('\n').find((l) => l.includes(needle)) ?? '';

// Rendering is fast, but a busy 2-core machine shared with other suites can stretch a test past 5 s.
describe('the dashboard screen', { timeout: 60_000 }, () => {
  it('shows the flags with a marker per environment, the sidebar and the status line', () => {
    const text = frame(at(stateWith(), { type: 'connection', state: 'live' }));
    expect(line(text, 'ff dash')).toContain('Demo · env production (protected)');
    for (const page of [
      '1 Home',
      '2 Flags',
      '3 Segments',
      '4 Experiments',
      '5 Insights',
      '6 Audit',
      '7 Members',
      '8 Settings',
    ])
      expect(text).toContain(page);
    expect(line(text, 'new-checkout')).toMatch(/● on\s+○ off\s+◐ 10%/);
    expect(line(text, 'dark-mode')).toMatch(/● on\s+● on\s+○ off/);
    expect(text).not.toContain('old-thing');
    expect(line(text, 'local · demo · production')).toContain('● live');
    expect(text).toContain('? help');
  });

  it('fits 80×24: every line at most 80 columns, the keys on the last line', () => {
    const text = frame(at(stateWith(), { type: 'resize', width: 80, height: 24 }));
    const lines = text.split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
    expect(lines.at(-1)).toContain('q quit');
  });

  it('renders 5,000 flags as one screenful of rows', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      flag(`flag-${String(i).padStart(4, '0')}`, { development: {}, staging: {}, production: {} }),
    );
    const text = frame(at(stateWith(snapshot({ flags: many })), { type: 'moveList', by: 4000 }));
    expect(text).toContain('› flag-4000');
    expect(text).not.toContain('flag-0000');
    expect(text).toMatch(/\d+-4001 of 5000/);
  });

  it('filters as you type and says when nothing matches', () => {
    expect(frame(at(stateWith(), { type: 'filter', text: 'dark', filtering: true }))).toContain('/dark');
    expect(frame(at(stateWith(), { type: 'filter', text: 'zzz', filtering: false }))).toContain(
      'No flag matches the filter.',
    );
  });

  it('shows a flag per environment with its rules, and read-only reasons for a viewer', () => {
    const data = snapshot({ me: { role: 'viewer', email: 'v@x' } });
    data.flags[0]!.environments!.production!.rules = [
      {
        id: 'beta',
        clauses: [{ attribute: 'key', op: 'segmentMatch', values: ['beta-testers'] }],
        serve: { variation: 0 },
      },
    ];
    const text = frame(at(stateWith(data), { type: 'openDetail', key: 'new-checkout' }));
    expect(text).toContain('new-checkout  "new checkout"  boolean');
    expect(line(text, '› production')).toContain('10% on / 90% off');
    expect(text).toContain('[beta] key segmentMatch beta-testers → on');
    expect(text).toContain('read-only: you are a viewer');
  });

  it('shows history and the evaluation explanation', () => {
    const s = at(
      stateWith(),
      { type: 'openDetail', key: 'dark-mode' },
      { type: 'detailTab', tab: 'history' },
      { type: 'history', key: 'dark-mode', rows: snapshot().changes },
    );
    expect(frame(s)).toMatch(/#7\s+2h ago\s+ada@demo.local\s+flag_config.change/);
    const evaluated = at(s, {
      type: 'evaluated',
      lines: ['dark-mode in staging for {"key":"u1"}', 'value true  variation on  reason FALLTHROUGH'],
    });
    expect(frame(evaluated)).toContain('reason FALLTHROUGH');
  });

  it('opens help with every section, the palette, the confirmation and the conflict notice', () => {
    const help = frame(at(stateWith(), { type: 'overlay', overlay: { kind: 'help' } }));
    for (const s of ['Everywhere', 'Flags', 'Flag detail', 'command palette']) expect(help).toContain(s);
    const palette = frame(
      at(stateWith(), { type: 'overlay', overlay: { kind: 'palette', input: 'flag dark', cursor: 0 } }),
    );
    expect(palette).toContain('flag dark-mode');
    const confirm = frame(
      at(stateWith(), {
        type: 'overlay',
        overlay: {
          kind: 'confirm',
          lines: ['Turn x OFF in production (protected).'],
          write: { kind: 'toggle', flag: 'x', env: 'production', on: false },
        },
      }),
    );
    expect(confirm).toContain('Apply this change? y = yes');
    const conflict = frame(
      at(stateWith(), { type: 'overlay', overlay: { kind: 'conflict', lines: ['Press r to reload'] } }),
    );
    expect(conflict).toContain('Conflict');
  });

  it('draws the rollout slider and the wizard’s live key check', () => {
    const slider = frame(
      at(
        stateWith(),
        { type: 'openDetail', key: 'banner' },
        {
          type: 'overlay',
          overlay: { kind: 'prompt', label: 'Roll banner out', input: '50', purpose: 'rollout' },
        },
      ),
    );
    expect(slider).toMatch(/\[█+░+\] 50%/);
    const wizard = (key: string) =>
      frame(
        at(stateWith(), {
          type: 'overlay',
          overlay: {
            kind: 'wizard',
            step: 0,
            key,
            name: '',
            kind_: 'boolean',
            tags: '',
            temporary: true,
            clientSide: false,
          },
        }),
      );
    expect(wizard('dark-mode')).toContain('dark-mode already exists');
    expect(wizard('fresh')).toContain('✓ fresh is free');
  });

  it('renders the other pages', () => {
    const page = (p: AppState['page']) => frame(at(stateWith(), { type: 'page', page: p }));
    expect(page('home')).toMatch(/3 flags/);
    expect(page('home')).toContain('Recent changes');
    expect(
      frame(at(stateWith(snapshot({ flags: [], archived: [] })), { type: 'page', page: 'home' })),
    ).toContain('press n to create the first one');
    expect(page('segments')).toMatch(/beta-testers\s+3\+\/0-\s+0\s+0 flag/);
    expect(page('audit')).toContain('Audit · live');
    expect(page('settings')).toMatch(/production\s+production\s+yes/);
    expect(page('insights')).toContain('flags: 3 live, 1 archived');
    expect(page('experiments')).toContain('The experiments API did not answer');
    expect(page('insights')).toContain('The insights API did not answer');
    expect(page('members')).toContain('Members (0)');
  });

  it('fills Insights and Experiments from their APIs: sparklines, stale flags, the experiment list', () => {
    const data = snapshot({
      insights: {
        project: 'demo',
        flags: 3,
        archivedFlags: 1,
        segments: 1,
        environments: 3,
        evaluations: { last24h: 40, last7d: 300, last30d: 900 },
        topFlags: [
          { flag: 'dark-mode', evaluations: 900, daily: [0, 10, 20, 40, 80], lastEvaluatedAt: null },
        ],
        neverEvaluated: ['banner'],
        connections: [],
      } as never,
      stale: [
        {
          flag: 'banner',
          reason: 'never-evaluated',
          detail: 'No SDK has evaluated banner.',
          suggestedAction: 'archive',
          archived: false,
          temporary: true,
        },
      ],
      experiments: [
        { key: 'checkout-test', status: 'running', flag: 'new-checkout', environment: 'production' } as never,
      ],
    });
    const insights = frame(at(stateWith(data), { type: 'page', page: 'insights' }));
    expect(insights).toContain('evaluations: 40 in 24 h · 300 in 7 days · 900 in 30 days');
    expect(line(insights, 'dark-mode')).toContain('▁▁▂▄█ 900');
    expect(line(insights, '› banner')).toContain('never-evaluated');
    expect(frame(at(stateWith(data), { type: 'page', page: 'home' }))).toMatch(
      /40 evaluations in the last 24 h/,
    );
    expect(frame(at(stateWith(data), { type: 'page', page: 'experiments' }))).toMatch(
      /checkout-test\s+running\s+new-checkout\s+production/,
    );
  });

  it('says when it is disconnected or catching up', () => {
    expect(frame(at(stateWith(), { type: 'connection', state: 'offline' }))).toContain(
      '○ disconnected, retrying',
    );
    expect(frame(at(stateWith(), { type: 'connection', state: 'catching-up' }))).toContain('◐ catching up');
  });
});
