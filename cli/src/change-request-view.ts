// How a change request reads in the terminal: one line each in lists; the diff (the same lines the
// write commands print) in detail.
import type { ChangeRequest, FfClient } from '@ff/client';
import { describeChange } from './flag-config.ts';
import { table } from './terminal.ts';

export function changeRequestsTable(items: readonly ChangeRequest[]): string {
  return table(items, [
    { header: 'id', get: (r) => r.id },
    { header: 'flag', get: (r) => r.flag },
    { header: 'env', get: (r) => r.environment },
    { header: 'status', get: (r) => r.status },
    { header: 'author', get: (r) => r.author.email ?? '' },
    { header: 'comment', get: (r) => r.comment ?? '' },
    { header: 'decided by', get: (r) => r.decidedBy?.email ?? '' },
    { header: 'created', get: (r) => r.createdAt },
  ]);
}

/** The request and its diff, line by line. */
export async function describeChangeRequest(
  api: FfClient,
  project: string,
  r: ChangeRequest,
): Promise<string[]> {
  const { data: flag } = await api.getFlag({ path: { project, flag: r.flag } });
  const lines = [
    `change request ${r.id}: ${r.flag} in ${r.environment}, ${r.status}`,
    `  by ${r.author.email ?? 'a service token'} at ${r.createdAt}${r.comment ? `: ${r.comment}` : ''}`,
    `  on version ${r.baseVersion}${r.status === 'pending' ? `, expires ${r.expiresAt}` : ''}`,
    ...describeChange(flag, r.before, r.after),
  ];
  if (r.decidedBy) {
    lines.push(
      `  ${r.status} by ${r.decidedBy.email ?? 'a service token'} at ${r.decidedAt}${r.decisionComment ? `: ${r.decisionComment}` : ''}`,
    );
  }
  return lines;
}
