// The change control of an environment on the direct write path of flag configurations: with approvals
// on, only those who may approve (project admins and above) write directly; with comments required,
// every write carries one. Called by the flag-configs handlers before they write.
import type { Knex } from 'knex';
import { ForbiddenError, ValidationError } from '../../http/errors.ts';
import { can } from '../../http/permissions.ts';
import type { Principal } from '../../http/principal.ts';

export interface ApprovalRow {
  requires_approval: boolean;
  requires_comment: boolean;
}

/** Whether `principal` may approve (and so write directly) in project `projectId`. */
export function mayApprove(principal: Principal, projectId: string): boolean {
  // The protected-environment rule of flags:write is exactly "administers the project".
  return can(principal, 'flags:write', { projectId, protectedEnvironment: true });
}

export async function approvalSettingsOf(db: Knex, environmentId: string): Promise<ApprovalRow> {
  return (await db('environments')
    .where({ id: environmentId })
    .first('requires_approval', 'requires_comment')) as ApprovalRow;
}

export function requireComment(settings: ApprovalRow, envKey: string, comment: string | undefined | null) {
  if (settings.requires_comment && !(comment ?? '').trim()) {
    throw new ValidationError(
      [
        {
          path: 'body.comment',
          message: `${envKey} requires a comment on every change`,
          rule: 'comment-required',
        },
      ],
      `${envKey} requires a comment on every change: say why.`,
    );
  }
}

/** Throws unless `principal` may write this environment's configurations directly with `comment`. */
export async function enforceChangeControl(
  db: Knex,
  principal: Principal,
  projectId: string,
  environment: { id: string; key: string },
  comment: string | undefined,
): Promise<void> {
  const settings = await approvalSettingsOf(db, environment.id);
  if (settings.requires_approval && !mayApprove(principal, projectId)) {
    const e = new ForbiddenError(
      `${environment.key} requires approval: propose the change as a change request ` +
        '(POST /api/v1/projects/{project}/change-requests, or any ff flags command, which does it for you).',
    );
    throw e;
  }
  requireComment(settings, environment.key, comment);
}
