// How a schedule reads in the terminal: one line per schedule in lists, its steps under it in detail.
import type { Schedule } from '@ff/client';
import { table } from './terminal.ts';

type Step = Schedule['steps'][number];
type Action = Step['actions'][number];

/** `setRollout 25%`, `turnOn`… : enough to recognise a step without reading JSON. */
export function describeActions(actions: readonly Action[]): string {
  return actions
    .map((a) => {
      if (a.kind === 'setRollout') {
        const first = a.weights[0];
        return `rollout ${first ? `${first.weight / 1000}% to variation ${first.variation}` : ''}${a.ruleId ? ` in rule ${a.ruleId}` : ''}`;
      }
      return a.kind;
    })
    .join(', ');
}

/** `2/4 done, next 2026-12-04T09:00:00.000Z`. */
export function progressOf(s: Schedule): string {
  const done = s.steps.filter((st) => st.status === 'done').length;
  const next = s.steps.find((st) => st.status === 'pending');
  return `${done}/${s.steps.length} done${next && s.status === 'active' ? `, next ${next.at}` : ''}`;
}

export function schedulesTable(items: readonly Schedule[]): string {
  return table(items, [
    { header: 'id', get: (s) => s.id },
    { header: 'flag', get: (s) => s.flag },
    { header: 'env', get: (s) => s.environment },
    { header: 'status', get: (s) => s.status },
    { header: 'progress', get: (s) => progressOf(s) },
    { header: 'by', get: (s) => s.createdBy.email ?? '' },
    { header: 'failure', get: (s) => s.failure ?? '' },
  ]);
}

export function stepsTable(s: Schedule): string {
  return table(s.steps, [
    { header: '#', get: (st) => String(st.position) },
    { header: 'at', get: (st) => st.at },
    { header: 'change', get: (st) => describeActions(st.actions) },
    { header: 'status', get: (st) => st.status },
    { header: 'version', get: (st) => (st.resultVersion === null ? '' : String(st.resultVersion)) },
    { header: 'detail', get: (st) => st.detail ?? '' },
  ]);
}
