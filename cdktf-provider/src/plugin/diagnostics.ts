// Diagnostics: how every problem reaches the user, with the attribute path it is about. API errors
// become diagnostics carrying the problem's detail and per-field messages; nothing throws past an RPC.
import { ApiError } from '@ff/client';

export type PathStep = string | number;

export interface Diagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail?: string;
  path?: readonly PathStep[];
}

/** Thrown inside a handler to end the RPC with these diagnostics. */
export class DiagnosticsError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.summary).join('; '));
    this.diagnostics = diagnostics;
  }
}

export function error(summary: string, detail?: string, path?: readonly PathStep[]): Diagnostic {
  return {
    severity: 'error',
    summary,
    ...(detail === undefined ? {} : { detail }),
    ...(path ? { path } : {}),
  };
}

/** Turns whatever a handler threw into diagnostics; `what` says what was being done. */
export function toDiagnostics(thrown: unknown, what: string): Diagnostic[] {
  if (thrown instanceof DiagnosticsError) return thrown.diagnostics;
  if (thrown instanceof ApiError) {
    const fields = thrown.errors.map((e) => `${e.path}: ${e.message}`);
    const detail = [
      thrown.detail ?? thrown.title,
      ...fields,
      thrown.requestId ? `(request id ${thrown.requestId})` : '',
    ]
      .filter(Boolean)
      .join('\n');
    return [error(`${what}: the ff API answered ${thrown.status} ${thrown.title}`, detail)];
  }
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return [error(`${what} failed`, message)];
}

/** `rules[0].clauses[1].values`: how the detail names a nested attribute. */
export function formatSteps(path: readonly PathStep[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** The tfplugin6 Diagnostic message. */
export function protoDiagnostic(d: Diagnostic): unknown {
  // Terraform underlines a top-level attribute, but not one inside an object or list expression: the
  // detail names the nested attribute so the user still sees where.
  const where = d.path && d.path.length > 1 ? `At ${formatSteps(d.path)}: ` : '';
  return {
    severity: d.severity === 'error' ? 1 : 2,
    summary: d.summary,
    detail: where + (d.detail ?? ''),
    attribute: d.path
      ? {
          steps: d.path.map((s) => (typeof s === 'number' ? { element_key_int: s } : { attribute_name: s })),
        }
      : undefined,
  };
}

/**
 * Maps an engine or API validation path (`rules[0].clauses[1].values`, `fallthrough.rollout.weights`,
 * camelCase names) onto attribute path steps of our schema (snake_case names). A step into a set has no
 * index in Terraform, so the path stops at the set attribute.
 */
export function pathFromAccessor(accessor: string, sets: ReadonlySet<string> = new Set()): PathStep[] {
  const steps: PathStep[] = [];
  const re = /([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (const m of accessor.matchAll(re)) {
    if (m[2] !== undefined) {
      const last = steps[steps.length - 1];
      if (typeof last === 'string' && sets.has(last)) break;
      steps.push(Number(m[2]));
    } else {
      const name = m[1] ?? JSON.parse(`"${m[3]}"`);
      steps.push(name.replace(/[A-Z]/g, (c: string) => `_${c.toLowerCase()}`));
    }
  }
  return steps;
}
