// The dashboard's behaviour as functions: keys → actions and effects, the reducer, and the flag rows.
import { describe, expect, it } from 'vitest';
import { flag, snapshot, stateWith } from '../test/fixtures.ts';
import { wizardKeyProblem } from './forms.ts';
import { helpLineCount, helpScroll, keyHelp, paletteEntries } from './help-palette.ts';
import { interpret } from './keys.ts';
import { markerOf, rolloutPercent, visibleFlags, windowOf } from './model.ts';
import { reduce } from './reducer.ts';
import { requestWrite } from './write-requests.ts';
import { press } from '../test/press.ts';

/** new-checkout's configuration in `env` as the fixture loads it (what a write remembers it was made on). */
const seen = (env: string) => snapshot().flags[0]!.environments![env];

describe('flag rows', () => {
  it('marks each environment off, on serving one value, or rolling out p%', () => {
    const [checkout] = snapshot().flags;
    expect(markerOf(checkout!, checkout!.environments!.staging)).toEqual({
      glyph: '○',
      text: 'off',
      tone: 'off',
    });
    expect(markerOf(checkout!, checkout!.environments!.development)).toEqual({
      glyph: '●',
      text: 'on',
      tone: 'on',
    });
    expect(markerOf(checkout!, checkout!.environments!.production)).toEqual({
      glyph: '◐',
      text: '10%',
      tone: 'rollout',
    });
    expect(rolloutPercent(checkout!.environments!.production!)).toBe(10);
  });

  it('filters by key, name or tag, sorts, and hides archived flags unless asked', () => {
    const data = snapshot();
    const keys = (o: Partial<Parameters<typeof visibleFlags>[1]>) =>
      visibleFlags(data, { filter: '', sort: 'key', showArchived: false, ...o }).map((f) => f.key);
    expect(keys({})).toEqual(['banner', 'dark-mode', 'new-checkout']);
    expect(keys({ filter: 'CHECK' })).toEqual(['new-checkout']);
    expect(keys({ filter: 'tag:ui' })).toEqual(['dark-mode']);
    expect(keys({ showArchived: true })).toContain('old-thing');
  });

  it('keeps the cursor inside the window of rows on screen', () => {
    expect(windowOf(5000, 0, 20, 0)).toEqual({ start: 0, end: 20 });
    expect(windowOf(5000, 4999, 20, 0)).toEqual({ start: 4980, end: 5000 });
    expect(windowOf(5000, 100, 20, 90)).toEqual({ start: 90, end: 110 });
  });
});

describe('keys', () => {
  it('moves, filters and opens a flag', () => {
    let { state } = press(stateWith(), 'j', 'j');
    expect(state.flags.cursor).toBe(2);
    ({ state } = press(state, '/', 'd', 'a', 'r', 'k', { return: true }));
    expect(state.flags).toMatchObject({ filter: 'dark', filtering: false, cursor: 0 });
    ({ state } = press(state, { return: true }));
    expect(state.detail?.key).toBe('dark-mode');
    ({ state } = press(state, { escape: true }));
    expect(state.detail).toBeUndefined();
  });

  it('switches pages by number, sidebar and Tab, and quits on q', () => {
    let { state } = press(stateWith(), '6');
    expect(state.page).toBe('audit');
    ({ state } = press(state, { tab: true }, 'k', 'k'));
    expect([state.focus, state.page]).toEqual(['sidebar', 'experiments']);
    expect(press(state, 'q').effects).toEqual([{ kind: 'quit' }]);
    expect(press(stateWith(), { ctrl: true }, 'x').effects).toEqual([]);
    expect(interpret(stateWith(), 'c', { ctrl: true }).effects).toEqual([{ kind: 'quit' }]);
  });

  it('asks before a protected environment, spelling the change out, and writes only on y', () => {
    const opened = press(stateWith(), 'j', 'j', { return: true }).state;
    const { state, effects } = press(opened, ' ');
    expect(effects).toEqual([]);
    expect(state.overlay).toMatchObject({ kind: 'confirm' });
    expect(state.overlay?.kind === 'confirm' && state.overlay.lines[0]).toBe(
      'Turn new-checkout OFF in production (protected). It will serve "off" to everyone.',
    );
    expect(press(state, 'y').effects).toEqual([
      {
        kind: 'write',
        write: {
          kind: 'toggle',
          flag: 'new-checkout',
          env: 'production',
          on: false,
          seen: seen('production'),
        },
      },
    ]);
    const declined = press(state, 'n');
    expect(declined.effects).toEqual([]);
    expect(declined.state.status?.text).toContain('cancelled');
  });

  it('writes at once where nothing is protected, and refuses a viewer with the reason', () => {
    const dev = press(stateWith(), 'e', 'j', 'j', ' ');
    expect(dev.state.env).toBe('development');
    expect(dev.effects).toEqual([
      {
        kind: 'write',
        write: {
          kind: 'toggle',
          flag: 'new-checkout',
          env: 'development',
          on: false,
          seen: seen('development'),
        },
      },
    ]);
    const viewer = stateWith(snapshot({ me: { role: 'viewer', email: 'v@x' } }));
    const refused = press(viewer, 'e', ' ');
    expect(refused.effects).toEqual([]);
    expect(refused.state.status).toMatchObject({ tone: 'error', text: expect.stringContaining('viewer') });
    const developer = stateWith(snapshot({ me: { role: 'developer', email: 'd@x' } }));
    expect(
      requestWrite(developer, { kind: 'toggle', flag: 'banner', env: 'production', on: true }).actions[0],
    ).toMatchObject({
      type: 'status',
      text: expect.stringContaining('protected environments need a project admin'),
    });
  });

  it('rolls out with the slider: arrows in 5% steps or a typed number', () => {
    const opened = press(stateWith(), 'e', 'j', 'j', { return: true }).state;
    const { state } = press(opened, '%', { rightArrow: true }, { rightArrow: true });
    expect(state.overlay).toMatchObject({ kind: 'prompt', purpose: 'rollout', input: '10' });
    const typed = press(state, { backspace: true }, { backspace: true }, '2', '5', { return: true });
    expect(typed.effects).toEqual([
      {
        kind: 'write',
        write: {
          kind: 'rollout',
          flag: 'new-checkout',
          env: 'development',
          percent: 25,
          seen: seen('development'),
        },
      },
    ]);
    const bad = press(state, '0', '0', { return: true });
    expect(bad.state.status?.text).toContain('not a percentage');
  });

  it('adds a segment rule, evaluates a context and opens history', () => {
    const opened = press(stateWith(), 'e', 'j', 'j', { return: true }).state;
    const rule = press(opened, 'g', ...'beta-testers', { return: true });
    expect(rule.effects).toEqual([
      {
        kind: 'write',
        write: {
          kind: 'addSegmentRule',
          flag: 'new-checkout',
          env: 'development',
          segment: 'beta-testers',
          seen: seen('development'),
        },
      },
    ]);
    expect(press(opened, 'g', 'x', { return: true }).state.status?.text).toBe(
      'no segment "x" in this project',
    );
    expect(press(opened, 'v', 'u', '1', { return: true }).effects).toEqual([
      { kind: 'evaluate', flag: 'new-checkout', env: 'development', context: 'u1' },
    ]);
    expect(press(opened, 'H').effects).toEqual([{ kind: 'history', flag: 'new-checkout' }]);
  });

  it('selects rules with [ ], moves the selected one with { }, and removes it with d', () => {
    const segmentRule = (id: string, segment: string) => ({
      id,
      clauses: [{ attribute: 'key', op: 'segmentMatch' as const, values: [segment] }],
      serve: { variation: 0 },
    });
    const rules = [segmentRule('a', 'beta-testers'), segmentRule('b', 'beta-testers')];
    const data = snapshot({
      flags: [flag('banner', { development: { rules }, staging: {}, production: { rules } })],
    });
    const dev = press(stateWith(data), 'e', { return: true }).state;
    expect(press(dev, '}').state.status?.text).toBe('select a rule with [ and ] first');
    const second = press(dev, ']', ']').state;
    expect(second.detail?.ruleIndex).toBe(1);
    expect(press(second, '}').state.status?.text).toBe('rule b is already last');
    const seenDev = data.flags[0]!.environments!.development;
    expect(press(second, '{').effects).toEqual([
      {
        kind: 'write',
        write: { kind: 'moveRule', flag: 'banner', env: 'development', ruleId: 'b', to: 0, seen: seenDev },
      },
    ]);
    expect(press(second, 'd').effects).toEqual([
      {
        kind: 'write',
        write: { kind: 'removeRule', flag: 'banner', env: 'development', ruleId: 'b', seen: seenDev },
      },
    ]);
    // In a protected environment the move is spelled out first.
    const prod = press(stateWith(data), { return: true }, ']', '}').state;
    expect(prod.overlay).toMatchObject({
      kind: 'confirm',
      lines: [
        'Move rule a of banner in production (protected) to position 2: rules are evaluated in order, the first match wins.',
      ],
    });
  });

  it('runs palette entries: jump to a flag, switch environment or project', () => {
    const { state } = press(stateWith(), ':', ...'flag dark', { return: true });
    expect(state.detail?.key).toBe('dark-mode');
    expect(press(stateWith(), ':', ...'env stag', { return: true }).state.env).toBe('staging');
    expect(press(stateWith(), ':', ...'project other', { return: true }).effects).toEqual([
      { kind: 'project', project: 'other' },
    ]);
    expect(paletteEntries(stateWith(), 'reload').map((e) => e.label)).toEqual(['reload']);
  });

  it('validates the new key live with the engine’s rule and creates through the wizard', () => {
    const s = stateWith();
    expect(wizardKeyProblem(s, 'Bad Key')).toMatch(/^the key /);
    expect(wizardKeyProblem(s, 'dark-mode')).toBe('dark-mode already exists');
    expect(wizardKeyProblem(s, 'old-thing')).toBe('old-thing already exists');
    const out = press(
      s,
      'n',
      ...'new-flag',
      { return: true },
      { return: true },
      { rightArrow: true },
      { return: true },
      ...'a,b',
      { return: true },
      { return: true },
      { return: true },
    );
    expect(out.effects).toEqual([
      {
        kind: 'write',
        write: {
          kind: 'createFlag',
          key: 'new-flag',
          name: 'new-flag',
          kind_: 'string',
          tags: ['a', 'b'],
          temporary: true,
          clientSide: false,
        },
      },
    ]);
    expect(press(s, 'n', ...'Bad', { return: true }).state.overlay).toMatchObject({
      kind: 'wizard',
      step: 0,
    });
  });

  it('archives a stale flag from Insights with one key (asking first)', () => {
    const data = snapshot({
      stale: [
        {
          flag: 'banner',
          reason: 'never-evaluated',
          detail: '',
          suggestedAction: '',
          archived: false,
          temporary: true,
        },
      ],
    });
    const { state } = press(stateWith(data), '5', 'x');
    expect(state.overlay).toMatchObject({ kind: 'confirm', write: { kind: 'archive', flag: 'banner' } });
  });

  it("runs the page's own actions by name from the palette, as the key would", () => {
    // On the Flags page the palette offers its keys by their help text; Enter presses the key.
    const labels = paletteEntries(stateWith(), 'sort').map((e) => e.label);
    expect(labels).toContain('sort: key → last change → kind  [s]');
    expect(press(stateWith(), ':', ...'sort: key', { return: true }).state.flags.sort).toBe(
      press(stateWith(), 's').state.flags.sort,
    );
    // In a flag's detail, "rollout" opens the same slider as `%`.
    const opened = press(stateWith(), { return: true }).state;
    expect(press(opened, ':', ...'rollout slider', { return: true }).state.overlay).toEqual(
      press(opened, '%').state.overlay,
    );
    // Audit's revert is an action of that page only.
    expect(paletteEntries(stateWith(), 'revert the selected change')).toEqual([]);
    const audit = press(stateWith(), '6').state;
    expect(paletteEntries(audit, 'revert').map((e) => e.label)).toEqual([
      'revert the selected change (asks first where it must)  [R]',
    ]);
  });

  it('scrolls the help with ↑↓ and closes it on any other key', () => {
    const open = press(stateWith(), '?').state;
    expect(press(open, { downArrow: true }, 'j').state.overlay).toEqual({ kind: 'help', offset: 2 });
    expect(press(open, { upArrow: true }).state.overlay).toEqual({ kind: 'help', offset: 0 });
    expect(press(open, { downArrow: true }, 'x').state.overlay).toBeUndefined();
  });

  it('stops scrolling the help at its last screenful, so ↑ moves back at once', () => {
    const open = press(stateWith(), '?').state;
    const { shown } = helpScroll(0, open.height);
    expect(helpLineCount).toBeGreaterThan(shown);
    const last = helpLineCount - shown;
    const pgDn = Array.from({ length: 20 }, () => ({ pageDown: true }));
    const bottom = press(open, ...pgDn).state;
    expect(bottom.overlay).toEqual({ kind: 'help', offset: last });
    expect(press(bottom, { upArrow: true }).state.overlay).toEqual({ kind: 'help', offset: last - 1 });
  });

  it('lists every key in the help table', () => {
    const keys = keyHelp.flatMap(([, rows]) => rows.map(([k]) => k));
    for (const k of ['?', ':', '/', 'space', '%', 'Tab', 'Esc / q', 'R']) expect(keys.join(' ')).toContain(k);
    // Pages with keys of their own have a section: Home's n, Insights' x, Audit's R.
    expect(keyHelp.map(([section]) => section)).toEqual(
      expect.arrayContaining(['Home', 'Insights', 'Audit']),
    );
  });
});

describe('live updates', () => {
  it('replaces a flag’s configuration unless the screen already has a newer one', () => {
    const s = stateWith();
    const updated = reduce(s, {
      type: 'configUpdated',
      config: { ...s.data!.flags[2]!.environments!.staging!, on: true, version: 2 },
    });
    expect(updated.data!.flags.find((f) => f.key === 'banner')!.environments!.staging!.on).toBe(true);
    const stale = reduce(updated, {
      type: 'configUpdated',
      config: { ...s.data!.flags[2]!.environments!.staging!, on: false, version: 1 },
    });
    expect(stale.data!.flags.find((f) => f.key === 'banner')!.environments!.staging!.on).toBe(true);
  });

  it('moves an archived flag out of the live list and keeps the change feed newest first', () => {
    const s = reduce(stateWith(), { type: 'flagUpdated', flag: flag('banner', {}, { archived: true }) });
    expect(s.data!.flags.map((f) => f.key)).not.toContain('banner');
    expect(s.data!.archived.map((f) => f.key)).toContain('banner');
    const fed = reduce(s, {
      type: 'change',
      row: {
        id: '8',
        action: 'flag.archive',
        resource: 'projects/demo/flags/banner',
        actor: 'x',
        createdAt: '2026-12-01T11:00:00Z',
      },
    });
    expect(fed.data!.changes.map((c) => c.id)).toEqual(['8', '7']);
    expect(reduce(fed, { type: 'change', row: fed.data!.changes[0]! })).toBe(fed);
  });
});
