// Puts the vectors' rulesets into a real API with its own stores, as they are, in one transaction: one
// project (with one environment, `test`, and a server and a client SDK key) per distinct ruleset. The
// vectors' flags keep their keys (`f`, `p`, `op-flag`…), so nothing is rewritten: no prefixes, no salts
// made explicit. Stores, not the management API, because the vectors include rulesets the write
// validation refuses on purpose (prerequisite cycles, a served index out of range, an unknown operator),
// and every surface must still answer for them as the engine does.
import type { Ruleset } from '@ff/engine';
import type { Db } from '../api/src/db/knex.ts';
import { insertEnvironment } from '../api/src/modules/environments/store.ts';
import { insertFlag } from '../api/src/modules/flags/store.ts';
import { insertConfigs } from '../api/src/modules/flag-configs/store.ts';
import type { StoredConfig } from '../api/src/modules/flag-configs/store.ts';
import { insertProject } from '../api/src/modules/projects/store.ts';
import { insertSdkKey } from '../api/src/modules/sdk-keys/store.ts';
import { insertMembers, insertSegment } from '../api/src/modules/segments/store.ts';
import { generateToken } from '../api/src/security/secrets.ts';

/** Where one ruleset lives in the API. */
export interface LoadedRuleset {
  project: string;
  env: string;
  serverKey: string;
  clientKey: string;
}

export const ENV = 'test';

/**
 * Loads `rulesets` (the i-th into project `v<i>`), every flag client-side so client keys see them too:
 * visibility is not what this suite compares.
 */
export async function loadRulesets(
  db: Db,
  organizationId: string,
  rulesets: readonly Ruleset[],
): Promise<LoadedRuleset[]> {
  return db.transaction(async (trx) => {
    const loaded: LoadedRuleset[] = [];
    for (const [i, ruleset] of rulesets.entries()) {
      const key = `v${i}`;
      const project = await insertProject(trx, {
        organization_id: organizationId,
        key,
        name: `Vectors ${i}`,
        description: 'engine/test/vectors.json, for the conformance suite',
      });
      const env = await insertEnvironment(trx, {
        project_id: project.id,
        key: ENV,
        name: 'Test',
        color: '#888888',
        protected: false,
        sort_order: 0,
      });
      for (const flag of Object.values(ruleset.flags)) {
        const row = await insertFlag(trx, {
          project_id: project.id,
          key: flag.key,
          name: flag.key,
          description: '',
          kind: flag.kind,
          variations: flag.variations as never,
          tags: [],
          owner: null,
          temporary: true,
          client_side: true,
        });
        const config = flag.config as StoredConfig;
        await insertConfigs(trx, [{ flag_id: row.id, environment_id: env.id, config }]);
      }
      for (const segment of Object.values(ruleset.segments ?? {})) {
        const row = await insertSegment(trx, {
          project_id: project.id,
          key: segment.key,
          name: segment.key,
          description: '',
          rules: segment.rules ?? [],
        });
        await insertMembers(trx, row.id, 'included', segment.included ?? []);
        await insertMembers(trx, row.id, 'excluded', segment.excluded ?? []);
      }
      const keys = { server: generateToken('server'), client: generateToken('client') };
      for (const kind of ['server', 'client'] as const) {
        const { hash, prefix } = keys[kind];
        await insertSdkKey(trx, { environment_id: env.id, kind, name: `${kind} key`, prefix, hash });
      }
      loaded.push({ project: key, env: ENV, serverKey: keys.server.secret, clientKey: keys.client.secret });
    }
    return loaded;
  });
}
