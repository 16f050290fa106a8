// .dockerignore as Docker reads it, for the tests that stage the image without Docker (deploy/image.ts):
// one pattern a line, `#` comments, `!` re-includes, `*` and `?` within one path segment, `**` across
// any number of them, a leading `/` meaning the context's root. A pattern that matches a directory
// excludes everything under it. The last matching pattern decides.

export interface IgnoreRule {
  pattern: string;
  negate: boolean;
  regex: RegExp;
}

function toRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` is zero or more whole segments; a trailing `**` is anything.
      if (pattern[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // The path itself, or anything under it.
  return new RegExp(`^${re}(?:/.*)?$`);
}

export function parseDockerignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split('\n')) {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1).trim();
    line = line.replace(/^\/+/, '').replace(/\/+$/, '');
    if (line === '') continue;
    rules.push({ pattern: line, negate, regex: toRegex(line) });
  }
  return rules;
}

/** Whether `path` (relative to the context, `/`-separated) is left out of the build context. */
export function isIgnored(rules: IgnoreRule[], path: string): boolean {
  let ignored = false;
  for (const rule of rules) if (rule.regex.test(path)) ignored = !rule.negate;
  return ignored;
}
