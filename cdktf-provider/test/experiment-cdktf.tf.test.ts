// The generated CDKTF bindings of ff_experiment and ff_metric: a stack synthesizes to the provider's
// snake_case attributes with references between them, and the real terraform validates the JSON.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { afterAll, describe, expect, test } from 'vitest';
import { DataFfExperiment, Experiment, FfProvider, Metric } from '../src/index.ts';
import { cliConfig, terraform } from './terraform.ts';

const dir = mkdtempSync(join(tmpdir(), 'ff-tf-experiment-cdktf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CDKTF: Experiment and Metric', { timeout: 600_000 }, () => {
  const stack = new TerraformStack(Testing.app(), 'experiments');
  new FfProvider(stack, 'ff', { apiUrl: 'http://127.0.0.1:1', token: 'ff_svc_x' });
  const purchase = new Metric(stack, 'purchase', {
    project: 'shop',
    key: 'purchase',
    name: 'Purchase',
    kind: 'binomial',
    event: 'purchase',
    windowHours: 72,
  });
  const experiment = new Experiment(stack, 'checkout', {
    project: 'shop',
    environment: 'production',
    key: 'checkout-redesign',
    name: 'Checkout redesign',
    variants: [
      { key: 'control', weight: 50 },
      { key: 'upfront-fees', weight: 50 },
    ],
    populationSegment: 'beta-testers',
    primaryMetric: purchase.key,
    status: 'stopped',
    winner: 'upfront-fees',
    rollOutWinner: true,
  });
  const read = new DataFfExperiment(stack, 'read', { project: 'shop', key: experiment.key });
  new TerraformOutput(stack, 'second_variant', { value: experiment.variants.get(1).key });
  new TerraformOutput(stack, 'status', { value: read.status });
  new TerraformOutput(stack, 'started', { value: experiment.startedAt });
  const json = JSON.parse(Testing.synth(stack)) as {
    resource: Record<string, Record<string, Record<string, unknown>>>;
    output: Record<string, { value: unknown }>;
  };

  test('synthesizes snake_case attributes and references', () => {
    expect(json.resource.ff_experiment!.checkout).toMatchObject({
      project: 'shop',
      environment: 'production',
      key: 'checkout-redesign',
      population_segment: 'beta-testers',
      primary_metric: '${ff_metric.purchase.key}',
      status: 'stopped',
      winner: 'upfront-fees',
      roll_out_winner: true,
      variants: [
        { key: 'control', weight: 50 },
        { key: 'upfront-fees', weight: 50 },
      ],
    });
    expect(json.resource.ff_metric!.purchase).toMatchObject({ window_hours: 72, kind: 'binomial' });
    expect(json.output.second_variant!.value).toBe('${ff_experiment.checkout.variants[1].key}');
    expect(json.output.status!.value).toBe('${data.ff_experiment.read.status}');
    expect(json.output.started!.value).toBe('${ff_experiment.checkout.started_at}');
  });

  test('terraform validate accepts the synthesized JSON', async () => {
    writeFileSync(
      join(dir, 'cdk.tf.json'),
      JSON.stringify({ ...json, terraform: { required_providers: { ff: { source: 'ff/ff' } } } }),
    );
    const run = await terraform(dir, { TF_CLI_CONFIG_FILE: cliConfig(dir) }, ['validate', '-no-color']);
    expect(run.stdout + run.stderr).toContain('The configuration is valid');
    expect(run.code).toBe(0);
  });
});
