// Change requests: a configuration change proposed in an environment that requires approval, shown as a
// diff, applied atomically when another member who may approve does (409 if the configuration moved on
// since it was proposed), or rejected with a comment; undecided requests expire after 7 days.
import type { Knex } from 'knex';
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import {
  breaking,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../http/errors.ts';
import type { Actor, Principal } from '../../http/principal.ts';
import { findEnvironment } from '../../http/scope.ts';
import type { ProjectRow } from '../projects/store.ts';
import type { components } from '../../generated/openapi.ts';
import { applyActions } from '../flag-configs/actions.ts';
import type { Action } from '../flag-configs/actions.ts';
import { configResource, openConfig, saveConfig, validateFor } from '../flag-configs/service.ts';
import { loadReferences } from '../flag-configs/references.ts';
import { configView } from '../flag-configs/views.ts';
import type { FlagEnvironment } from '../flag-configs/views.ts';
import { enqueueWebhooks } from '../webhooks/outbox.ts';
import { mayApprove, requireComment } from './gate.ts';

export type ChangeRequest = components['schemas']['ChangeRequest'];
type Create = components['schemas']['ChangeRequestCreate'];
export const REQUEST_TTL_MS = 7 * 86_400_000;

interface Row {
  id: string;
  project_id: string;
  environment_id: string;
  flag_id: string;
  actions: Action[];
  before: FlagEnvironment;
  after: FlagEnvironment;
  base_version: number;
  comment: string | null;
  author_user_id: string | null;
  author_email: string | null;
  status: ChangeRequest['status'];
  decided_by_user_id: string | null;
  decided_by_email: string | null;
  decision_comment: string | null;
  decided_at: Date | null;
  expires_at: Date;
  created_at: Date;
  flag_key: string;
  environment_key: string;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function view(r: Row, now: Date): ChangeRequest {
  const expired = r.status === 'pending' && new Date(r.expires_at).getTime() <= now.getTime();
  return {
    id: r.id,
    flag: r.flag_key,
    environment: r.environment_key,
    status: expired ? 'expired' : r.status,
    actions: r.actions,
    before: r.before,
    after: r.after,
    baseVersion: r.base_version,
    comment: r.comment,
    author: { email: r.author_email },
    decidedBy:
      r.decided_by_email === null && r.decided_by_user_id === null ? null : { email: r.decided_by_email },
    decisionComment: r.decision_comment,
    decidedAt: iso(r.decided_at),
    expiresAt: iso(r.expires_at)!,
    createdAt: iso(r.created_at)!,
  };
}

function rows(db: Knex) {
  // environments joined (not read through its store): each request's key in the same statement as the row.
  return db('change_requests as c')
    .join('flags as f', 'f.id', 'c.flag_id')
    .join('environments as e', 'e.id', 'c.environment_id')
    .select('c.*', 'f.key as flag_key', 'e.key as environment_key');
}

const resourceOf = (project: string, id: string) => `projects/${project}/change-requests/${id}`;

export function createChangeRequestService(db: Db, clock: () => Date = () => new Date()) {
  async function find(handle: Knex, project: ProjectRow, id: string, lock = false): Promise<Row> {
    if (lock) await handle('change_requests').where({ id, project_id: project.id }).forUpdate().first('id');
    const row = (await rows(handle).where({ 'c.id': id, 'c.project_id': project.id }).first()) as
      Row | undefined;
    if (!row) throw new NotFoundError(`No change request "${id}" in project "${project.key}".`);
    return row;
  }

  return {
    async create(actor: Actor, project: ProjectRow, body: Create): Promise<ChangeRequest> {
      const env = await findEnvironment(db, project, body.environment);
      if (!env.requires_approval) {
        throw new ConflictError(`${env.key} does not require approval: change it directly.`);
      }
      requireComment(env, env.key, body.comment);
      const now = clock();
      return mutate(db, actor, async (uow) => {
        const open = await openConfig(uow.trx, project, env, body.flag, undefined);
        const named = body.actions.flatMap((a) => (a.kind === 'addPrerequisite' ? [{ flag: a.flag }] : []));
        await loadReferences(uow.trx, project.id, open.ctx, [{ prerequisites: named }]);
        const result = applyActions(open.row.config, body.actions, {
          flagKey: open.flag.key,
          variationCount: open.flag.variations.length,
          flags: open.ctx.refs.flags,
        }).at(-1)!;
        const checked = await validateFor(uow.trx, project, open, result);
        if (!checked.ok) {
          throw new ValidationError(
            breaking(
              'flag-model',
              checked.issues.map((i) => ({ path: 'body.actions', message: `${i.path}: ${i.message}` })),
            ),
          );
        }
        const before = configView(open.flag.key, env.key, open.row);
        const after = { ...before, ...checked.value, version: open.row.version + 1 } as FlagEnvironment;
        const [created] = (await uow
          .trx('change_requests')
          .insert({
            organization_id: project.organization_id,
            project_id: project.id,
            environment_id: env.id,
            flag_id: open.flag.id,
            actions: JSON.stringify(body.actions),
            before: JSON.stringify(before),
            after: JSON.stringify(after),
            base_version: open.row.version,
            comment: body.comment ?? null,
            author_user_id: actor.userId,
            author_email: actor.email,
            expires_at: new Date(now.getTime() + REQUEST_TTL_MS),
          })
          .returning('id')) as { id: string }[];
        const request = view(await find(uow.trx, project, created!.id), now);
        await uow.audit({
          action: 'change_request.create',
          resourceType: 'change_request',
          resource: resourceOf(project.key, request.id),
          before: null,
          after: request,
          comment: body.comment,
        });
        return request;
      });
    },

    async list(
      project: ProjectRow,
      filter: { status?: ChangeRequest['status'] | undefined; limit?: number | undefined },
    ) {
      const now = clock();
      const q = rows(db).where('c.project_id', project.id);
      if (filter.status === 'pending') q.where('c.status', 'pending').where('c.expires_at', '>', now);
      else if (filter.status === 'expired') q.where('c.status', 'pending').where('c.expires_at', '<=', now);
      else if (filter.status) q.where('c.status', filter.status);
      const found = (await q.orderBy('c.created_at', 'desc').limit(filter.limit ?? 50)) as Row[];
      return found.map((r) => view(r, now));
    },

    async get(project: ProjectRow, id: string): Promise<ChangeRequest> {
      return view(await find(db, project, id), clock());
    },

    async decide(
      principal: Principal,
      actor: Actor,
      project: ProjectRow,
      id: string,
      decision: 'approve' | 'reject',
      comment: string | undefined,
    ): Promise<ChangeRequest> {
      if (!mayApprove(principal, project.id)) {
        throw new ForbiddenError(
          'Deciding a change request needs a project admin of this project, an admin or an owner.',
        );
      }
      if (decision === 'reject' && !(comment ?? '').trim()) {
        throw new ValidationError(
          [{ path: 'body.comment', message: 'a rejection says why', rule: 'comment-required' }],
          'A rejection needs a comment: say why.',
        );
      }
      const now = clock();
      return mutate(db, actor, async (uow) => {
        const row = await find(uow.trx, project, id, true);
        const current = view(row, now);
        if (current.status !== 'pending')
          throw new ConflictError(`The change request is ${current.status}, not pending.`);
        if (row.author_user_id !== null && row.author_user_id === principal.userId) {
          throw new ForbiddenError('The author of a change request cannot decide it: another approver must.');
        }
        const decided = {
          decided_by_user_id: actor.userId,
          decided_by_email: actor.email,
          decision_comment: comment ?? null,
          decided_at: now,
        };
        const requestResource = resourceOf(project.key, id);
        if (decision === 'reject') {
          await uow
            .trx('change_requests')
            .where({ id })
            .update({ ...decided, status: 'rejected' });
          const after = view(await find(uow.trx, project, id), now);
          await uow.audit({
            action: 'change_request.reject',
            resourceType: 'change_request',
            resource: requestResource,
            before: current,
            after,
            comment,
          });
          return after;
        }
        const env = await findEnvironment(uow.trx, project, row.environment_key);
        const open = await openConfig(uow.trx, project, env, row.flag_key, undefined);
        if (open.row.version !== row.base_version) {
          throw new ConflictError(
            `The configuration of ${row.flag_key} in ${env.key} changed since this request was made ` +
              `(version ${row.base_version} → ${open.row.version}); reject it and propose the change again.`,
          );
        }
        await loadReferences(uow.trx, project.id, open.ctx, [
          {
            prerequisites: row.actions.flatMap((a) =>
              a.kind === 'addPrerequisite' ? [{ flag: a.flag }] : [],
            ),
          },
        ]);
        const result = applyActions(open.row.config, row.actions, {
          flagKey: open.flag.key,
          variationCount: open.flag.variations.length,
          flags: open.ctx.refs.flags,
        }).at(-1)!;
        const checked = await validateFor(uow.trx, project, open, result);
        if (!checked.ok) {
          throw new ConflictError(
            `The change no longer applies: ${checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
          );
        }
        const { before, after } = await saveConfig(uow.trx, project, env, open, checked.value);
        await uow
          .trx('change_requests')
          .where({ id })
          .update({ ...decided, status: 'applied' });
        // One audit entry, the change itself: made by the approver, the author named with their reason.
        const auditId = await uow.audit({
          action: 'flag_config.change',
          resourceType: 'flag_config',
          resource: configResource(project.key, row.flag_key, env.key),
          before,
          after,
          comment:
            `change request ${id} by ${row.author_email ?? 'a service token'}` +
            (row.comment ? `: ${row.comment}` : '') +
            (comment ? ` (approved: ${comment})` : ''),
        });
        const decidedView = view(await find(uow.trx, project, id), now);
        // The decision is announced too (change_request.decided), in the same transaction.
        await enqueueWebhooks(
          uow.trx,
          actor,
          {
            action: 'change_request.approve',
            resourceType: 'change_request',
            resource: requestResource,
            before: current,
            after: decidedView,
            comment,
          },
          auditId,
        );
        return decidedView;
      });
    },
  };
}
