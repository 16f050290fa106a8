// The base-changed rule of a schedule step, as a pure function. A step was written against the
// configuration it expected to find (`base`: what the previous step left, or what was current when it
// was scheduled). If the configuration moved on since (`current` differs), the step is applied to
// `current` (rebased) when the change is independent, i.e. none of the fields the step changes was
// changed by someone else; otherwise it must not run, because it would silently undo or mix with
// someone's change. "Fields" and "the same" are the engine's (@ff/engine/config-equality).
import { configFieldsThatDiffer } from '@ff/engine/config-equality';
import type { ConfigField } from '@ff/engine/config-equality';
import type { StoredConfig } from '../flag-configs/store.ts';

export type RebaseDecision =
  | { kind: 'apply' }
  | { kind: 'rebase'; movedFields: ConfigField[] }
  | { kind: 'conflict'; fields: ConfigField[] };

/**
 * `base`: what the step expected; `intended`: the step applied to `base`; `current`: what is there now.
 */
export function decideRebase(
  base: StoredConfig,
  intended: StoredConfig,
  current: StoredConfig,
): RebaseDecision {
  const moved = configFieldsThatDiffer(base, current);
  if (moved.length === 0) return { kind: 'apply' };
  const touched = new Set(configFieldsThatDiffer(base, intended));
  const clash = moved.filter((f) => touched.has(f));
  return clash.length === 0 ? { kind: 'rebase', movedFields: moved } : { kind: 'conflict', fields: clash };
}
