// The environments part of a plan: create and update, never delete (deleting one drops its SDK keys:
// `ff envs delete` does that deliberately).
import type { EnvironmentSpec, FlagsFile } from './format.ts';
import type { RemoteState } from './remote.ts';
import { changedFields, setFields } from './plan-changes.ts';
import type { Change } from './plan-changes.ts';

const envFields = ['name', 'color', 'protected', 'sortOrder'] as const;

export function planEnvironments(desired: FlagsFile, remote: RemoteState): Change[] {
  const changes: Change[] = [];
  for (const [key, spec] of Object.entries(desired.environments)) {
    const actual = remote.environments[key];
    if (!actual)
      changes.push({ action: 'create', type: 'environment', key, fields: setFields(spec, envFields) });
    else {
      const fields = changedFields(spec as EnvironmentSpec, actual as never, envFields);
      if (fields.length > 0)
        changes.push({ action: 'update', type: 'environment', key, fields, version: actual.version });
    }
  }
  return changes;
}
