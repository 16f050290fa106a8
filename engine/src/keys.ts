// The rule for flag, segment, project and environment keys, in one place: the pattern every validator
// uses, and the words that say what is wrong with a key that breaks it. Dependency-free.

/** Flag and segment keys: lowercase letters, digits, `.`, `_`, `-`; starts with a letter or digit; 1 to 128 characters. */
export const KEY_PATTERN = /^[a-z0-9][a-z0-9._-]{0,127}$/;

/** `KEY_PATTERN` without its anchors, to find keys inside a larger text (code references, lists). */
export const KEY_SHAPE = KEY_PATTERN.source.slice(1, -1);

/** The key rule in words, for messages: what `KEY_PATTERN` allows. */
export const KEY_RULE =
  'a key is 1 to 128 lowercase letters, digits, ".", "_" and "-", and starts with a letter or digit';

const allowed = /[a-z0-9._-]/;

/**
 * What is wrong with `key` in words (`contains "B", " "`, `starts with "-"`, `is 130 characters long`),
 * or `undefined` when it is a valid key.
 */
export function keyProblem(key: string): string | undefined {
  if (KEY_PATTERN.test(key)) return undefined;
  if (key.length === 0) return 'is empty';
  const chars = [...key];
  const bad = [...new Set(chars.filter((c) => !allowed.test(c)))];
  const problems: string[] = [];
  if (bad.length > 0) {
    const upper = bad.some((c) => c !== c.toLowerCase());
    const shown = bad.slice(0, 5).map((c) => JSON.stringify(c));
    problems.push(
      `contains ${shown.join(', ')}${bad.length > 5 ? ' and more' : ''}${upper ? ' (keys are lowercase)' : ''}`,
    );
  } else if (!/^[a-z0-9]/.test(key)) {
    problems.push(`starts with ${JSON.stringify(chars[0])}`);
  }
  if (chars.length > 128) problems.push(`is ${chars.length} characters long`);
  return problems.join(' and ');
}
