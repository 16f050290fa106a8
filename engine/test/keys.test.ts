import { describe, expect, it } from 'vitest';
import { KEY_PATTERN, keyProblem } from '../src/keys.ts';

describe('keyProblem', () => {
  it.each([
    ['new-checkout', undefined],
    ['a', undefined],
    ['0.9_beta-2', undefined],
    ['x'.repeat(128), undefined],
    ['', 'is empty'],
    ['Bad_Key', 'contains "B", "K" (keys are lowercase)'],
    ['my flag', 'contains " "'],
    ['-dash', 'starts with "-"'],
    ['.dot', 'starts with "."'],
    ['x'.repeat(129), 'is 129 characters long'],
    ['ÄÖ', 'contains "Ä", "Ö" (keys are lowercase)'],
    ['a!b@c#d$e%f^', 'contains "!", "@", "#", "$", "%" and more'],
  ])('%j → %s', (key, problem) => {
    expect(keyProblem(key)).toBe(problem);
    // The words agree with the pattern: a problem exactly when the pattern refuses the key.
    expect(keyProblem(key) === undefined).toBe(KEY_PATTERN.test(key));
  });
});
