// A subset of gitignore semantics, enough for `ff refs` to skip what git skips (gitignore(5)):
//
// - one pattern per line; blank lines and lines starting with `#` are ignored; `\#` and `\!` escape a
//   leading `#` or `!`; trailing spaces are dropped unless escaped with a backslash;
// - `!` negates: a path an earlier pattern ignored is included again (last match wins). As in git, a
//   file cannot be re-included when a directory above it is ignored, because that directory is never
//   entered;
// - a trailing `/` matches directories only;
// - a pattern with a `/` at its start or in its middle is anchored to the directory of the .gitignore
//   that holds it; otherwise it matches a name at any depth below that directory;
// - `*` matches anything but `/`, `?` one character but `/`, `[a-z]` / `[!a-z]` a class; `**/` at the
//   start matches in any directory, `/**` at the end everything inside, `/**/` zero or more directories;
// - every `.gitignore` in the tree applies to its own directory and below, deeper files taking
//   precedence over shallower ones; `.git/info/exclude` of the scanned root applies like a root file.
//
// Not supported: `core.excludesFile` (global ignores), and the `.git` directory is always skipped.

export interface IgnoreRule {
  /** The directory holding the .gitignore, relative to the scan root ('' for the root), '/'-separated. */
  base: string;
  negate: boolean;
  dirOnly: boolean;
  /** Tested against the path relative to `base` (anchored) or against the name (unanchored). */
  anchored: boolean;
  regex: RegExp;
  /** The pattern as written, for messages. */
  source: string;
}

/** A class `[...]` starting at `pattern[i]` as a regex class, and where it ends; undefined if unclosed. */
function charClass(pattern: string, i: number): { regex: string; end: number } | undefined {
  let j = i + 1;
  let negate = false;
  if (pattern[j] === '!' || pattern[j] === '^') {
    negate = true;
    j++;
  }
  let body = '';
  // A `]` right after the opening is a literal.
  if (pattern[j] === ']') {
    body += '\\]';
    j++;
  }
  for (; j < pattern.length; j++) {
    const c = pattern[j]!;
    if (c === ']') return { regex: `[${negate ? '^/' : ''}${body}]`, end: j };
    if (c === '\\' && j + 1 < pattern.length) {
      body += `\\${pattern[++j]}`;
      continue;
    }
    body += c === '[' || c === '^' ? `\\${c}` : c;
  }
  return undefined;
}

/** The regex source of a glob (without anchors). */
export function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length;
        if (atStart && glob[i + 2] === '/') {
          // `**/`: zero or more directories.
          out += '(?:.*/)?';
          i += 2;
          continue;
        }
        if (atStart && atEnd) {
          // `/**` at the end: everything inside.
          out += '.*';
          i += 1;
          continue;
        }
        // Any other `**` is an ordinary `*` (gitignore(5)).
        i += 1;
      }
      out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const cls = charClass(glob, i);
      if (cls) {
        out += cls.regex;
        i = cls.end;
      } else out += '\\[';
    } else if (c === '\\' && i + 1 < glob.length) out += escapeRegex(glob[++i]!);
    else out += escapeRegex(c);
  }
  return out;
}

function escapeRegex(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/** One line of a .gitignore as a rule, or undefined for blank lines and comments. */
export function parseLine(raw: string, base: string): IgnoreRule | undefined {
  let line = raw.replace(/\r$/, '');
  // Trailing spaces go unless the last one is escaped.
  line = line.replace(/(?<!\\)\s+$/, '').replace(/\\ $/, ' ');
  if (line === '' || line.startsWith('#')) return undefined;
  let negate = false;
  if (line.startsWith('!')) {
    negate = true;
    line = line.slice(1);
  } else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
  let dirOnly = false;
  if (line.endsWith('/') && !line.endsWith('\\/')) {
    dirOnly = true;
    line = line.slice(0, -1);
  }
  if (line === '') return undefined;
  const anchored = line.includes('/');
  if (line.startsWith('/')) line = line.slice(1);
  return {
    base,
    negate,
    dirOnly,
    anchored,
    regex: new RegExp(`^${globToRegex(line)}$`),
    source: raw,
  };
}

/** Every rule of a .gitignore's text. */
export function parseGitignore(text: string, base: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const line of text.split('\n')) {
    const rule = parseLine(line, base);
    if (rule) rules.push(rule);
  }
  return rules;
}

/**
 * Whether `path` (relative to the scan root, '/'-separated, no leading slash) is ignored by `rules`,
 * listed shallowest .gitignore first and in file order: the last rule that matches decides.
 */
export function isIgnored(rules: readonly IgnoreRule[], path: string, isDir: boolean): boolean {
  let name: string | undefined;
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i]!;
    if (rule.dirOnly && !isDir) continue;
    let rel = path;
    if (rule.base !== '') {
      if (!path.startsWith(rule.base) || path[rule.base.length] !== '/') continue;
      rel = path.slice(rule.base.length + 1);
    }
    if (rule.anchored) {
      if (!rule.regex.test(rel)) continue;
    } else {
      name ??= path.slice(path.lastIndexOf('/') + 1);
      if (!rule.regex.test(name)) continue;
    }
    return !rule.negate;
  }
  return false;
}
