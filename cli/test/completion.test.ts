// What Tab offers, computed from the real command table (oclif.manifest.json), without a shell.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { complete, completionScript } from '../src/completion.ts';
import type { CompletableCommand } from '../src/completion.ts';

const manifest = JSON.parse(readFileSync(new URL('../oclif.manifest.json', import.meta.url), 'utf8')) as {
  commands: Record<string, CompletableCommand>;
};
const commands = Object.values(manifest.commands);
const words = (...w: string[]) => complete(commands, w);

describe('complete', () => {
  it('offers command words, never hidden commands', () => {
    const top = words('');
    expect(top).toMatchObject({ words: expect.arrayContaining(['flags', 'segments', 'envs', 'completion']) });
    expect((top as { words: string[] }).words).not.toContain('__complete');
    expect(words('fl')).toEqual({ words: ['flags'] });
    expect(words('flags', 'o')).toEqual({ words: ['off', 'on'] });
    expect(words('flags', 'rule', '')).toEqual({ words: ['add', 'list', 'move', 'remove'] });
  });

  it.each([
    [['flags', 'on', ''], { keys: 'flag', prefix: '' }],
    [['flags', 'on', 'new'], { keys: 'flag', prefix: 'new' }],
    [['flags', 'rule', 'move', 'new-checkout', ''], { words: [] }],
    [['flags', 'on', '-p', 'demo', 'ne'], { keys: 'flag', prefix: 'ne' }],
    [['flags', 'on', 'new-checkout', '-e', ''], { keys: 'env', prefix: '' }],
    [['flags', 'on', 'new-checkout', '--env', 'st'], { keys: 'env', prefix: 'st' }],
    [['flags', 'copy', 'new-checkout', '--from', ''], { keys: 'env', prefix: '' }],
    [['flags', 'list', '-p', ''], { keys: 'project', prefix: '' }],
    [['flags', 'list', '--profile', ''], { keys: 'profile', prefix: '' }],
    [['eval', ''], { keys: 'flag', prefix: '' }],
    [['audit', '--flag', 'x'], { keys: 'flag', prefix: 'x' }],
    [['segments', 'get', ''], { keys: 'segment', prefix: '' }],
    [['segments', 'members', 'add', 'b'], { keys: 'segment', prefix: 'b' }],
    [['envs', 'protect', ''], { keys: 'env', prefix: '' }],
    [['envs', 'clone', ''], { keys: 'env', prefix: '' }],
    [['envs', 'clone', 'staging', ''], { words: [] }],
    [['projects', 'get', ''], { keys: 'project', prefix: '' }],
    [['flags', 'create', ''], { words: [] }],
    [['flags', 'create', 'x', '--kind', 's'], { words: ['string'] }],
    [['config', 'get', ''], { words: ['apiUrl', 'project', 'env'] }],
  ])('%j → %j', (line, expected) => {
    expect(complete(commands, line)).toEqual(expected);
  });

  it('offers a command’s flags after a dash', () => {
    const { words: flags } = words('flags', 'on', 'new-checkout', '--') as { words: string[] };
    expect(flags).toEqual(expect.arrayContaining(['--yes', '--comment', '--env', '--project']));
    expect(words('flags', 'on', '-')).toMatchObject({ words: expect.arrayContaining(['-e', '-m', '-y']) });
  });
});

describe('completionScript', () => {
  it('bash: asks `ff __complete` with the words up to the cursor, files when it offers nothing', () => {
    const script = completionScript('bash', 'ff');
    expect(script).toContain('ff __complete -- "${COMP_WORDS[@]:1:COMP_CWORD}"');
    expect(script).toContain('complete -o default -F _ff_complete ff');
  });

  it('zsh: the same through compadd', () => {
    const script = completionScript('zsh', 'ff');
    expect(script.split('\n')[0]).toBe('#compdef ff');
    expect(script).toContain('ff __complete -- "${(@)words[2,CURRENT]}"');
    expect(script).toContain('compdef _ff ff');
  });
});
