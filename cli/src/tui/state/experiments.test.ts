// The Experiments page's behaviour as functions: results on Enter, launch / pause / stop through a
// confirmation (stop picks the winner and the rollout first), and a viewer refused with the reason.
import { describe, expect, it } from 'vitest';
import { experiment, snapshot, stateWith } from '../test/fixtures.ts';
import { keyHelp } from './help-palette.ts';
import { reduce } from './reducer.ts';
import { press } from '../test/press.ts';

const onPage = (role: 'owner' | 'viewer' = 'owner') =>
  stateWith(
    snapshot({
      experiments: [experiment('pricing', 'running'), experiment('onboarding')],
      me: { role, email: 'x@demo.local' },
    }),
    { type: 'page', page: 'experiments' },
  );

describe('experiments page keys', () => {
  it('opens the selected experiment’s results and closes them with Esc', () => {
    const { state, effects } = press(onPage(), { downArrow: true }, { return: true });
    expect(state.results).toEqual({ key: 'onboarding', text: undefined });
    expect(effects).toEqual([{ kind: 'results', experiment: 'onboarding' }]);
    const loaded = reduce(state, { type: 'results', key: 'onboarding', text: 'units…' });
    expect(loaded.results?.text).toBe('units…');
    // Results for another experiment (a late answer) do not replace these.
    expect(reduce(loaded, { type: 'results', key: 'pricing', text: 'x' })).toBe(loaded);
    expect(press(loaded, { escape: true }).state.results).toBeUndefined();
  });

  it('launches and pauses only after a confirmation that says what the flag will serve', () => {
    const launch = press(onPage(), { downArrow: true }, 'L');
    expect(launch.effects).toEqual([]);
    expect(launch.state.overlay).toMatchObject({
      kind: 'confirm',
      write: { kind: 'experiment', experiment: 'onboarding', body: { action: 'launch' } },
    });
    const yes = press(launch.state, 'y');
    expect(yes.effects).toEqual([
      {
        kind: 'write',
        write: {
          kind: 'experiment',
          experiment: 'onboarding',
          environment: 'staging',
          body: { action: 'launch' },
        },
      },
    ]);
    const pause = press(onPage(), 'P');
    expect(pause.state.overlay?.kind === 'confirm' && pause.state.overlay.lines[0]).toBe(
      'Pause pricing in staging: flag new-checkout serves control (control) until relaunched.',
    );
    const no = press(pause.state, 'n');
    expect(no.effects).toEqual([]);
    expect(no.state.status?.text).toBe('cancelled: nothing changed');
  });

  it('stop picks the winner (←→) and, with one, rolls it out to everyone in the same step (space)', () => {
    const asked = press(onPage(), 'S');
    expect(asked.state.overlay).toMatchObject({ kind: 'stopForm', experiment: 'pricing', pick: 0 });
    // No winner: space cannot switch the rollout on.
    expect(press(asked.state, ' ').state.overlay).toMatchObject({ rollout: false });
    const none = press(asked.state, { return: true });
    expect(none.state.overlay).toMatchObject({ kind: 'confirm', write: { body: { action: 'stop' } } });
    expect(none.state.overlay?.kind === 'confirm' && none.state.overlay.lines[0]).toContain('no winner');
    const rolled = press(asked.state, { rightArrow: true }, { rightArrow: true }, ' ', { return: true });
    expect(rolled.effects).toEqual([]);
    expect(rolled.state.overlay).toMatchObject({
      kind: 'confirm',
      write: { body: { action: 'stop', winner: 'treatment', rollout: true } },
    });
    expect(rolled.state.overlay?.kind === 'confirm' && rolled.state.overlay.lines).toEqual([
      'Stop pricing in staging for good (it never runs again), winner treatment.',
      'Flag new-checkout then serves treatment (the winner) to everyone in staging.',
    ]);
    expect(press(rolled.state, 'y').effects).toEqual([
      {
        kind: 'write',
        write: {
          kind: 'experiment',
          experiment: 'pricing',
          environment: 'staging',
          body: { action: 'stop', winner: 'treatment', rollout: true },
        },
      },
    ]);
    // A winner without the rollout keeps control; going back to none drops the rollout.
    const kept = press(asked.state, { leftArrow: true }, { return: true });
    expect(kept.state.overlay).toMatchObject({ write: { body: { action: 'stop', winner: 'treatment' } } });
    expect(kept.state.overlay?.kind === 'confirm' && kept.state.overlay.write).not.toHaveProperty(
      'body.rollout',
    );
    const back = press(asked.state, { rightArrow: true }, ' ', { leftArrow: true });
    expect(back.state.overlay).toMatchObject({ pick: 0, rollout: false });
    expect(press(asked.state, { escape: true }).state.status?.text).toBe('cancelled: nothing changed');
  });

  it('a viewer is told why nothing changes', () => {
    for (const k of ['L', 'P', 'S']) {
      const { state, effects } = press(onPage('viewer'), k);
      expect(effects).toEqual([]);
      expect(state.overlay).toBeUndefined();
      expect(state.status?.text).toMatch(/read-only: you are a viewer/);
    }
  });

  it('updates the row from the write’s answer, and lists the keys in the help', () => {
    const s = reduce(onPage(), {
      type: 'experimentUpdated',
      experiment: experiment('onboarding', 'running'),
    });
    expect(s.data!.experiments!.map((x) => `${x.key}:${x.status}`)).toEqual([
      'pricing:running',
      'onboarding:running',
    ]);
    const rows = keyHelp.find(([title]) => title === 'Experiments')![1].map(([k]) => k);
    expect(rows).toEqual(expect.arrayContaining(['L', 'P', 'S', 'Enter / l']));
  });
});
