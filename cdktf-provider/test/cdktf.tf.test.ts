// CDKTF and CDK Terrain: the committed bindings match what the provider's schema generates (the drift
// check), and the example app, synthesized by each runtime's own CLI (`cdktf synth`, `cdktn synth`),
// gives a cdk.tf.json that the real terraform applies against a real API, after which a plan is empty and
// destroy removes everything.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { synth } from '../examples/basic/main.ts';
import { DataFfFlag, DataFfSegment, FfProvider, Flag, FlagEnvironment, Segment } from '../src/index.ts';
import { flavours, generate, listBindings, packageRoot, readSchema } from '../scripts/generate-bindings.ts';
import { reattached, startStack } from './terraform.ts';
import type { Run, Stack } from './terraform.ts';

const exampleDir = join(packageRoot, 'examples', 'basic');
const installed = (runtime: string) =>
  (createRequire(join(packageRoot, 'package.json'))(`${runtime}/package.json`) as { version: string })
    .version;

describe('generated bindings', () => {
  test('src/generated/bindings*, docs/resources.md are what the schema generates (npm run generate:bindings)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ff-bindings-'));
    try {
      const files = await generate(out, readSchema());
      expect(listBindings(packageRoot)).toEqual(listBindings(out));
      for (const f of files) {
        const committed = existsSync(join(packageRoot, f)) ? readFileSync(join(packageRoot, f), 'utf8') : '';
        expect(committed, `${f} is stale: run npm run generate:bindings -w @ff/cdktf-provider`).toBe(
          readFileSync(join(out, f), 'utf8'),
        );
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('the cdktn flavour is the cdktf code with only the runtime import changed', () => {
    const [cdktf, cdktn] = flavours;
    const files = listBindings(packageRoot).filter((f) => f.startsWith(`${cdktf.dir}/`));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const source = readFileSync(join(packageRoot, f), 'utf8');
      const other = readFileSync(join(packageRoot, f.replace(cdktf.dir, cdktn.dir)), 'utf8');
      if (f.endsWith('/index.ts')) expect(other).toBe(source);
      else {
        expect(source).toContain(`import * as cdktf from 'cdktf';`);
        expect(other).toBe(source.replace(`from 'cdktf';`, `from 'cdktn';`));
      }
    }
  });
});

describe('output references', () => {
  // One of each shape: list, set (read through tolist()), single object, nesting of those, a data
  // source's computed list, and a whole nested attribute. Each becomes an output's value.
  const stack = new TerraformStack(Testing.app(), 'refs');
  new FfProvider(stack, 'ff');
  const flag = new Flag(stack, 'f', { project: 'p', key: 'k', name: 'K', kind: 'boolean' });
  const config = new FlagEnvironment(stack, 'fe', { project: 'p', environment: 'e', flag: 'k' });
  const segment = new Segment(stack, 's', { project: 'p', key: 's', name: 'S' });
  const readFlag = new DataFfFlag(stack, 'df', { project: 'p', key: 'k' });
  const readSegment = new DataFfSegment(stack, 'ds', { project: 'p', key: 's' });
  const references: [string, unknown][] = [
    ['${ff_flag.f.variations[0].name}', flag.variations.get(0).name],
    ['${ff_flag.f.variations[1].value}', flag.variations.get(1).value],
    ['${ff_flag_environment.fe.fallthrough.variation}', config.fallthrough.variation],
    [
      '${ff_flag_environment.fe.fallthrough.rollout.weights[1].weight}',
      config.fallthrough.rollout.weights.get(1).weight,
    ],
    [
      '${ff_flag_environment.fe.rules[0].serve.rollout.weights[0].variation}',
      config.rules.get(0).serve.rollout.weights.get(0).variation,
    ],
    ['${ff_flag_environment.fe.rules[2].clauses[1].negate}', config.rules.get(2).clauses.get(1).negate],
    ['${ff_flag_environment.fe.rules[0].clauses[0].values}', config.rules.get(0).clauses.get(0).values],
    ['${tolist(ff_flag_environment.fe.prerequisites).0.flag}', config.prerequisites.get(0).flag],
    ['${tolist(tolist(ff_flag_environment.fe.targets).1.values)}', config.targets.get(1).values],
    ['${ff_segment.s.rules[0].clauses[0].attribute}', segment.rules.get(0).clauses.get(0).attribute],
    ['${data.ff_flag.df.variations[0].value}', readFlag.variations.get(0).value],
    ['${data.ff_segment.ds.rules[1].clauses[0].op}', readSegment.rules.get(1).clauses.get(0).op],
    ['${ff_flag_environment.fe.fallthrough}', config.fallthrough],
    ['${ff_flag.f.variations}', flag.variations],
  ];
  references.forEach(([, value], i) => new TerraformOutput(stack, `ref${i}`, { value }));
  const outputs = (JSON.parse(Testing.synth(stack)) as { output: Record<string, { value: unknown }> }).output;

  test.each(references.map(([expected], i) => ({ expected, i })))(
    'synthesizes as $expected',
    ({ expected, i }) => {
      expect(outputs[`ref${i}`]!.value).toBe(expected);
    },
  );
});

/** A CLI as npm scripts find it: the package's node_modules/.bin, then the workspace root's. */
function bin(name: string): string {
  const found = [packageRoot, dirname(packageRoot)]
    .map((d) => join(d, 'node_modules', '.bin', name))
    .find((p) => existsSync(p));
  if (!found) throw new Error(`${name} is not installed (npm install)`);
  return found;
}

/** `<cli> synth --output <outdir>` in `appDir` (its cdktf.json runs `node main.ts`). */
function cliSynth(cli: string, appDir: string, outdir: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      bin(cli),
      ['synth', '--output', outdir],
      {
        cwd: appDir,
        env: {
          ...process.env,
          // The app command is `node main.ts`: the Node running this test (24, for type stripping) goes first.
          PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
          CHECKPOINT_DISABLE: '1',
          CI: '1',
        },
        timeout: 120_000,
      },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** cdk.tf.json without the runtime's version, which is all that tells cdktf's output from cdktn's. */
function withoutVersion(json: { '//': { metadata: { version?: string } } }) {
  const copy = structuredClone(json);
  delete copy['//'].metadata.version;
  return copy;
}

interface Runtime {
  cli: 'cdktf' | 'cdktn';
  /** The folder with main.ts and cdktf.json to synthesize in; and what to remove afterwards. */
  app(): { dir: string; cleanup(): void };
}

const runtimes: Runtime[] = [
  {
    cli: 'cdktf',
    app: () => ({ dir: exampleDir, cleanup: () => {} }),
  },
  {
    cli: 'cdktn',
    // The same example, ported by changing only its imports. The copy lives inside the package so that
    // module resolution finds cdktn (installed under cdktf-provider/node_modules) and the workspace's
    // @ff/cdktf-provider; .gitignore names the folder.
    app: () => {
      const main = readFileSync(join(exampleDir, 'main.ts'), 'utf8')
        .replaceAll(`from 'cdktf';`, `from 'cdktn';`)
        .replaceAll(`from '@ff/cdktf-provider';`, `from '@ff/cdktf-provider/cdktn';`);
      expect(main).not.toMatch(/from 'cdktf'|from '@ff\/cdktf-provider'/);
      const dir = mkdtempSync(join(packageRoot, '.cdktn-example-'));
      writeFileSync(join(dir, 'main.ts'), main);
      copyFileSync(join(exampleDir, 'cdktf.json'), join(dir, 'cdktf.json'));
      return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];

describe.each(runtimes)('examples/basic with $cli synth', (runtime) => {
  let s: Stack;
  let outdir: string;
  let stackDir: string;
  let cleanup = () => {};
  const tf = (...args: string[]) => reattached(stackDir, s.env, [args[0]!, '-no-color', ...args.slice(1)]);
  const ok = async (...args: string[]) => {
    const run = await tf(...args);
    if (run.code !== 0)
      throw new Error(`terraform ${args.join(' ')} exited ${run.code}\n${run.stdout}\n${run.stderr}`);
    return run;
  };

  beforeAll(async () => {
    outdir = mkdtempSync(join(tmpdir(), `ff-${runtime.cli}-`));
    const app = runtime.app();
    cleanup = app.cleanup;
    const [run, started] = await Promise.all([
      cliSynth(runtime.cli, app.dir, join(outdir, 'out')),
      startStack(),
    ]);
    s = started;
    if (run.code !== 0)
      throw new Error(`${runtime.cli} synth exited ${run.code}\n${run.stdout}\n${run.stderr}`);
    stackDir = join(outdir, 'out', 'stacks', 'shop');
  });
  afterAll(async () => {
    await s?.close();
    cleanup();
    if (outdir) rmSync(outdir, { recursive: true, force: true });
  });

  test(`${runtime.cli} synth writes the stack for ff/ff, as app.synth() of the cdktf example does`, () => {
    const json = JSON.parse(readFileSync(join(stackDir, 'cdk.tf.json'), 'utf8'));
    // The runtime that synthesized it (the port really runs on cdktn).
    expect(json['//'].metadata.version).toBe(installed(runtime.cli));
    expect(json.terraform.required_providers.ff).toEqual({ source: 'ff/ff' });
    expect(json.terraform.backend).toBeUndefined();
    expect(Object.keys(json.resource).sort()).toEqual([
      'ff_environment',
      'ff_flag',
      'ff_flag_environment',
      'ff_project',
      'ff_segment',
    ]);
    expect(json.resource.ff_flag_environment.checkout_production.fallthrough.rollout.weights).toEqual([
      { variation: 0, weight: 10000 },
      { variation: 1, weight: 90000 },
    ]);
    // Output references into nested attributes (checked for resolving in the apply test below).
    expect(json.output.checkout_first_variation.value).toBe('${ff_flag.checkout.variations[0].name}');
    expect(json.output.production_rollout_on_weight.value).toBe(
      '${ff_flag_environment.checkout_production.fallthrough.rollout.weights[0].weight}',
    );
    expect(json.output.checkout_first_value.value).toBe(
      '${data.ff_flag.checkout_served.variations[0].value}',
    );

    const reference = join(outdir, 'app-synth');
    const cdktfJson = JSON.parse(readFileSync(join(synth(reference), 'cdk.tf.json'), 'utf8'));
    expect(withoutVersion(json)).toEqual(withoutVersion(cdktfJson));
  });

  test('terraform apply creates what the API then shows; a second plan is empty; destroy removes it', async () => {
    // No `terraform init`: with dev_overrides it is not needed (the example drops the backend block).
    await ok('apply', '-auto-approve');
    const config = (env: string) => `/api/v1/projects/shop/flags/new-checkout/environments/${env}`;

    const flag = await s.fx.call('owner', 'GET', '/api/v1/projects/shop/flags/new-checkout');
    expect(flag.status).toBe(200);
    expect(flag.body).toMatchObject({ key: 'new-checkout', name: 'New checkout', kind: 'boolean' });
    expect([...flag.body.tags].sort()).toEqual(['checkout', 'web']);

    const prod = await s.fx.call('owner', 'GET', config('production'));
    expect(prod.body.on).toBe(true);
    expect(prod.body.fallthrough.rollout.weights).toEqual([
      { variation: 0, weight: 10000 },
      { variation: 1, weight: 90000 },
    ]);
    expect(prod.body.rules).toHaveLength(1);
    expect(prod.body.rules[0].clauses[0]).toMatchObject({ op: 'segmentMatch', values: ['internal-users'] });
    const staging = await s.fx.call('owner', 'GET', config('staging'));
    expect(staging.body).toMatchObject({ on: true, fallthrough: { variation: 0 } });
    const segment = await s.fx.call('owner', 'GET', '/api/v1/projects/shop/segments/internal-users');
    expect(segment.body).toMatchObject({ key: 'internal-users', includedCount: 2 });

    // What the references in the example's outputs resolve to, after the apply.
    const outputs = JSON.parse((await ok('output', '-json')).stdout);
    expect(outputs.checkout_flag_id.value).toBe('shop/new-checkout');
    expect(outputs.checkout_first_variation.value).toBe(flag.body.variations[0].name);
    expect(outputs.checkout_first_variation.value).toBe('on');
    expect(outputs.production_rollout_on_weight.value).toBe(prod.body.fallthrough.rollout.weights[0].weight);
    expect(outputs.checkout_first_value.value).toBe('true');

    const plan = await ok('plan', '-detailed-exitcode');
    expect(plan.stdout).toContain('No changes.');

    await ok('destroy', '-auto-approve');
    expect((await s.fx.call('owner', 'GET', '/api/v1/projects/shop')).status).toBe(404);
  });
});
