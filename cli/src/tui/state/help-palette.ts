// The help overlay's table of every key and the command palette's entries. The help overlay is generated
// from `keyHelp`, so the keys shown on screen are the keys handled (keys.ts and the modules it calls).
import { editHelp } from './flag-edit.ts';
import { wizard } from './forms.ts';
import { pages } from './model.ts';
import { act, fx } from './outcome.ts';
import type { Outcome } from './outcome.ts';
import type { AppState } from './reducer.ts';
import { segmentEditHelp } from './segments-edit.ts';
import { settingsHelp } from './settings.ts';

/** Every key, by where it works: the help overlay prints this. */
export const keyHelp: readonly [string, [string, string][]][] = [
  [
    'Everywhere',
    [
      ['↑↓ / j k', 'move'],
      ['Tab', 'sidebar ⇄ main pane'],
      ['Enter / l / →', 'open'],
      ['Esc / q', 'back; q on a page quits'],
      ['1-8', 'jump to a page'],
      ['e / E', 'next / previous environment'],
      [':', 'command palette (flags, envs, pages, actions)'],
      ['?', 'this help'],
      ['r', 'reload everything'],
      ['Ctrl-C', 'quit'],
    ],
  ],
  ['Home', [['n', 'create a flag (wizard): the first step in an empty project']]],
  [
    'Flags',
    [
      ['/', 'filter by key, name or tag (tag:x exact)'],
      ['s', 'sort: key → last change → kind'],
      ['a', 'show / hide archived flags'],
      ['space', 'turn the flag on/off in the current environment'],
      ['n', 'create a flag (wizard)'],
      ['PgUp PgDn', 'page through the list'],
    ],
  ],
  [
    'Flag detail',
    [
      ['↑↓', 'environment'],
      ['space', 'turn on/off there'],
      ['%', 'rollout slider (←→ 5% steps, or type a number)'],
      ['g', 'add a segment rule'],
      ['a', 'add a rule: attribute, operator (←→), values, the variation its matches get'],
      ['[ ]  { }', 'select a rule; move it up / down (first match wins);  d  removes it'],
      ['v', 'evaluate a context, with the explanation'],
      ['H / t', 'history / targeting'],
      ['R', 'in history: revert the selected change'],
      ['x', 'archive the flag'],
      ['D', 'its definition: name, description, tags, owner, temporary, client-side'],
      ...editHelp,
    ],
  ],
  [
    'Segments',
    [
      ['n', 'create a segment (key checked as you type, name)'],
      ['+', 'add context keys to the selected segment (Tab: to its excluded list, asks first)'],
      ['-', 'remove context keys from it (asks first; Tab: from its excluded list)'],
      ...segmentEditHelp,
    ],
  ],
  [
    'Members',
    [
      ['i', 'invite someone with a role (the code and their next step are shown once)'],
      ['o', "change the selected member's role (←→ picks, asks first)"],
      ['d', 'remove the selected member (asks first)'],
    ],
  ],
  ['Settings', settingsHelp],
  ['Insights', [['x', 'archive the selected stale or unused flag (asks first)']]],
  ['Audit', [['R', 'revert the selected change (asks first where it must)']]],
  [
    'Experiments',
    [
      ['Enter / l', 'results of the selected experiment (SRM check first)'],
      ['L', 'launch (or resume) it, after a confirmation'],
      ['P', 'pause it (control is served), after a confirmation'],
      ['S', 'stop it for good: pick the winner (←→), space rolls it out to everyone, then confirm'],
      ['Esc', 'close the results'],
    ],
  ],
];

/** The section of `keyHelp` for where `state` is (the help shows it first, the palette runs its keys). */
export function helpSection(state: AppState): string {
  return state.detail ? 'Flag detail' : state.page[0]!.toUpperCase() + state.page.slice(1);
}

/** Lines the help overlay has: a title per section and a line per key. */
export const helpLineCount = keyHelp.reduce((n, [, keys]) => n + 1 + keys.length, 0);

/**
 * The help's first line at `offset` when the screen is `screenHeight` rows: the list scrolls until its
 * last line is on screen and no further, so ↑ moves back at once however far ↓ was pressed.
 */
export function helpScroll(offset: number, screenHeight: number): { from: number; shown: number } {
  // The overlay gets the body (the screen less the top and status lines) less its frame and title.
  const shown = Math.max(4, screenHeight - 3 - 4);
  return { from: Math.max(0, Math.min(offset, helpLineCount - shown)), shown };
}

/**
 * A palette entry: what it does now (`outcome`), or a key of the page under the palette to press once it
 * closes (`press`), so every action of the page can be run by its name from the help table.
 */
export type PaletteEntry = { label: string } & ({ outcome: Outcome } | { press: string });

/** The key a help row names, when it is one key to press (not a range, a pair or a combination). */
function singleKey(k: string): string | undefined {
  if (k === 'space') return ' ';
  return [...k].length === 1 ? k : undefined;
}

/** The palette's entries for this state; `query` narrows them (every word must appear). */
export function paletteEntries(state: AppState, query: string): PaletteEntry[] {
  const entries: PaletteEntry[] = [];
  const here = helpSection(state);
  for (const [section, keys] of keyHelp) {
    if (section !== here) continue;
    for (const [k, what] of keys) {
      const press = singleKey(k);
      if (press !== undefined) entries.push({ label: `${what}  [${k}]`, press });
    }
  }
  for (const p of pages)
    entries.push({ label: `go ${p.label.toLowerCase()}`, outcome: act({ type: 'page', page: p.id }) });
  for (const e of state.data?.environments ?? [])
    entries.push({
      label: `env ${e.key}${e.protected ? ' (protected)' : ''}`,
      outcome: act({ type: 'env', env: e.key }),
    });
  entries.push(
    {
      label: 'create flag',
      outcome: act({ type: 'page', page: 'flags' }, { type: 'overlay', overlay: wizard() }),
    },
    { label: 'reload', outcome: fx({ kind: 'reload' }) },
    { label: 'toggle archived', outcome: act({ type: 'page', page: 'flags' }, { type: 'toggleArchived' }) },
    { label: 'sort flags', outcome: act({ type: 'page', page: 'flags' }, { type: 'cycleSort' }) },
    { label: 'help', outcome: act({ type: 'overlay', overlay: { kind: 'help' } }) },
    { label: 'quit', outcome: fx({ kind: 'quit' }) },
  );
  for (const f of state.data?.flags ?? [])
    entries.push({
      label: `flag ${f.key}`,
      outcome: act({ type: 'page', page: 'flags' }, { type: 'openDetail', key: f.key }),
    });
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  // `project KEY` switches project: any key typed after it.
  if (words[0] === 'project' && words[1])
    return [{ label: `project ${words[1]}`, outcome: fx({ kind: 'project', project: words[1] }) }];
  return entries.filter((e) => words.every((w) => e.label.toLowerCase().includes(w))).slice(0, 50);
}
