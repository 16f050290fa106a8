// What @ff/sdk-browser adds to a web application's bundle: esbuild bundles a small app the way a user's
// bundler would (ES modules, tree-shaken, minified, target ES2020, react external), once with the core
// client and once with the React bindings too; the React figure is the difference. Sizes are gzipped.
// The budget (issue 13): core ≤ 4 kB, React ≤ 1.5 kB more. Run: npm run bench:browser-size
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGET = { core: 4096, react: 1536 };

const apps = {
  core: `import { createClient } from '@ff/sdk-browser';
const c = createClient({ clientKey: 'ff_cli_x', baseUrl: 'https://flags.example.com' });
c.on('change', () => console.log(c.isEnabled('a'), c.getValue('b', 1), c.getVariant('c'), c.getDetail('d', ''), c.allFlags()));
c.ready().then(() => c.identify({ key: 'u' })); c.track('e', 1);`,
  react: `import { createClient } from '@ff/sdk-browser';
import { FFProvider, useFeatureFlag, useFlag, useVariant, useFlags, useFFClient } from '@ff/sdk-browser/react';
const c = createClient({ clientKey: 'ff_cli_x', baseUrl: 'https://flags.example.com' });
c.on('change', () => console.log(c.isEnabled('a'), c.getValue('b', 1), c.getVariant('c'), c.getDetail('d', ''), c.allFlags()));
c.ready().then(() => c.identify({ key: 'u' })); c.track('e', 1);
export { FFProvider, useFeatureFlag, useFlag, useVariant, useFlags, useFFClient };`,
  // The OpenFeature web provider, a separate entry point; @openfeature/web-sdk is the app's own (a peer).
  openfeature: `import { FfWebProvider } from '@ff/sdk-browser/openfeature';
export const p = new FfWebProvider({ clientKey: 'ff_cli_x', baseUrl: 'https://flags.example.com' });`,
};

async function size(app: string): Promise<{ min: number; gz: number; inputs: string[] }> {
  const out = await build({
    stdin: { contents: app, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: process.env.BENCH_TARGET ?? 'es2020',
    treeShaking: true,
    metafile: true,
    external: ['react', 'react-dom', '@openfeature/web-sdk'],
    // The sources, as the built dist/ would give the same modules (tsc emits one file per source).
    conditions: ['@ff/source'],
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.contents;
  return {
    min: code.length,
    gz: gzipSync(code, { level: 9 }).length,
    inputs: Object.keys(out.metafile.inputs),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(2)} kB`;
const core = await size(apps.core);
const withReact = await size(apps.react);
const react = withReact.gz - core.gz;
console.log(
  `@ff/sdk-browser core:  ${kb(core.gz)} gzipped (${kb(core.min)} minified), budget ${kb(BUDGET.core)}`,
);
console.log(
  `+ @ff/sdk-browser/react: ${kb(react)} gzipped more (${kb(withReact.gz)} together), budget ${kb(BUDGET.react)}`,
);
const withProvider = await size(apps.openfeature);
console.log(
  `@ff/sdk-browser/openfeature: ${kb(withProvider.gz)} gzipped with the core client it wraps ` +
    `(${kb(withProvider.gz - core.gz)} more than the core app; @openfeature/web-sdk not counted)`,
);
console.log(`modules in the core bundle: ${core.inputs.filter((i) => !i.startsWith('<')).join(', ')}`);
const over = [core.gz > BUDGET.core && 'core', react > BUDGET.react && 'react'].filter(Boolean);
if (over.length > 0) console.log(`over budget: ${over.join(', ')}`);
