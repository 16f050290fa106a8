// Segment writes shared by `ff segments create`, `ff segments members add|remove` and the dashboard:
// one request each, so there is no second write path.
import type { FfClient, Segment, SegmentCreate } from '@ff/client';

export async function createSegment(api: FfClient, project: string, body: SegmentCreate): Promise<Segment> {
  const { data } = await api.createSegment({ path: { project }, body });
  return data;
}

/** Adds context keys to (or removes them from) a segment's included or excluded list. */
export async function changeSegmentMembers(
  api: FfClient,
  project: string,
  segment: string,
  change: { op: 'add' | 'remove'; list: 'included' | 'excluded'; keys: string[]; comment?: string },
): Promise<Segment> {
  const { data } = await api.changeSegmentMembers({
    path: { project, segment },
    body: {
      [change.op]: { [change.list]: change.keys },
      ...(change.comment ? { comment: change.comment } : {}),
    },
  });
  return data;
}

export const membersSummary = (s: Segment) =>
  `${s.key}: ${s.includedCount} included, ${s.excludedCount} excluded`;

/** `u1, u2 u3` → ['u1', 'u2', 'u3']. */
export const splitKeys = (text: string) => text.split(/[\s,]+/).filter(Boolean);
