// What an experiment writes into its flag's configuration in its environment, as pure functions of the
// current configuration: while it runs, the experiment's split (a rollout with its salt) serves its
// population; paused or stopped, control (or the winner) does. Everything else the configuration says
// (targets, other rules, prerequisites, the off variation) stays as it is.
import { definitionChange, experimentRollout } from '@ff/engine';
import type { ReachDefinition } from '@ff/engine';
import { configFieldsThatDiffer } from '@ff/engine/config-equality';
import type { Knex } from 'knex';
import type { StoredConfig } from '../flag-configs/store.ts';
import { ExperimentStateError } from './lifecycle.ts';
import type { ExperimentRow } from './view.ts';
import { splitOf } from './view.ts';

/** The id of the rule an experiment with a segment population adds to its flag. */
export function experimentRuleId(key: string): string {
  return `experiment:${key}`;
}

function withoutExperimentRule(config: StoredConfig, key: string): StoredConfig['rules'] {
  return config.rules.filter((r) => r.id !== experimentRuleId(key));
}

/** The configuration that runs the experiment: on, its population served the split. */
export function runningConfig(config: StoredConfig, experiment: ExperimentRow): StoredConfig {
  const rollout = experimentRollout(splitOf(experiment));
  const rules = withoutExperimentRule(config, experiment.key);
  const segment = experiment.population?.segment;
  if (segment === undefined) return { ...config, on: true, rules, fallthrough: { rollout } };
  return {
    ...config,
    on: true,
    rules: [
      ...rules,
      {
        id: experimentRuleId(experiment.key),
        description: `Experiment ${experiment.key}: the members of ${segment}`,
        clauses: [{ attribute: 'key', op: 'segmentMatch', values: [segment] }],
        serve: { rollout },
      },
    ],
    fallthrough: { variation: 0 },
  };
}

/** The configuration that serves one variant (control when paused or stopped, or the winner) to all. */
export function servingConfig(
  config: StoredConfig,
  experiment: ExperimentRow,
  variation: number,
): StoredConfig {
  return { ...config, rules: withoutExperimentRule(config, experiment.key), fallthrough: { variation } };
}

/**
 * The fields `next` changes in `current` other than the kill switch (`on`), the one change to a running
 * experiment's flag configuration that is allowed, since turning a misbehaving experiment off must
 * always work.
 */
export function frozenFieldsChanged(current: StoredConfig, next: StoredConfig): string[] {
  return configFieldsThatDiffer(current, next).filter((f) => f !== 'on');
}

/**
 * 409 when `next` would change what a running experiment's flag serves in that environment, other than
 * the kill switch: the variants, weights and targeting that feed the experiment are frozen while it runs
 * (pausing or stopping the experiment releases them). Called by every flag-configuration write.
 */
export async function guardRunningExperiment(
  db: Knex,
  flagId: string,
  environmentId: string,
  current: StoredConfig,
  next: StoredConfig,
): Promise<void> {
  const running = (await db('experiments')
    .where({ flag_id: flagId, environment_id: environmentId, status: 'running' })
    .first('key')) as { key: string } | undefined;
  if (!running) return;
  const changed = frozenFieldsChanged(current, next);
  if (changed.length === 0) return;
  throw new ExperimentStateError(
    `Experiment "${running.key}" is running on this flag here: its ${changed.join(', ')} cannot change while it runs (turning the flag off still works). Pause or stop the experiment first.`,
    'experiment-frozen',
  );
}

/**
 * 409 when a change of the flag's definition would alter the variations a running experiment splits
 * between (in any environment): a variation's value or name (the engine's definitionChange: what the
 * environment's configuration can serve), or their number (the experiment's variants are the flag's
 * variations, in order). Descriptions and everything else of the flag may change. Called by every write
 * of a flag's definition (PATCH /flags/{f}, revert), with the flag locked.
 */
export async function guardRunningExperimentVariations(
  db: Knex,
  flagId: string,
  before: ReachDefinition,
  after: ReachDefinition,
): Promise<void> {
  if (before.variations === after.variations) return;
  const running = (await db('experiments as x')
    .join('environments as e', 'e.id', 'x.environment_id')
    .join('flag_configs as fc', function () {
      this.on('fc.flag_id', '=', 'x.flag_id').andOn('fc.environment_id', '=', 'x.environment_id');
    })
    .where({ 'x.flag_id': flagId, 'x.status': 'running' })
    .select('x.key', 'e.key as environment', 'fc.config')) as {
    key: string;
    environment: string;
    config: StoredConfig;
  }[];
  for (const r of running) {
    const changed = definitionChange(r.config, before, after).variations;
    if (changed.length === 0 && before.variations.length === after.variations.length) continue;
    const what =
      changed.length > 0
        ? `the value or name of ${changed.map((i) => `"${before.variations[i]?.name ?? i}"`).join(', ')}`
        : 'the number of variations';
    throw new ExperimentStateError(
      `Experiment "${r.key}" is running on this flag in ${r.environment}: its variants are the flag's variations, so ${what} cannot change while it runs (descriptions can). Pause or stop the experiment first.`,
      'experiment-frozen',
    );
  }
}
