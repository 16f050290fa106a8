// Presses keys one after another through the dashboard's key handling, applying the actions as the app
// does; the effects (writes, loads) are collected, not run. The pure state tests drive pages with it.
import { interpret } from '../state/keys.ts';
import type { Effect, KeyInfo } from '../state/outcome.ts';
import { reduce } from '../state/reducer.ts';
import type { AppState } from '../state/reducer.ts';

export function press(
  state: AppState,
  ...keys: (string | KeyInfo)[]
): { state: AppState; effects: Effect[] } {
  const effects: Effect[] = [];
  for (const k of keys) {
    const out = typeof k === 'string' ? interpret(state, k, {}) : interpret(state, '', k);
    for (const a of out.actions) state = reduce(state, a);
    effects.push(...out.effects);
  }
  return { state, effects };
}
