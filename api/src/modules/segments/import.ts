// CSV imports into one key list, streamed from the request into the database in batches, all in one
// transaction: a bad line or an oversized body rolls everything back.
//
// merge   inserts each batch as it arrives (`on conflict do nothing`), moving keys out of the other list.
// replace stages the file's keys in a temporary table, then the database computes what to remove, move
//         and add, so `added`/`removed` are the real differences and no key list is held here.
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import type { Actor, Principal } from '../../http/principal.ts';
import type { ProjectRow } from '../projects/store.ts';
import { guardSegmentChange } from '../environments/protection.ts';
import { csvKeyBatches } from './csv.ts';
import type { CsvProgress } from './csv.ts';
import { auditKeyLimit, finishMemberChange, memberAudit, MemberTally } from './members.ts';
import { loadSegment, viewOf } from './service.ts';
import {
  createStaging,
  deleteMembers,
  deleteStaged,
  deleteUnstaged,
  insertMembers,
  insertNewMembers,
  insertStaged,
  stageKeys,
} from './store.ts';
import { membersPath, otherList } from './view.ts';
import type { MemberList, Segment } from './view.ts';

/** Largest accepted CSV body: 100 MiB, about four million 20-character keys. */
export const importMaxBytes = 100 * 1024 * 1024;
/** Keys per insert statement. */
export const importBatchSize = 5000;

export type ImportMode = 'merge' | 'replace';

export interface ImportReport {
  list: MemberList;
  mode: ImportMode;
  /** Member lines read (header and blank lines not counted; duplicates counted). */
  lines: number;
  /** Keys that were not in `list` before. */
  added: number;
  /** Keys removed from `list` (replace only). Keys moved out of the other list show in the audit entry. */
  removed: number;
  segment: Segment;
}

export interface ImportOptions {
  list: MemberList;
  mode: ImportMode;
  maxBytes?: number;
  batchSize?: number;
}

export function importService(db: Db) {
  return {
    import(
      project: ProjectRow,
      principal: Principal,
      actor: Actor,
      key: string,
      source: AsyncIterable<Uint8Array | string>,
      options: ImportOptions,
    ): Promise<ImportReport> {
      const { list, mode } = options;
      const other = otherList(list);
      return mutate(db, actor, async ({ trx, audit }) => {
        // Locked for the whole upload: imports and member changes of one segment serialize instead of
        // deadlocking on each other's uncommitted keys.
        const row = await loadSegment(trx, project, key, { forUpdate: true });
        // Before reading the body: a refused import does not wait for the whole upload.
        await guardSegmentChange(trx, principal, project.id, key, `Importing members of segment "${key}"`);
        const before = await viewOf(trx, row);
        const progress: CsvProgress = { lines: 0 };
        const batches = csvKeyBatches(
          source,
          { batchSize: options.batchSize ?? importBatchSize, maxBytes: options.maxBytes ?? importMaxBytes },
          progress,
        );
        const tally = new MemberTally();

        if (mode === 'merge') {
          const otherHasKeys = (other === 'included' ? before.includedCount : before.excludedCount) > 0;
          // Performance note: plain inserts while every key is new (a first import), `on conflict do
          // nothing` from the first batch that meets a stored key on.
          let allNew = true;
          for await (const batch of batches) {
            const keys = [...new Set(batch)];
            if (otherHasKeys) {
              const wants = tally.wants(tally.removed, other);
              tally.record(tally.removed, other, await deleteMembers(trx, row.id, other, keys, wants));
            }
            const wants = tally.wants(tally.added, list);
            let added = allNew ? await insertNewMembers(trx, row.id, list, keys, wants) : undefined;
            if (added === undefined) {
              allNew = false;
              added = await insertMembers(trx, row.id, list, keys, wants);
            }
            tally.record(tally.added, list, added);
          }
        } else {
          await createStaging(trx);
          for await (const batch of batches) await stageKeys(trx, batch);
          tally.record(tally.removed, list, await deleteUnstaged(trx, row.id, list, auditKeyLimit));
          tally.record(tally.removed, other, await deleteStaged(trx, row.id, other, auditKeyLimit));
          tally.record(tally.added, list, await insertStaged(trx, row.id, list, auditKeyLimit));
        }

        const after = await finishMemberChange(trx, project, row);
        await audit({
          action: 'segment_members.import',
          resourceType: 'segment_members',
          resource: membersPath(project.key, key),
          ...memberAudit(before, after, tally, { import: { list, mode, lines: progress.lines } }),
        });
        return {
          list,
          mode,
          lines: progress.lines,
          added: tally.added[list].count,
          removed: tally.removed[list].count,
          segment: after,
        };
      });
    },
  };
}
