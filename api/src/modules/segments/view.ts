// Segment rows → the spec's Segment, in one place, plus the resource paths audit entries and URLs use.
import type { components } from '../../generated/openapi.ts';
import { iso } from '../environments/view.ts';

export type Segment = components['schemas']['Segment'];
export type SegmentMember = components['schemas']['SegmentMember'];
export type MemberList = components['schemas']['MemberList'];

export interface SegmentRow {
  id: string;
  project_id: string;
  key: string;
  name: string;
  description: string;
  rules: Segment['rules'];
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export interface MemberCounts {
  included: number;
  excluded: number;
}

export const noMembers: MemberCounts = { included: 0, excluded: 0 };

export function segmentView(row: SegmentRow, counts: MemberCounts): Segment {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    rules: row.rules,
    includedCount: counts.included,
    excludedCount: counts.excluded,
    version: Number(row.version),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function otherList(list: MemberList): MemberList {
  return list === 'included' ? 'excluded' : 'included';
}

/** The audit resource path of a segment. */
export function segmentPath(projectKey: string, segmentKey: string): string {
  return `projects/${projectKey}/segments/${segmentKey}`;
}

/** The audit resource path of a segment's key lists. */
export function membersPath(projectKey: string, segmentKey: string): string {
  return `${segmentPath(projectKey, segmentKey)}/members`;
}

export function segmentUrl(projectKey: string, segmentKey: string): string {
  return `/api/v1/${segmentPath(projectKey, segmentKey)}`;
}
