// Revert support for segments (audit resource type `segment`, paths `projects/<p>/segments/<s>`).
// Restoring a snapshot sets the segment's name, description and rules (validated as on any write);
// restoring a deleted segment recreates it, with its keys when the delete's snapshot kept them (at most
// `snapshotMemberLimit`; a larger segment comes back without keys). A null snapshot deletes the segment,
// refused with 409 while flags or segments use it (a revert never removes references on its own).
// `segment_members` entries are not revertible: they record counts and a sample of keys, not the lists.
// Each of these is judged like the same write (environments/protection.ts, through service.ts): a segment
// that protected environments consult needs the right to write there.
import { z } from 'zod';
import { ConflictError, NotFoundError } from '../../http/errors.ts';
import { authorize } from '../../http/permissions.ts';
import { findProject } from '../../http/scope.ts';
import type { ResourceType } from '../audit/recorder.ts';
import type { Restorer } from '../audit/restorer.ts';
import { createSegmentIn, deleteSegmentIn, lockReferenced, updateSegmentIn, viewOf } from './service.ts';
import { findSegment } from './store.ts';

/** The fields of a Segment snapshot that a restore writes (counts, versions and times are derived). */
export const SegmentSnapshot = z.object({
  key: z.string(),
  name: z.string().min(1),
  description: z.string(),
  rules: z.array(z.unknown()),
  members: z.object({ included: z.array(z.string()), excluded: z.array(z.string()) }).optional(),
});

function parsePath(resource: string): { projectKey: string; segmentKey: string } {
  const m = /^projects\/([^/]+)\/segments\/([^/]+)$/.exec(resource);
  if (!m) throw new NotFoundError(`"${resource}" is not a segment.`);
  return { projectKey: m[1]!, segmentKey: m[2]! };
}

export const segmentRestorer: Restorer = {
  async authorize(trx, principal, resource) {
    const { projectKey } = parsePath(resource);
    const project = await findProject(trx, principal.organizationId, projectKey);
    authorize(principal, 'flags:write', { projectId: project.id });
  },

  async current(trx, principal, resource) {
    const { projectKey, segmentKey } = parsePath(resource);
    const project = await findProject(trx, principal.organizationId, projectKey);
    const row = await findSegment(trx, project.id, segmentKey);
    return row ? viewOf(trx, row) : null;
  },

  async restore({ trx }, principal, resource, snapshot) {
    const { projectKey, segmentKey } = parsePath(resource);
    const project = await findProject(trx, principal.organizationId, projectKey);
    authorize(principal, 'flags:write', { projectId: project.id });
    await lockReferenced(trx, project, segmentKey, (snapshot as { rules?: unknown } | null)?.rules);
    const existing = await findSegment(trx, project.id, segmentKey, { forUpdate: true });

    if (snapshot === null) {
      if (existing) await deleteSegmentIn(trx, principal, project, existing, false);
      return null;
    }
    const parsed = SegmentSnapshot.safeParse(snapshot);
    if (!parsed.success || parsed.data.key !== segmentKey) {
      throw new ConflictError(`The audit entry's snapshot of ${resource} cannot be restored.`);
    }
    const { name, description, rules, members } = parsed.data;
    if (existing) {
      return viewOf(
        trx,
        await updateSegmentIn(trx, principal, project, existing, { name, description, rules }, 'snapshot'),
      );
    }
    const input = { key: segmentKey, name, description, rules, ...members };
    return viewOf(trx, await createSegmentIn(trx, principal, project, input, 'snapshot'));
  },
};

/** This module's restorers by audit resource type (`segment_members` has none: see above). */
export const segmentRestorers: Partial<Record<ResourceType, Restorer>> = { segment: segmentRestorer };
