// Segments: the rules a write must meet (engine-validated rules, one list per key, no delete while in
// use unless forced), each mutation in one unit of work with its audit entry and environment bump.
import type { Knex } from 'knex';
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { breaking, ConflictError, HttpError, NotFoundError, ValidationError } from '../../http/errors.ts';
import type { FieldIssue } from '../../http/errors.ts';
import { decodeCursor, pageOf } from '../../http/paging.ts';
import type { Page } from '../../http/paging.ts';
import type { Actor, Principal } from '../../http/principal.ts';
import type { ProjectRow } from '../projects/store.ts';
import { jsonEqual } from '../environments/configs.ts';
import { canonicalJson } from '@ff/engine/canonical-json';
import { guardSegmentChange } from '../environments/protection.ts';
import { bumpEnvironments } from '../environments/versions.ts';
import { checkSegmentRules, referencedSegments, withoutSegment } from './rules.ts';
import { assertStorable } from '../../http/storable-text.ts';
import {
  allMemberKeys,
  configsUsing,
  deleteSegmentRow,
  findSegment,
  insertMembers,
  insertSegment,
  listSegmentRows,
  memberCounts,
  otherSegmentRules,
  segmentsUsing,
  shareLockSegments,
  updateConfigRules,
  updateSegmentRow,
} from './store.ts';
import { noMembers, segmentPath, segmentView } from './view.ts';
import type { Segment, SegmentRow } from './view.ts';

/** A deleted segment's audit snapshot keeps its keys when they number at most this many (see README). */
export const snapshotMemberLimit = 10_000;

export interface SegmentInput {
  key: string;
  name: string;
  description?: string | undefined;
  rules?: unknown;
  included?: readonly string[] | undefined;
  excluded?: readonly string[] | undefined;
}

export interface SegmentChanges {
  name?: string | undefined;
  description?: string | undefined;
  rules?: unknown;
}

/** Whether `changes` would leave the segment `row` as it is. */
function changesNothing(row: SegmentRow, changes: SegmentChanges): boolean {
  return (
    (changes.name === undefined || changes.name === row.name) &&
    (changes.description === undefined || changes.description === row.description) &&
    (changes.rules === undefined || jsonEqual(changes.rules, row.rules))
  );
}

/** A segment write's result: the segment after it, and whether anything was written. */
export interface SegmentWrite {
  segment: Segment;
  changed: boolean;
}

export interface SegmentUses {
  flags: { flag: string; environment: string }[];
  segments: string[];
}

/** 409 while flags or segments use the segment; `usedBy` lists them for clients. */
export class SegmentInUseError extends HttpError {
  constructor(key: string, usedBy: SegmentUses) {
    const named = [
      ...usedBy.flags.map((u) => `flag "${u.flag}" (${u.environment})`),
      ...usedBy.segments.map((s) => `segment "${s}"`),
    ];
    const list =
      named.length > 10 ? `${named.slice(0, 10).join(', ')} and ${named.length - 10} more` : named.join(', ');
    super(
      409,
      'conflict',
      'Conflict',
      `Segment "${key}" is used by ${list}. Remove those references first, or delete with force=true to remove them.`,
      { usedBy },
    );
  }
}

export async function viewOf(db: Knex, row: SegmentRow): Promise<Segment> {
  const counts = await memberCounts(db, [row.id]);
  return segmentView(row, counts.get(row.id) ?? noMembers);
}

/**
 * A segment by key, 404 when gone. Writes call it locked (`forUpdate`) inside their transaction: that is
 * not a reload of the request's scope.segment but the read the write's version check and lock rest on.
 */
export async function loadSegment(
  db: Knex,
  project: ProjectRow,
  key: string,
  opts: { forUpdate?: boolean } = {},
): Promise<SegmentRow> {
  const row = await findSegment(db, project.id, key, opts);
  if (!row) throw new NotFoundError(`No segment "${key}" in project "${project.key}".`);
  return row;
}

async function checkedRules(trx: Knex, project: ProjectRow, key: string, rules: unknown, prefix: string) {
  const result = checkSegmentRules(key, rules, await otherSegmentRules(trx, project.id, key), prefix);
  if (!result.ok) throw new ValidationError(breaking('flag-model', result.issues));
  // Share-lock the segments these rules name: a concurrent delete of one (which locks it for update)
  // then either waits and sees this reference, or has already gone and the reference is refused.
  const named = referencedSegments(result.rules);
  const locked = new Set(await shareLockSegments(trx, project.id, named));
  const gone = named.filter((k) => !locked.has(k));
  if (gone.length > 0) {
    throw new ValidationError(
      gone.map((k) => ({
        path: `${prefix}.rules`,
        message: `segment "${k}" was just deleted`,
        rule: 'flag-model' as const,
      })),
    );
  }
  return result.rules;
}

/**
 * Lock order for a rules change: the segments the new rules name (for share) before the segment itself
 * (for update), the order a force delete takes them in (the deleted one, then its users), so the two
 * cannot deadlock. Call before locking segment `key`.
 */
export async function lockReferenced(
  trx: Knex,
  project: ProjectRow,
  key: string,
  rules: unknown,
): Promise<void> {
  const named = referencedSegments(rules).filter((k) => k !== key);
  await shareLockSegments(trx, project.id, named);
}

function unique(keys: readonly string[] | undefined): string[] {
  return [...new Set(keys ?? [])];
}

/**
 * Creates a segment with its initial key lists (a key may be in only one), inside `trx`. `prefix` is
 * where validation paths point (`body` for a request, `snapshot` for a revert).
 */
export async function createSegmentIn(
  trx: Knex.Transaction,
  principal: Principal,
  project: ProjectRow,
  input: SegmentInput,
  prefix: string,
): Promise<SegmentRow> {
  const rules = await checkedRules(trx, project, input.key, input.rules, prefix);
  const included = new Set(input.included ?? []);
  const both: FieldIssue[] = [];
  (input.excluded ?? []).forEach((k, i) => {
    if (included.has(k))
      both.push({ path: `${prefix}.excluded[${i}]`, message: `"${k}" is also in included` });
  });
  if (both.length > 0)
    throw new ValidationError(
      breaking('disjoint-lists', both.slice(0, 100)),
      'A key can be in only one of the lists.',
    );
  if (await findSegment(trx, project.id, input.key)) {
    throw new ConflictError(`Segment "${input.key}" already exists in project "${project.key}".`);
  }
  // A configuration can still name a deleted segment (see README): creating it again changes what it serves.
  await guardSegmentChange(trx, principal, project.id, input.key, `Creating segment "${input.key}"`);
  const row = await insertSegment(trx, {
    project_id: project.id,
    key: input.key,
    name: input.name,
    description: input.description ?? '',
    rules,
  }).catch((err: unknown) => {
    // A concurrent create of the same key committed between the check and the insert.
    if ((err as { code?: string }).code === '23505') {
      throw new ConflictError(`Segment "${input.key}" already exists in project "${project.key}".`);
    }
    throw err;
  });
  await insertMembers(trx, row.id, 'included', unique(input.included));
  await insertMembers(trx, row.id, 'excluded', unique(input.excluded));
  await bumpEnvironments(trx, project.id, { kind: 'segment', key: row.key });
  return row;
}

/** Changes name, description or rules of a locked segment row, inside `trx`. */
export async function updateSegmentIn(
  trx: Knex.Transaction,
  principal: Principal,
  project: ProjectRow,
  row: SegmentRow,
  changes: SegmentChanges,
  prefix: string,
): Promise<SegmentRow> {
  const rules =
    changes.rules === undefined
      ? undefined
      : await checkedRules(trx, project, row.key, changes.rules, prefix);
  if (rules !== undefined && canonicalJson(rules) !== canonicalJson(row.rules)) {
    await guardSegmentChange(
      trx,
      principal,
      project.id,
      row.key,
      `Changing the rules of segment "${row.key}"`,
    );
  }
  const updated = await updateSegmentRow(trx, row.id, {
    name: changes.name,
    description: changes.description,
    rules,
  });
  await bumpEnvironments(trx, project.id, { kind: 'segment', key: row.key });
  return updated;
}

/**
 * Deletes a locked segment row (its keys go with it), inside `trx`. While flags or other segments name
 * it, 409; with `force`, those references are removed first (see `withoutSegment`), each changed
 * configuration and segment getting version + 1. Returns what used it.
 */
export async function deleteSegmentIn(
  trx: Knex.Transaction,
  principal: Principal,
  project: ProjectRow,
  row: SegmentRow,
  force: boolean,
): Promise<SegmentUses> {
  // Sequential on purpose: both run on the one transaction connection.
  const configs = await configsUsing(trx, project.id, row.key, { forUpdate: force });
  const segments = await segmentsUsing(trx, project.id, row.key, { forUpdate: force });
  const uses: SegmentUses = {
    flags: configs.map((c) => ({ flag: c.flag_key, environment: c.environment_key })),
    segments: segments.map((s) => s.key),
  };
  // Before the 409: where a protected environment uses the segment, a developer cannot resolve that 409.
  const rewritten = force ? configs.filter((c) => c.environment_protected).map((c) => c.environment_key) : [];
  await guardSegmentChange(trx, principal, project.id, row.key, `Deleting segment "${row.key}"`, [
    ...new Set(rewritten),
  ]);
  if (!force && (configs.length > 0 || segments.length > 0)) throw new SegmentInUseError(row.key, uses);
  for (const c of configs) {
    const { rules } = withoutSegment(c.config.rules ?? [], row.key);
    await updateConfigRules(trx, c.flag_id, c.environment_id, { ...c.config, rules });
  }
  for (const s of segments) {
    await updateSegmentRow(trx, s.id, { rules: withoutSegment(s.rules, row.key).rules });
  }
  await deleteSegmentRow(trx, row.id);
  // A forced delete also rewrote the rules of the flags and segments that named it: announce them too.
  await bumpEnvironments(trx, project.id, [
    ...[...new Set(configs.map((c) => c.flag_key))].map((key) => ({ kind: 'flag' as const, key })),
    ...segments.map((s) => ({ kind: 'segment' as const, key: s.key })),
    { kind: 'segment', key: row.key },
  ]);
  return uses;
}

/**
 * The `before` of a delete's audit entry: the segment as GET shows it, what used it, and its keys when
 * there are at most `snapshotMemberLimit` of them (so a revert can bring them back).
 */
export async function deletionSnapshot(trx: Knex, row: SegmentRow): Promise<Record<string, unknown>> {
  const view = await viewOf(trx, row);
  const snapshot: Record<string, unknown> = { ...view };
  if (view.includedCount + view.excludedCount <= snapshotMemberLimit) {
    snapshot.members = {
      included: await allMemberKeys(trx, row.id, 'included', snapshotMemberLimit),
      excluded: await allMemberKeys(trx, row.id, 'excluded', snapshotMemberLimit),
    };
  }
  return snapshot;
}

const isCursor = (v: unknown): v is [string] =>
  Array.isArray(v) && v.length === 1 && typeof v[0] === 'string';

export function segmentService(db: Db) {
  return {
    async list(project: ProjectRow, query: { limit?: number; cursor?: string }): Promise<Page<Segment>> {
      const limit = query.limit ?? 50;
      const after = decodeCursor(query.cursor, isCursor)?.[0];
      const rows = await listSegmentRows(db, project.id, after, limit + 1);
      const counts = await memberCounts(
        db,
        rows.slice(0, limit).map((r) => r.id),
      );
      return pageOf(
        rows,
        limit,
        (r) => [r.key],
        (r) => segmentView(r, counts.get(r.id) ?? noMembers),
      );
    },

    /** `row` is the segment the request resolved (scope.segment). */
    async get(row: SegmentRow): Promise<Segment> {
      return viewOf(db, row);
    },

    create(project: ProjectRow, principal: Principal, actor: Actor, input: SegmentInput): Promise<Segment> {
      assertStorable(input);
      return mutate(db, actor, async ({ trx, audit }) => {
        const row = await createSegmentIn(trx, principal, project, input, 'body');
        const after = await viewOf(trx, row);
        await audit({
          action: 'segment.create',
          resourceType: 'segment',
          resource: segmentPath(project.key, row.key),
          before: null,
          after,
        });
        return after;
      });
    },

    update(
      project: ProjectRow,
      principal: Principal,
      actor: Actor,
      key: string,
      ifMatch: number | undefined,
      changes: SegmentChanges & { comment?: string | undefined },
    ): Promise<SegmentWrite> {
      assertStorable(changes);
      return mutate(db, actor, async ({ trx, audit, unchanged }) => {
        await lockReferenced(trx, project, key, changes.rules);
        const row = await loadSegment(trx, project, key, { forUpdate: true });
        checkVersion(ifMatch, Number(row.version), `Segment "${key}"`);
        const before = await viewOf(trx, row);
        if (changesNothing(row, changes)) {
          // Asked for what already is: no version, no bump, no audit entry.
          unchanged();
          return { segment: before, changed: false };
        }
        const after = await viewOf(trx, await updateSegmentIn(trx, principal, project, row, changes, 'body'));
        await audit({
          action: 'segment.update',
          resourceType: 'segment',
          resource: segmentPath(project.key, key),
          before,
          after,
          comment: changes.comment,
        });
        return { segment: after, changed: true };
      });
    },

    remove(
      project: ProjectRow,
      principal: Principal,
      actor: Actor,
      key: string,
      ifMatch: number | undefined,
      force: boolean,
    ) {
      return mutate(db, actor, async ({ trx, audit }) => {
        const row = await loadSegment(trx, project, key, { forUpdate: true });
        checkVersion(ifMatch, Number(row.version), `Segment "${key}"`);
        // The snapshot is taken before the rows go; `usedBy` once the references are known.
        const before = await deletionSnapshot(trx, row);
        before.usedBy = await deleteSegmentIn(trx, principal, project, row, force);
        await audit({
          action: 'segment.delete',
          resourceType: 'segment',
          resource: segmentPath(project.key, key),
          before,
          after: null,
        });
      });
    },
  };
}

export type SegmentService = ReturnType<typeof segmentService>;
