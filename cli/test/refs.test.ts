// `ff refs` without a server: the gitignore subset checked against git itself on a fixture tree, the
// matcher's kinds of reference, and the command on a fixture repository (offline, --keys-from),
// including .gitignore at several levels, binary and large files, the codegen file, and --check.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIgnored, parseGitignore } from '../src/refs/gitignore.ts';
import { createMatcher, PatternError } from '../src/refs/matcher.ts';
import { scanTree } from '../src/refs/run.ts';
import { walk } from '../src/refs/scan.ts';
import { ff, tempConfigDir } from './harness.ts';
import { appFiles, flagsYaml, git, makeRepo } from './refs-fixture.ts';

describe('the gitignore subset agrees with git', { timeout: 60_000 }, () => {
  // Every rule the module documents, at several levels; git says which files are not ignored.
  const files: Record<string, string> = {
    '.gitignore': [
      '# a comment',
      '',
      '*.log',
      '!important.log',
      '/root-only.txt',
      'build/',
      'docs/**/draft-*.md',
      '**/cache',
      'tmp/**',
      'data[0-9].csv',
      'file?.txt',
      '\\#hash.txt',
      'spaced.txt   ',
      'vendor',
      '',
    ].join('\n'),
    'a.log': '',
    'important.log': '',
    'root-only.txt': '',
    'sub/root-only.txt': '',
    'build/out.js': '',
    'src/build/out.js': '',
    'src/build.js': '',
    'docs/draft-1.md': '',
    'docs/guide/draft-2.md': '',
    'docs/guide/final.md': '',
    'a/b/cache/x.js': '',
    'cache/y.js': '',
    'tmp/one/two.js': '',
    'data1.csv': '',
    'data10.csv': '',
    'filea.txt': '',
    'fileab.txt': '',
    '#hash.txt': '',
    'spaced.txt': '',
    'vendor/lib.js': '',
    'src/vendor/lib.js': '',
    'pkg/.gitignore': ['*.gen.ts', '!keep.gen.ts', '/local/', 'nested/deep/*.txt', ''].join('\n'),
    'pkg/a.gen.ts': '',
    'pkg/keep.gen.ts': '',
    'pkg/local/x.ts': '',
    'pkg/sub/local/x.ts': '',
    'pkg/nested/deep/a.txt': '',
    'pkg/nested/deep/more/a.txt': '',
    'pkg/deeper/.gitignore': '!*.log\n',
    'pkg/deeper/re-included.log': '',
    'other/a.gen.ts': '',
    'src/app.ts': '',
  };

  it('keeps exactly the files `git ls-files --others --exclude-standard` lists', () => {
    const root = makeRepo(files);
    const expected = git(root, 'ls-files', '--others', '--exclude-standard')
      .split('\n')
      .filter(Boolean)
      .sort();
    expect(expected.length).toBeGreaterThan(10);
    expect(walk(root).files.sort()).toEqual(expected);
  });

  it('parses the documented line forms', () => {
    const rules = parseGitignore('# c\n\n!keep\nbuild/\n/top\n\\!bang\n', '');
    expect(rules.map((r) => [r.negate, r.dirOnly, r.anchored])).toEqual([
      [true, false, false],
      [false, true, false],
      [false, false, true],
      [false, false, false],
    ]);
    expect(isIgnored(rules, '!bang', false)).toBe(true);
    expect(isIgnored(rules, 'build', false)).toBe(false);
    expect(isIgnored(rules, 'x/build', true)).toBe(true);
    expect(isIgnored(rules, 'x/top', false)).toBe(false);
  });
});

describe('matcher', () => {
  const keys = ['new-checkout', 'checkout-flow', 'dark-mode'];

  it('finds quoted keys, codegen constants, aliases, SDK calls (known or not) and patterns, by line', () => {
    const m = createMatcher({
      keys,
      aliases: { 'dark-mode': ['darkModeOn'] },
      patterns: [String.raw`\{\{ *flag (?<key>[a-z0-9._-]+) *\}\}`],
    });
    const text = [
      "client.isEnabled('new-checkout')", // 1: call
      'const a = "checkout-flow"; const b = `dark-mode`;', // 2: two literals
      'if (NEW_CHECKOUT && darkModeOn) {}', // 3: constant, alias
      "getValue<number>('gone-flag', ctx)", // 4: call to an unknown key
      "const s = 'not-a-flag'; const T = 'New-Checkout';", // 5: nothing
      '{{ flag checkout-flow }}', // 6: pattern
      "'new-checkout' + 'new-checkout'", // 7: once per line
    ].join('\n');
    expect(m.find(text)).toEqual([
      { key: 'new-checkout', line: 1, kind: 'call' },
      { key: 'checkout-flow', line: 2, kind: 'literal' },
      { key: 'dark-mode', line: 2, kind: 'literal' },
      { key: 'dark-mode', line: 3, kind: 'alias' },
      { key: 'new-checkout', line: 3, kind: 'alias' },
      { key: 'gone-flag', line: 4, kind: 'call' },
      { key: 'checkout-flow', line: 6, kind: 'pattern' },
      { key: 'new-checkout', line: 7, kind: 'literal' },
    ]);
  });

  it('can leave codegen constants and SDK calls out', () => {
    const m = createMatcher({ keys, codegenConstants: false, calls: [] });
    expect(m.find("NEW_CHECKOUT; isEnabled('gone')")).toEqual([]);
  });

  it('refuses a pattern without a capture group, an invalid regex and a non-identifier alias', () => {
    expect(() => createMatcher({ keys, patterns: ['flag\\(:[a-z]+\\)'] })).toThrow(PatternError);
    expect(() => createMatcher({ keys, patterns: ['(unclosed'] })).toThrow(PatternError);
    expect(() => createMatcher({ keys, aliases: { 'dark-mode': ['dark mode'] } })).toThrow(PatternError);
  });
});

// Each test starts the command in process; on a busy machine that takes seconds, not milliseconds.
describe('ff refs on a fixture repository (offline)', { timeout: 120_000 }, () => {
  const root = makeRepo(appFiles);
  const flagsFile = join(root, 'flags.yaml');
  writeFileSync(flagsFile, flagsYaml);
  writeFileSync(
    join(root, 'ff.config.json'),
    JSON.stringify({ project: 'demo', refs: { patterns: [String.raw`\{\{ *flag ([a-z0-9._-]+) *\}\}`] } }),
  );
  const env = { FF_CONFIG_DIR: tempConfigDir() };

  it('reports file:line per flag, honouring the .gitignore files and skipping binary, large and generated files', async () => {
    const r = await ff(['refs', root, '--keys-from', flagsFile, '--json'], env);
    expect(r.code).toBe(0);
    const byKey = Object.fromEntries(
      (r.json.flags as { key: string; status: string; locations: { path: string; line: number }[] }[]).map(
        (f) => [f.key, { status: f.status, at: f.locations.map((l) => `${l.path}:${l.line}`) }],
      ),
    );
    expect(byKey).toEqual({
      'new-checkout': {
        status: 'live',
        at: ['README.md:1', 'src/checkout.ts:2', 'src/checkout.ts:4', 'src/checkout.ts:6'],
      },
      'checkout-flow': { status: 'live', at: ['keep.log:1', 'src/checkout.ts:5', 'src/legacy/view.hbs:1'] },
      'dark-mode': { status: 'archived', at: ['src/settings.ts:1'] },
      'old-banner': { status: 'unknown', at: ['src/checkout.ts:7'] },
    });
    expect(r.json.files.skipped).toBe(2); // assets/logo.dat (binary), assets/big.txt (over 1 MiB)
    expect(r.json.repository).toBe(root.split('/').pop());
  });

  it('prints a table with the locations', async () => {
    const r = await ff(['refs', root, '--keys-from', flagsFile, '--locations', '1'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^FLAG\s+STATUS\s+REFS\s+LOCATIONS$/m);
    expect(r.stdout).toMatch(/^new-checkout\s+live\s+4\s+README\.md:1 \(\+3\)$/m);
  });

  it('--check exits 1 naming the archived and unknown flags, and 0 when there are none', async () => {
    const r = await ff(['refs', root, '--keys-from', flagsFile, '--check'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('code references 2 archived or unknown flags');
    expect(r.stderr).toMatch(/dark-mode \(archived\): src\/settings\.ts:1/);
    expect(r.stderr).toMatch(/old-banner \(no such flag\): src\/checkout\.ts:7/);
    const clean = makeRepo({ 'a.ts': "isEnabled('new-checkout')\n" });
    expect((await ff(['refs', clean, '--keys-from', flagsFile, '--check'], env)).code).toBe(0);
  });

  it('refuses a bad flags file and a bad pattern with one line, exit 2', async () => {
    writeFileSync(join(root, 'bad.yaml'), 'version: 1\n');
    const bad = await ff(['refs', root, '--keys-from', join(root, 'bad.yaml')], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no "flags"');
    // ff.config is looked up from the scanned directory upwards.
    const other = makeRepo({ 'ff.config.json': JSON.stringify({ refs: { patterns: ['(oops'] } }) });
    const r = await ff(['refs', other, '--keys-from', flagsFile], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refs.patterns');
  });

  it('gives the same result with worker threads as in process', async () => {
    const known = new Map([
      ['new-checkout', { archived: false }],
      ['checkout-flow', { archived: false }],
      ['dark-mode', { archived: true }],
    ]);
    const inProcess = await scanTree(root, { known, workers: 0 });
    const threaded = await scanTree(root, { known, workers: 3 });
    expect(threaded.flags).toEqual(inProcess.flags);
    expect(threaded.files).toEqual(inProcess.files);
  }, 120_000);
});
