// The change control of an environment on the direct write path of flag configurations: with approvals
// on, only those who may approve (project admins and above) write directly; with comments required,
// every write carries one. Called by the flag-configs handlers before they write.
import { ForbiddenError, ValidationError } from '../../http/errors.ts';
import { can } from '../../http/permissions.ts';
import type { Principal } from '../../http/principal.ts';
import type { ApprovalSettings, EnvironmentRow } from '../environments/store.ts';

/** Whether `principal` may approve (and so write directly) in project `projectId`. */
export function mayApprove(principal: Principal, projectId: string): boolean {
  // The protected-environment rule of flags:write is exactly "administers the project".
  return can(principal, 'flags:write', { projectId, protectedEnvironment: true });
}

export function requireComment(
  settings: ApprovalSettings,
  envKey: string,
  comment: string | undefined | null,
) {
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

/**
 * Throws unless `principal` may write this environment's configurations directly with `comment`. The
 * settings are the environment row's, as the request resolved it (no second read; the write does not
 * lock them either, so this is the same check a second read would make).
 */
export function enforceChangeControl(
  principal: Principal,
  projectId: string,
  environment: Pick<EnvironmentRow, 'key' | 'requires_approval' | 'requires_comment'>,
  comment: string | undefined,
): void {
  if (environment.requires_approval && !mayApprove(principal, projectId)) {
    const e = new ForbiddenError(
      `${environment.key} requires approval: propose the change as a change request ` +
        '(POST /api/v1/projects/{project}/change-requests, or any ff flags command, which does it for you).',
    );
    throw e;
  }
  requireComment(environment, environment.key, comment);
}
