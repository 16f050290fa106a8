// A fixture repository for `ff refs` tests: files written to a temporary directory that is a real git
// repository (git decides what is ignored in the comparison tests), optionally committed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function git(root: string, ...args: string[]): string {
  return execFileSync('git', ['-C', root, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'ff test',
      GIT_AUTHOR_EMAIL: 'test@ff.local',
      GIT_COMMITTER_NAME: 'ff test',
      GIT_COMMITTER_EMAIL: 'test@ff.local',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: root,
    },
  });
}

export function makeRepo(
  files: Record<string, string | Buffer>,
  options: { commit?: boolean; remote?: string } = {},
): string {
  const root = mkdtempSync(join(tmpdir(), 'ff-refs-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  git(root, 'init', '-q', '-b', 'main');
  if (options.remote) git(root, 'remote', 'add', 'origin', options.remote);
  if (options.commit) {
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'fixture');
  }
  return root;
}

/** The application a fixture repository holds: references of every kind, and things to skip. */
export const appFiles: Record<string, string | Buffer> = {
  '.gitignore': 'node_modules/\n/build\n*.log\n!keep.log\n',
  'src/checkout.ts': [
    "import { client } from './client';",
    "import { NEW_CHECKOUT } from './ff-flags';",
    '',
    "if (client.isEnabled('new-checkout', ctx)) renderNew();",
    'const flow = client.getValue<string>("checkout-flow", ctx, "classic");',
    'if (client.isEnabled(NEW_CHECKOUT)) log();',
    "const legacy = client.isEnabled('old-banner');",
    '',
  ].join('\n'),
  'src/settings.ts': "export const darkModeKey = 'dark-mode';\nexport const label = 'Dark mode';\n",
  'src/ff-flags.ts': "export const NEW_CHECKOUT = 'new-checkout';\nexport const DARK_MODE = 'dark-mode';\n",
  'src/legacy/.gitignore': 'generated/\n',
  'src/legacy/generated/old.ts': "client.isEnabled('new-checkout');\n",
  'src/legacy/view.hbs': '<div>{{ flag checkout-flow }}</div>\n',
  'build/bundle.js': "isEnabled('new-checkout')\n",
  'node_modules/lib/index.js': "isEnabled('new-checkout')\n",
  'debug.log': "'new-checkout'\n",
  'keep.log': "'checkout-flow'\n",
  'assets/logo.dat': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x27, 0x6e, 0x65, 0x77, 0x27]),
  'assets/big.txt': `'new-checkout'\n${'x'.repeat(2 * 1024 * 1024)}`,
  'README.md': 'Enable `new-checkout` with "new-checkout".\n',
};

/** The flags the fixture's flags.yaml declares (old-banner does not exist). */
export const flagsYaml = [
  'version: 1',
  'project: demo',
  'flags:',
  '  new-checkout: { name: New checkout }',
  '  checkout-flow: { name: Checkout flow }',
  '  dark-mode: { name: Dark mode, archived: true }',
  '  unused-flag: { name: Unused }',
  '',
].join('\n');
