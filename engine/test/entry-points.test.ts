// The small entry points (package.json "exports" other than ".") must stay dependency-free, so the CLI
// and other light tools that import them never load zod, re2js or the evaluator: every module they reach
// through relative imports imports nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string | { '@ff/source'?: string }>;
};
const entries = Object.entries(pkg.exports)
  .filter(([name, target]) => name !== '.' && typeof target === 'object')
  .map(([name, target]) => [name, (target as { '@ff/source': string })['@ff/source']] as const);

/** Every module `file` reaches by static imports (type-only imports excluded), as paths under src/. */
function reached(file: string): { modules: Set<string>; bare: string[] } {
  const modules = new Set<string>();
  const bare: string[] = [];
  const todo = [file.replace(/^\.\/src\//, '')];
  for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
    if (modules.has(f)) continue;
    modules.add(f);
    const text = readFileSync(new URL(`../src/${f}`, import.meta.url), 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^']+)'/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('./')) todo.push(spec.slice(2));
      else bare.push(`${f} → ${spec}`);
    }
  }
  return { modules, bare };
}

describe('dependency-free entry points', () => {
  it('lists the documented ones', () => {
    expect(entries.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        './operators',
        './canonical-json',
        './openfeature',
        './clause-values',
        './config-equality',
        './references',
        './limits',
      ]),
    );
  });

  it.each(entries)('%s imports no package and not the evaluator', (_name, source) => {
    const { modules, bare } = reached(source);
    expect(bare).toEqual([]);
    for (const heavy of ['schema.ts', 'compile.ts', 'operators.ts', 'evaluate.ts'])
      expect(modules.has(heavy)).toBe(false);
  });
});
