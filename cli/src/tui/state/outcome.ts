// What a keypress comes to: reducer actions, and effects for the app to run (writes, loads, quit). Every
// key handler of the dashboard answers in these terms, so keys.ts and the page modules combine them.
import type { Action, Write } from './reducer.ts';

/** The subset of Ink's Key the dashboard reads. */
export interface KeyInfo {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  shift?: boolean;
  ctrl?: boolean;
  backspace?: boolean;
  delete?: boolean;
}

export type Effect =
  | { kind: 'write'; write: Write }
  | { kind: 'reload' }
  | { kind: 'history'; flag: string }
  | { kind: 'evaluate'; flag: string; env: string; context: string }
  | { kind: 'results'; experiment: string }
  | { kind: 'project'; project: string }
  | { kind: 'copy'; text: string }
  | { kind: 'quit' };

export interface Outcome {
  actions: Action[];
  effects: Effect[];
}

export const none: Outcome = { actions: [], effects: [] };
export const act = (...actions: Action[]): Outcome => ({ actions, effects: [] });
export const fx = (...effects: Effect[]): Outcome => ({ actions: [], effects });

/** A key that types text into a field (not a control key). */
export const isText = (input: string, key: KeyInfo) =>
  input.length > 0 && !key.ctrl && !key.return && !key.escape && !key.tab;
