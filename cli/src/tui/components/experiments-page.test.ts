// The Experiments page rendered by Ink (ink-testing-library) and read by its text: the list with
// status, and the selected experiment's results drawn by the same helpers as `ff experiments results`.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { resultsView } from '../../experiment-view.ts';
import { h } from '../h.ts';
import { experiment, experimentResults, now, snapshot, stateWith } from '../test/fixtures.ts';
import type { Action, AppState } from '../state/reducer.ts';
import { Screen } from './screen.ts';
import { themeFor } from './theme.ts';

function frame(state: AppState): string {
  const { lastFrame, unmount } = render(h(Screen, { state, theme: themeFor(true), now }));
  const text = lastFrame() ?? '';
  unmount();
  return text;
}

const page = (...actions: Action[]) =>
  stateWith(
    snapshot({ experiments: [experiment('pricing', 'running'), experiment('onboarding')] }),
    { type: 'page', page: 'experiments' },
    ...actions,
  );

describe('the Experiments page', { timeout: 60_000 }, () => {
  it('lists each experiment with its status, and the keys that work here', () => {
    const text = frame(page());
    expect(text).toContain('Experiments (2)');
    expect(text).toMatch(/› pricing\s+running\s+new-checkout\s+staging\s+purchase/);
    expect(text).toMatch(/onboarding\s+draft/);
    expect(text).toContain('L launch · P pause · S stop');
  });

  it('shows the selected experiment’s results: SRM banner, units, rate, lift with interval, chance to win', () => {
    const text = frame(
      page(
        { type: 'resize', width: 160, height: 40 },
        { type: 'openResults', key: 'pricing' },
        { type: 'results', key: 'pricing', text: resultsView(experimentResults) },
      ),
    );
    expect(text).toContain('Results of pricing');
    expect(text).toContain('!! SAMPLE RATIO MISMATCH');
    expect(text).toContain('purchase (primary, binomial, higher is better): winner treatment');
    const row = text.split('\n').find((l) => /treatment\s+1100\s+176/.test(l))!;
    expect(row).toMatch(/176 \(16\.00%\)\s+\+60\.0% \[\+20\.0%, \+90\.0%\]\s+0\.0001\s+100\.0%/);
  });

  it('says results are being computed, and asks for the winner and the rollout when stopping', () => {
    expect(frame(page({ type: 'openResults', key: 'pricing' }))).toContain('computing results…');
    const stop = {
      kind: 'stopForm',
      experiment: 'pricing',
      environment: 'staging',
      pick: 2,
      rollout: true,
    } as const;
    const text = frame(page({ type: 'overlay', overlay: stop }));
    expect(text).toContain('Stop pricing in staging for good');
    expect(text).toContain('winner   none  control  [treatment]');
    expect(text).toContain('rollout  [x] serve treatment to everyone now (space)');
    expect(text).toContain('then flag new-checkout serves treatment to everyone');
    const none = frame(page({ type: 'overlay', overlay: { ...stop, pick: 0, rollout: false } }));
    expect(none).toContain('rollout  (pick a winner to roll it out)');
    expect(none).toContain('then flag new-checkout serves control (control)');
  });

  it('says when the experiments API does not answer', () => {
    const s = stateWith(snapshot({ experiments: undefined }), { type: 'page', page: 'experiments' });
    expect(frame(s)).toContain('The experiments API did not answer');
  });
});
