// oclif.manifest.json is what lets `ff` load only the invoked command; a command missing from it is
// invisible. This fails when a command was added, removed or changed without `npm run manifest -w @ff/cli`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRoot } from './harness.ts';

function commandIds(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return commandIds(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) return [];
    const id = relative(join(cliRoot, 'src/commands'), path).replace(/\.ts$/, '').split(/[\\/]/);
    if (id.at(-1) === 'index') id.pop();
    return [id.join(':')];
  });
}

describe('oclif manifest', () => {
  it('lists exactly the commands on disk', () => {
    const manifest = JSON.parse(readFileSync(join(cliRoot, 'oclif.manifest.json'), 'utf8')) as {
      commands: object;
    };
    expect(Object.keys(manifest.commands).sort()).toEqual(commandIds(join(cliRoot, 'src/commands')).sort());
  });
});
