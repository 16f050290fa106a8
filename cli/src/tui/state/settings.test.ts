// The Settings page's behaviour as functions: protecting an environment asks first, a viewer is refused.
import { describe, expect, it } from 'vitest';
import { snapshot, stateWith } from '../test/fixtures.ts';
import { interpret, keyHelp } from './keys.ts';
import { reduce } from './reducer.ts';

const onPage = (role: 'owner' | 'viewer' = 'owner') =>
  stateWith(snapshot({ me: { role, email: 'x@demo.local' } }), { type: 'page', page: 'settings' });

describe('settings page keys', () => {
  it('p protects the selected environment (unprotects a protected one) after a confirmation', () => {
    const ask = interpret(onPage(), 'p', {});
    expect(ask.effects).toEqual([]);
    let s = ask.actions.reduce(reduce, onPage());
    expect(s.overlay).toMatchObject({
      kind: 'confirm',
      write: { kind: 'protectEnv', environment: 'development', protect: true },
    });
    expect(interpret(s, 'y', {}).effects).toEqual([
      { kind: 'write', write: { kind: 'protectEnv', environment: 'development', protect: true } },
    ]);
    s = reduce(onPage(), { type: 'moveList', by: 2 });
    const off = interpret(s, 'p', {}).actions.reduce(reduce, s);
    expect(off.overlay?.kind === 'confirm' && off.overlay.lines[0]).toBe(
      'Unprotect production: developers can change its flags.',
    );
    expect(keyHelp.find(([t]) => t === 'Settings')![1].map(([k]) => k)).toEqual(['p']);
  });

  it('a viewer is told why', () => {
    const out = interpret(onPage('viewer'), 'p', {});
    expect(out.effects).toEqual([]);
    expect(out.actions).toEqual([{ type: 'status', text: expect.stringMatching(/viewer/), tone: 'error' }]);
  });
});
