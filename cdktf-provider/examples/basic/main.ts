// The seeds' journeys with CDKTF: a project with staging and production, a segment of internal users, and
// a flag served to everyone in staging and to internal users + 10% in production.
//   cdktf synth --output <outdir>          in examples/basic (cdktf.json runs `node main.ts`), or
//   node examples/basic/main.ts [outdir]   both write <outdir>/stacks/shop/cdk.tf.json (default: cdktf.out)
// then `terraform apply` in that folder (with dev_overrides for ff/ff; FF_API_URL and FF_TOKEN set).
// For CDK Terrain, import from 'cdktn' and '@ff/cdktf-provider/cdktn' instead and run `cdktn synth`: nothing
// else changes (test/cdktf.tf.test.ts ports this file that way and applies both).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import {
  DataFfFlag,
  Environment,
  FfProvider,
  Flag,
  FlagEnvironment,
  Project,
  Segment,
} from '@ff/cdktf-provider';

export class ShopStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // No backend block: cdktf writes one by default (local, at an absolute path under the directory synth
    // ran in), and a backend block makes terraform require `terraform init`, which with dev_overrides still
    // looks ff/ff up in the registry and fails. Without it the state is terraform.tfstate next to
    // cdk.tf.json and no init is needed. (With a filesystem mirror or a registry, keep a backend.)
    this.addOverride('terraform.backend', undefined);
    new FfProvider(this, 'ff', {}); // api_url and token from FF_API_URL / FF_TOKEN

    const shop = new Project(this, 'shop', { key: 'shop', name: 'Shop' });
    const staging = new Environment(this, 'staging', { project: shop.key, key: 'staging', name: 'Staging' });
    const production = new Environment(this, 'production', {
      project: shop.key,
      key: 'production',
      name: 'Production',
      protected: true,
    });

    const internal = new Segment(this, 'internal', {
      project: shop.key,
      key: 'internal-users',
      name: 'Internal users',
      included: ['alice', 'bob'],
      rules: [{ clauses: [{ attribute: 'emailDomain', op: 'in', values: ['shop.example'] }] }],
    });

    const checkout = new Flag(this, 'checkout', {
      project: shop.key,
      key: 'new-checkout',
      name: 'New checkout',
      kind: 'boolean', // variations: 0 = on (true), 1 = off (false)
      tags: ['web', 'checkout'],
    });

    new FlagEnvironment(this, 'checkout_staging', {
      project: shop.key,
      environment: staging.key,
      flag: checkout.key,
      on: true,
      fallthrough: { variation: 0 },
    });

    const checkoutProduction = new FlagEnvironment(this, 'checkout_production', {
      project: shop.key,
      environment: production.key,
      flag: checkout.key,
      on: true,
      rules: [
        {
          id: 'internal',
          clauses: [{ attribute: 'key', op: 'segmentMatch', values: [internal.key] }],
          serve: { variation: 0 },
        },
      ],
      fallthrough: {
        rollout: {
          weights: [
            { variation: 0, weight: 10_000 }, // 10%
            { variation: 1, weight: 90_000 },
          ],
        },
      },
    });

    new TerraformOutput(this, 'checkout_flag_id', { value: checkout.id });
    // Nested attributes are typed references: `.get(i)` for an element of a list, a getter per field.
    new TerraformOutput(this, 'checkout_first_variation', { value: checkout.variations.get(0).name });
    new TerraformOutput(this, 'production_rollout_on_weight', {
      value: checkoutProduction.fallthrough.rollout.weights.get(0).weight,
    });
    // The flag as ff serves it, read back (dependsOn: read after the flag is written, not at plan).
    const served = new DataFfFlag(this, 'checkout_served', {
      project: shop.key,
      key: checkout.key,
      dependsOn: [checkout],
    });
    new TerraformOutput(this, 'checkout_first_value', { value: served.variations.get(0).value });
  }
}

/** Synthesizes the app into `outdir`; returns the folder holding the stack's cdk.tf.json. */
export function synth(outdir?: string): string {
  const app = new App(outdir ? { outdir } : {}); // without one: CDKTF_OUTDIR (set by `cdktf synth`) or cdktf.out
  new ShopStack(app, 'shop');
  app.synth();
  return resolve(app.outdir, 'stacks', 'shop');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(synth(process.argv[2] && resolve(process.argv[2])));
}
