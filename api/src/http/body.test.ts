import { MAX_CONTEXT_DEPTH, MAX_JSON_DEPTH, jsonDepth } from '@ff/engine';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../spec/document.ts';
import { defaultBodyLimits, maxBodyDepth, nestsDeeperThan, routeKind } from './body.ts';

describe('nestsDeeperThan', () => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

  it.each([
    ['a scalar', '1', 0, false],
    ['[] at 0', '[]', 0, true],
    ['[] at 1', '[]', 1, false],
    ['siblings do not add up', '[[],[],{"a":[]}]', 3, false],
    ['the deepest branch counts', '[[],[],{"a":[[]]}]', 3, true],
    ['brackets inside strings do not count', '{"a":"[[[[{{{{"}', 1, false],
    ['an escaped quote does not end the string', '{"a":"\\"[[[[","b":1}', 1, false],
    ['an escaped backslash does end it', '{"a":"\\\\","b":[[1]]}', 2, true],
    ['10,000 levels', deep(10_000), maxBodyDepth, true],
    ['exactly the limit', deep(maxBodyDepth), maxBodyDepth, false],
  ])('%s', (_, text, max, expected) => {
    expect(nestsDeeperThan(text, max)).toBe(expected);
  });

  it("agrees with the engine's jsonDepth on valid JSON", () => {
    const value = { a: [1, { b: [[], '[[', '\\"{'] }], c: { d: { e: null } } };
    const depth = jsonDepth(value, 100);
    expect(depth).toBe(5);
    expect(nestsDeeperThan(JSON.stringify(value), depth)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify(value), depth - 1)).toBe(true);
  });
});

describe('routeKind', () => {
  it.each([
    ['/sdk/v1/events', 'events'],
    ['/SDK/v1/Events/', 'events'],
    ['/sdk/v1/evaluate', 'evaluation'],
    ['/sdk/v1/EVALUATE', 'evaluation'],
    ['/ofrep/v1/evaluate/flags/x', 'evaluation'],
    ['/Ofrep/v1/evaluate/flags', 'evaluation'],
    ['/api/v1/projects/demo/flags', 'management'],
    ['/sdk/v1/config', 'management'],
  ])('%s → %s', (path, kind) => {
    expect(routeKind(path)).toBe(kind);
  });
});

describe('the limits openapi.yaml states', () => {
  const text = (loadDocument().info as { description: string }).description;

  it('are the constants the API and the engine enforce', () => {
    expect(maxBodyDepth).toBeGreaterThan(MAX_CONTEXT_DEPTH);
    expect(text).toContain(`at most ${maxBodyDepth} levels deep`);
    expect(text).toContain(`A context nests at most ${MAX_CONTEXT_DEPTH} levels`);
    expect(text).toContain(`values at most ${MAX_JSON_DEPTH} deep`);
    expect(defaultBodyLimits).toEqual({ management: 1 << 20, evaluation: 64 << 10, events: 1 << 20 });
    expect(text).toContain('A JSON body is at most 1 MiB, or 64 KiB where it is one context');
  });
});
