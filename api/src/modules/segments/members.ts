// A segment's key lists: paging through one, and bulk changes to both. A key is in at most one list:
// adding it to one list moves it out of the other. Audit entries of member changes carry counts and at
// most `auditKeyLimit` keys per list and direction, so a large change cannot make a huge audit row.
import type { Knex } from 'knex';
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { breaking, ValidationError } from '../../http/errors.ts';
import type { FieldIssue } from '../../http/errors.ts';
import { decodeCursor, pageOf } from '../../http/paging.ts';
import type { Page } from '../../http/paging.ts';
import type { Actor, Principal } from '../../http/principal.ts';
import type { ProjectRow } from '../projects/store.ts';
import { guardSegmentChange } from '../environments/protection.ts';
import { bumpEnvironments } from '../environments/versions.ts';
import { loadSegment, viewOf } from './service.ts';
import { deleteMembers, insertMembers, listMemberKeys, updateSegmentRow } from './store.ts';
import { assertStorable } from '../../http/storable-text.ts';
import type { Touched } from './store.ts';
import { membersPath, otherList } from './view.ts';
import type { MemberList, Segment, SegmentMember, SegmentRow } from './view.ts';

/**
 * Keys per query of an export. Performance note: one query per batch keeps memory flat for any list and
 * releases the pooled connection between batches, so a slow download cannot hold one for minutes.
 */
export const exportBatchSize = 10_000;

/** Keys an audit entry lists per list and direction; the count is always exact. */
export const auditKeyLimit = 1000;

const lists: readonly MemberList[] = ['included', 'excluded'];

/** How many keys one list gained or lost, with up to `auditKeyLimit` of them. */
export interface KeySample {
  count: number;
  keys: string[];
}

export type ListChanges = Record<MemberList, KeySample>;

/** Accumulates what a member change did, for its audit entry. */
export class MemberTally {
  readonly added: ListChanges = { included: { count: 0, keys: [] }, excluded: { count: 0, keys: [] } };
  readonly removed: ListChanges = { included: { count: 0, keys: [] }, excluded: { count: 0, keys: [] } };

  /** Whether statements should still return the keys they touch (the sample is not full yet). */
  wants(changes: ListChanges, list: MemberList): boolean {
    return changes[list].keys.length < auditKeyLimit;
  }

  record(changes: ListChanges, list: MemberList, touched: Touched): void {
    const sample = changes[list];
    sample.count += touched.count;
    const room = auditKeyLimit - sample.keys.length;
    if (room > 0) sample.keys.push(...touched.keys.slice(0, room));
  }
}

/** The before/after of a member change's audit entry: counts, then what moved. */
export function memberAudit(before: Segment, after: Segment, tally: MemberTally, extra: object = {}) {
  return {
    before: { includedCount: before.includedCount, excludedCount: before.excludedCount },
    after: {
      includedCount: after.includedCount,
      excludedCount: after.excludedCount,
      ...extra,
      added: tally.added,
      removed: tally.removed,
    },
  };
}

/** Ends a member change: version + 1 on the segment, every environment of the project bumped. */
export async function finishMemberChange(
  trx: Knex.Transaction,
  project: ProjectRow,
  row: SegmentRow,
): Promise<Segment> {
  const updated = await updateSegmentRow(trx, row.id, {});
  await bumpEnvironments(trx, project.id, { kind: 'segment', key: row.key });
  return viewOf(trx, updated);
}

export interface MembersChange {
  add?: Partial<Record<MemberList, string[]>> | undefined;
  remove?: Partial<Record<MemberList, string[]>> | undefined;
  comment?: string | undefined;
}

/** A key added to both lists, or both added to and removed from one list, is ambiguous: 422. */
function contradictions(change: MembersChange): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const addIncluded = new Set(change.add?.included ?? []);
  (change.add?.excluded ?? []).forEach((k, i) => {
    if (addIncluded.has(k))
      issues.push({ path: `body.add.excluded[${i}]`, message: `"${k}" is also added to included` });
  });
  for (const list of lists) {
    const added = new Set(change.add?.[list] ?? []);
    (change.remove?.[list] ?? []).forEach((k, i) => {
      if (added.has(k))
        issues.push({ path: `body.remove.${list}[${i}]`, message: `"${k}" is also added to ${list}` });
    });
  }
  return issues.slice(0, 100);
}

const unique = (keys: readonly string[] | undefined): string[] => [...new Set(keys ?? [])];

const isCursor = (v: unknown): v is [string] =>
  Array.isArray(v) && v.length === 1 && typeof v[0] === 'string';

export function memberService(db: Db) {
  return {
    /** A page of one list of `row`, the segment the request resolved (scope.segment). */
    async list(
      row: SegmentRow,
      query: { list?: MemberList; limit?: number; cursor?: string },
    ): Promise<Page<SegmentMember>> {
      const list = query.list ?? 'included';
      const limit = query.limit ?? 50;
      const after = decodeCursor(query.cursor, isCursor)?.[0];
      const keys = await listMemberKeys(db, row.id, list, after, limit + 1);
      return pageOf(
        keys,
        limit,
        (k) => [k],
        (k) => ({ key: k, list }),
      );
    },

    /** Every key of one list as JSON lines (a JSON string each), in key order, a batch per chunk. */
    async *exportLines(row: SegmentRow, list: MemberList): AsyncGenerator<string> {
      let after: string | undefined;
      for (;;) {
        const keys = await listMemberKeys(db, row.id, list, after, exportBatchSize);
        if (keys.length > 0) yield keys.map((k) => `${JSON.stringify(k)}\n`).join('');
        if (keys.length < exportBatchSize) return;
        after = keys.at(-1);
      }
    },

    /** Removes first, then adds (moving keys out of the other list), atomically. */
    change(
      project: ProjectRow,
      principal: Principal,
      actor: Actor,
      key: string,
      ifMatch: number | undefined,
      change: MembersChange,
    ): Promise<Segment> {
      assertStorable(change);
      const issues = contradictions(change);
      if (issues.length > 0)
        throw new ValidationError(breaking('disjoint-lists', issues), 'The change contradicts itself.');
      return mutate(db, actor, async ({ trx, audit }) => {
        const row = await loadSegment(trx, project, key, { forUpdate: true });
        checkVersion(ifMatch, Number(row.version), `Segment "${key}"`);
        await guardSegmentChange(trx, principal, project.id, key, `Changing the members of segment "${key}"`);
        const before = await viewOf(trx, row);
        const tally = new MemberTally();
        for (const list of lists) {
          const keys = unique(change.remove?.[list]);
          tally.record(tally.removed, list, await deleteMembers(trx, row.id, list, keys, true));
        }
        for (const list of lists) {
          const keys = unique(change.add?.[list]);
          const other = otherList(list);
          tally.record(tally.removed, other, await deleteMembers(trx, row.id, other, keys, true));
          tally.record(tally.added, list, await insertMembers(trx, row.id, list, keys, true));
        }
        const after = await finishMemberChange(trx, project, row);
        await audit({
          action: 'segment_members.change',
          resourceType: 'segment_members',
          resource: membersPath(project.key, key),
          ...memberAudit(before, after, tally),
          comment: change.comment,
        });
        return after;
      });
    },
  };
}
