// What counts as a reference to a flag in a file's text, compiled once per scan. Pure: text in,
// references out (the walker in scan.ts feeds it files).
//
// Four kinds, found in one or two passes over the text:
// - `literal`: a quoted string ('…', "…" or `…`) equal to a known flag key;
// - `alias`: an identifier equal to an alias of a key: the constant `ff codegen` generates for it
//   (`NEW_CHECKOUT`), and the aliases listed in ff.config (`refs.aliases`);
// - `call`: the key argument of an SDK call (`isEnabled('…')`, `getValue("…")`, OpenFeature's
//   `getBooleanValue(…)`, …), known or not: an unknown key there is a reference to a flag that does not
//   exist (deleted, or misspelt), which `ff refs --check` reports;
// - `pattern`: the first capture group (or the group named `key`) of a pattern from ff.config
//   (`refs.patterns`), for call sites the defaults do not know, in any language.
import { KEY_PATTERN, KEY_SHAPE } from '@ff/engine/limits';
import { constantName } from '../codegen/generate.ts';

export type ReferenceKind = 'literal' | 'alias' | 'call' | 'pattern';

export interface FoundReference {
  key: string;
  line: number;
  kind: ReferenceKind;
}

export interface MatcherOptions {
  /** Keys of the flags that exist (live and archived). */
  keys: Iterable<string>;
  /** key → extra identifiers that name it in code (ff.config refs.aliases). */
  aliases?: Record<string, readonly string[]>;
  /** Regex sources whose first group (or group `key`) is a flag key (ff.config refs.patterns). */
  patterns?: readonly string[];
  /** Whether the constants `ff codegen` generates count as references (default true). */
  codegenConstants?: boolean;
  /** SDK method names whose first string argument is a flag key (default: DEFAULT_CALLS). */
  calls?: readonly string[];
}

/** The SDK methods (sdk-node, sdk-browser, OpenFeature) whose first argument is a flag key. */
export const DEFAULT_CALLS = [
  'isEnabled',
  'getValue',
  'getVariant',
  'getDetail',
  'peek',
  'getBooleanValue',
  'getStringValue',
  'getNumberValue',
  'getObjectValue',
  'getBooleanDetails',
  'getStringDetails',
  'getNumberDetails',
  'getObjectDetails',
];

export interface Matcher {
  /** The references in `text`, in order, one per (key, line, kind) at most. */
  find(text: string): FoundReference[];
}

export class PatternError extends Error {
  override name = 'PatternError';
}

/** A quoted string whose content is key-shaped. */
const LITERAL = String.raw`(["'\x60])(` + KEY_SHAPE + String.raw`)\1`;
/** The shape of the constants `ff codegen` writes (`NEW_CHECKOUT`, `FLAG_3D`). */
const CONSTANT = String.raw`\b[A-Z][A-Z0-9_]*\b`;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createMatcher(options: MatcherOptions): Matcher {
  const keys = new Set(options.keys);
  const aliases = new Map<string, string>();
  if (options.codegenConstants ?? true) for (const key of keys) aliases.set(constantName(key), key);
  const custom: string[] = [];
  for (const [key, names] of Object.entries(options.aliases ?? {}))
    for (const name of names) {
      if (!/^[A-Za-z_$][\w$]*$/.test(name))
        throw new PatternError(`refs.aliases.${key}: "${name}" is not an identifier`);
      aliases.set(name, key);
      custom.push(name);
    }
  // Performance note: one pass of one regex finds literals and codegen constants (its branches start
  // with a quote or a capital letter, which V8 tests first); SDK calls are recognized by looking back
  // from a literal, not by a second pass; only aliases from ff.config and patterns cost a pass each.
  const branches = [LITERAL];
  if (options.codegenConstants ?? true) branches.push(CONSTANT);
  if (custom.length > 0)
    branches.push(String.raw`(?<![\w$])(?:${custom.map(escapeRegex).join('|')})(?![\w$])`);
  const main = new RegExp(branches.join('|'), 'g');
  const calls = options.calls ?? DEFAULT_CALLS;
  // Anchored at the end: what precedes a literal when it is an SDK call's first argument.
  const callBefore =
    calls.length > 0
      ? new RegExp(String.raw`(?:^|[^\w$])(?:${calls.map(escapeRegex).join('|')})\s*(?:<[^<>()]*>)?\(\s*$`)
      : undefined;
  const extra: RegExp[] = [];
  for (const source of options.patterns ?? []) {
    let regex: RegExp;
    try {
      regex = new RegExp(source, 'g');
    } catch (error) {
      throw new PatternError(`refs.patterns: ${(error as Error).message}`);
    }
    if (new RegExp(`${source}|`).exec('')!.length < 2)
      throw new PatternError(`refs.patterns: "${source}" has no capture group for the key`);
    extra.push(regex);
  }

  return {
    find(text) {
      const found: FoundReference[] = [];
      const seen = new Set<string>();
      // Line numbers: count newlines between successive matches (in order within a pass).
      let lineAt = 0;
      let line = 1;
      const lineOf = (index: number) => {
        if (index < lineAt) {
          lineAt = 0;
          line = 1;
        }
        for (let i = text.indexOf('\n', lineAt); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
        lineAt = index;
        return line;
      };
      const add = (key: string, index: number, kind: ReferenceKind) => {
        const l = lineOf(index);
        const id = `${key}\n${l}`;
        // One reference per key and line.
        if (seen.has(id)) return;
        seen.add(id);
        found.push({ key, line: l, kind });
      };
      main.lastIndex = 0;
      for (let m = main.exec(text); m !== null; m = main.exec(text)) {
        const literal = m[2];
        if (literal !== undefined) {
          const known = keys.has(literal);
          // Cheap first: a call's first argument follows `(` (and spaces); only then ask whose call it is.
          let before = m.index - 1;
          while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
          const call =
            callBefore !== undefined &&
            text.charCodeAt(before) === 40 &&
            callBefore.test(text.slice(Math.max(0, m.index - 80), m.index));
          // A key-shaped argument of an SDK call is a reference even to a flag that does not exist.
          if (known || call) add(literal, m.index, call ? 'call' : 'literal');
        } else {
          const key = aliases.get(m[0]);
          if (key !== undefined) add(key, m.index, 'alias');
        }
      }
      for (const regex of extra) {
        regex.lastIndex = 0;
        for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
          if (m[0] === '') {
            regex.lastIndex++;
            continue;
          }
          const key = m.groups?.key ?? m[1];
          if (key !== undefined && KEY_PATTERN.test(key)) add(key, m.index, 'pattern');
        }
      }
      return found.sort((a, b) => a.line - b.line || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
  };
}
