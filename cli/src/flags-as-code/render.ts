// A plan as people read it, terraform-style: one line per resource (`+` create, `~` update, `-` delete)
// and, under updates, each changed field with its value before and after.
import { summarize } from './diff.ts';
import type { Change, Plan } from './diff.ts';

const symbols = { create: '+', update: '~', delete: '-' } as const;

function label(change: Change): string {
  switch (change.type) {
    case 'environment':
      return `environment ${change.key}`;
    case 'segment':
      return `segment ${change.key}`;
    case 'segmentMembers':
      return `segment ${change.key} members`;
    case 'flag':
      return `flag ${change.key}`;
    case 'flagConfig':
      return `flag ${change.key} in ${change.env}`;
    case 'metric':
      return `metric ${change.key}`;
    case 'experiment':
      return `experiment ${change.key}${change.transitions?.length ? ` (${change.transitions.join(', then ')})` : ''}`;
  }
}

function show(value: unknown, width: number): string {
  const text = value === undefined ? '(unset)' : JSON.stringify(value);
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

function fieldLines(change: Change, width: number): string[] {
  if (change.type === 'segmentMembers' && change.members) {
    const { add, remove } = change.members;
    const lines: string[] = [];
    for (const list of ['included', 'excluded'] as const) {
      if (add[list].length > 0) lines.push(`      + ${list}: ${show(add[list], width)}`);
      if (remove[list].length > 0) lines.push(`      - ${list}: ${show(remove[list], width)}`);
    }
    return lines;
  }
  if (change.action === 'delete') return [];
  return change.fields.map((f) =>
    change.action === 'create'
      ? `      ${f.field}: ${show(f.after, width)}`
      : `      ~ ${f.field}: ${show(f.before, width / 2)} → ${show(f.after, width / 2)}`,
  );
}

/** The plan as text, ending with the summary line (or "No changes."). */
export function renderPlan(plan: Plan, source: string, options: { width?: number } = {}): string {
  const width = options.width ?? 100;
  const lines: string[] = [];
  if (plan.changes.length === 0) {
    lines.push(`No changes. Project ${plan.project} matches ${source}.`);
  } else {
    lines.push(`Project ${plan.project}: to match ${source}, ff apply will`, '');
    for (const change of plan.changes) {
      const archive =
        change.type === 'flag' && change.fields.length === 1 && change.fields[0]!.field === 'archived';
      const verb = archive ? (change.fields[0]!.after ? ' (archive)' : ' (unarchive)') : '';
      lines.push(`  ${symbols[change.action]} ${label(change)}${verb}`);
      if (!archive) lines.push(...fieldLines(change, width));
    }
    const { add, change, destroy } = summarize(plan);
    lines.push('', `Plan: ${add} to add, ${change} to change, ${destroy} to destroy.`);
  }
  const { flags, segments } = plan.unmanaged;
  if (flags.length + segments.length > 0) {
    const listed = [...flags.map((k) => `flag ${k}`), ...segments.map((k) => `segment ${k}`)];
    lines.push('', `Not in ${source} (kept; --prune deletes them): ${listed.join(', ')}.`);
  }
  return lines.join('\n');
}
