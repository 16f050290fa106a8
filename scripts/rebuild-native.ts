// postinstall: builds the one native addon in the tree, node-pty (loaded by cdktf-cli, which the CDKTF
// tests run), against the headers of the Node the repository runs on. Its own install script is left out
// of package.json's allowScripts on purpose: npm would build it against the headers the machine's npm is
// configured for (here /usr, Node 20), and an addon built for another Node ABI fails to load under our
// pinned Node 24. The `node` devDependency's platform package ships Node 24's headers: no download.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const addon = '@cdktf/node-pty-prebuilt-multiarch';
const require = createRequire(import.meta.url);

function nodeHeaders(): string | undefined {
  try {
    const node = dirname(require.resolve('node/package.json'));
    const platform = `node-${process.platform}-${process.arch}`;
    const dir = join(node, 'node_modules', platform); // installed by the node package's own postinstall
    return existsSync(join(dir, 'include', 'node', 'node.h')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

const tryResolve = (id: string) => {
  try {
    return require.resolve(id);
  } catch {
    return undefined;
  }
};

// Loading the compiled file itself (not the package, whose loader prints its failures) says whether it
// was built for this Node's ABI.
const loads = () => {
  try {
    require(join(dirname(require.resolve(`${addon}/package.json`)), 'build', 'Release', 'pty.node'));
    return true;
  } catch {
    return false;
  }
};

if (!tryResolve(`${addon}/package.json`)) process.exit(0); // production install: no cdktf-cli
if (loads()) process.exit(0); // built for this Node by an earlier install
const headers = nodeHeaders();
if (!headers) {
  console.warn(
    `postinstall: Node ${process.version} headers not found; ${addon} not rebuilt (the cdktf CLI may not start)`,
  );
  process.exit(0);
}
const run = spawnSync('npm', ['rebuild', addon, `--nodedir=${headers}`], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
if (run.status !== 0) {
  // Not fatal: only `cdktf` (the CLI) needs the addon; everything else installs and runs without it.
  const last = run.stderr.toString().trim().split('\n').at(-1);
  console.warn(`postinstall: rebuilding ${addon} failed (${last}); the cdktf CLI may not start`);
} else if (!loads()) {
  console.warn(`postinstall: ${addon} was rebuilt but does not load; the cdktf CLI may not start`);
}
