// Which module restores which resource type, for revert. Types missing here cannot be reverted:
// SDK keys and API tokens (their secrets are never kept, so a revoked one cannot come back), members
// (a revert must not hand out roles or revive access behind the owners' rules) and segment member
// lists (large lists are audited as changes, not as whole snapshots).
import { environmentRestorer } from '../environments/restore.ts';
import { flagRestorers } from '../flags/restore.ts';
import { projectRestorer } from '../projects/restore.ts';
import { segmentRestorers } from '../segments/restore.ts';
import type { ResourceType } from './recorder.ts';
import type { Restorer } from './restorer.ts';

export type RestorerRegistry = Partial<Record<ResourceType, Restorer>>;

export const restorers: RestorerRegistry = {
  project: projectRestorer,
  environment: environmentRestorer,
  ...flagRestorers,
  ...segmentRestorers,
};
