// Member writes shared by `ff members invite|role|remove` and the dashboard: one request each, so
// there is no second write path.
import type { FfClient, Invitation, Member, Role } from '@ff/client';

export const roles: readonly Role[] = ['owner', 'admin', 'project_admin', 'developer', 'viewer'];

export async function inviteMember(
  api: FfClient,
  invite: { email: string; role: Role; project?: string | undefined },
): Promise<Invitation> {
  const { data } = await api.inviteMember({
    body: { email: invite.email, role: invite.role, ...(invite.project ? { project: invite.project } : {}) },
  });
  return data;
}

/** What to tell the inviter: the code (shown once) and the invitee's next step. */
export function inviteNextSteps(data: Invitation, apiUrl: string): string[] {
  return [
    `invited ${data.email} as ${data.role}; invite code (shown once): ${data.inviteCode}`,
    `Next: give ${data.email} the code; to accept it (and choose a password) they run`,
    `  ff login --invite ${data.inviteCode} --api-url ${apiUrl}`,
  ];
}

export async function changeMemberRole(
  api: FfClient,
  member: Pick<Member, 'id' | 'version'>,
  role: Role,
  project?: string,
): Promise<Member> {
  const { data } = await api.updateMember({
    path: { memberId: member.id },
    headers: { 'If-Match': `"${member.version}"` },
    body: { role, ...(project ? { project } : {}) },
  });
  return data;
}

export async function removeMember(api: FfClient, member: Pick<Member, 'id'>): Promise<void> {
  await api.removeMember({ path: { memberId: member.id } });
}
