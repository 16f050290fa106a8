// The splits of an environment's running experiments by flag key, for marking client-side values
// (`inExperiment`, see sdk/client-values.ts): the ruleset cache holds them next to the ruleset and
// re-reads them for the flags a change names (a launch, pause, resume or stop writes its flag's
// configuration, so it always arrives as a change of that flag).
import type { Knex } from 'knex';
import type { ExperimentSplit } from '@ff/engine';
import { splitOf } from './view.ts';
import type { ExperimentVariant } from './view.ts';

/** Running experiments' splits by flag key: all of the environment's, or those of `flagKeys`. */
export async function runningSplits(
  db: Knex,
  environmentId: string,
  flagKeys?: readonly string[],
): Promise<Map<string, ExperimentSplit>> {
  const q = db('experiments as x')
    .join('flags as f', 'f.id', 'x.flag_id')
    .where({ 'x.environment_id': environmentId, 'x.status': 'running' })
    .select('x.variants', 'x.allocation', 'x.salt', 'f.key as flag_key');
  if (flagKeys !== undefined) void q.whereIn('f.key', flagKeys);
  const rows = (await q) as {
    variants: ExperimentVariant[];
    allocation: number;
    salt: string;
    flag_key: string;
  }[];
  return new Map(rows.map((r) => [r.flag_key, splitOf(r)]));
}
