// What an SDK accepts from a server: the validators of validate.ts, except that a clause whose operator
// this engine does not know is kept and never matches (as compileRuleset compiles it), instead of the
// whole document being refused. A server may be newer than the SDK reading it; an operator added there
// then costs an old SDK the rules that use it, not its whole ruleset. Everything else (shapes, limits,
// indexes, references, cycles) is checked exactly as validateRuleset checks it.
import { OPERATORS } from './operator-names.ts';
import { RulesetFlagSchema } from './ruleset-schema.ts';
import type { Ruleset, RulesetFlag } from './ruleset-schema.ts';
import type { Segment } from './schema.ts';
import { formatPath, validateRuleset, validateSegment } from './validate.ts';
import type { ValidationResult } from './validate.ts';

const known: ReadonlySet<string> = new Set(OPERATORS);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A clause set aside for validation: where it was, and its operator and values as sent. */
interface SetAside {
  /** From the validated document's root to the rules array holding the clause. */
  rules: readonly string[];
  rule: number;
  clause: number;
  op: string;
  values: unknown;
}

/**
 * `rules` with every clause of an unknown operator replaced by a stand-in that validates (same
 * attribute and negate, operator `in`, as many values), recording each in `out`; `rules` itself when
 * there is none. Only the arrays on the way to a replaced clause are copied.
 */
function maskRules(rules: unknown, at: readonly string[], out: SetAside[]): unknown {
  if (!Array.isArray(rules)) return rules;
  let copy: unknown[] | undefined;
  rules.forEach((rule, i) => {
    if (!isObj(rule) || !Array.isArray(rule.clauses)) return;
    let clauses: unknown[] | undefined;
    rule.clauses.forEach((clause, j) => {
      if (!isObj(clause) || typeof clause.op !== 'string' || known.has(clause.op)) return;
      out.push({ rules: at, rule: i, clause: j, op: clause.op, values: clause.values });
      const values = Array.isArray(clause.values) ? clause.values.map(() => '') : clause.values;
      clauses ??= [...(rule.clauses as unknown[])];
      clauses[j] = { ...clause, op: 'in', values };
    });
    if (clauses === undefined) return;
    copy ??= [...rules];
    copy[i] = { ...rule, clauses };
  });
  return copy ?? rules;
}

/** Puts the set-aside operators and values back into the validated document. */
function restore(doc: unknown, setAside: readonly SetAside[]): void {
  for (const s of setAside) {
    let node: unknown = doc;
    for (const k of s.rules) node = (node as Obj)[k];
    const clause = ((node as Obj[])[s.rule]!.clauses as Obj[])[s.clause]!;
    clause.op = s.op;
    clause.values = s.values;
  }
}

function read<T>(
  input: unknown,
  mask: (input: Obj, out: SetAside[]) => Obj,
  validate: (input: unknown) => ValidationResult<T>,
): ValidationResult<T> {
  const setAside: SetAside[] = [];
  const masked = isObj(input) ? mask(input, setAside) : input;
  const checked = validate(masked);
  if (checked.ok) restore(checked.value, setAside);
  return checked;
}

function maskFlag(flag: Obj, out: SetAside[], at: readonly string[]): Obj {
  if (!isObj(flag.config)) return flag;
  const rules = maskRules(flag.config.rules, [...at, 'config', 'rules'], out);
  return rules === flag.config.rules ? flag : { ...flag, config: { ...flag.config, rules } };
}

function maskSegment(segment: Obj, out: SetAside[], at: readonly string[]): Obj {
  const rules = maskRules(segment.rules, [...at, 'rules'], out);
  return rules === segment.rules ? segment : { ...segment, rules };
}

function maskTable(table: unknown, at: string, out: SetAside[], each: typeof maskFlag): unknown {
  if (!isObj(table)) return table;
  let copy: Obj | undefined;
  for (const [key, value] of Object.entries(table)) {
    if (!isObj(value)) continue;
    const masked = each(value, out, [at, key]);
    if (masked !== value) (copy ??= { ...table })[key] = masked;
  }
  return copy ?? table;
}

/**
 * Validates a ruleset as {@link validateRuleset} does, except that a clause whose operator this engine
 * does not know is kept as sent and never matches. For SDKs reading what a (possibly newer) server sent.
 */
export function readRuleset(input: unknown): ValidationResult<Ruleset> {
  return read(
    input,
    (doc, out) => {
      const flags = maskTable(doc.flags, 'flags', out, maskFlag);
      const segments = maskTable(doc.segments, 'segments', out, maskSegment);
      return flags === doc.flags && segments === doc.segments ? doc : { ...doc, flags, segments };
    },
    validateRuleset,
  );
}

/** Validates one ruleset flag (a stream patch) with the same tolerance as {@link readRuleset}. */
export function readRulesetFlag(input: unknown): ValidationResult<RulesetFlag> {
  return read(
    input,
    (flag, out) => maskFlag(flag, out, []),
    (masked) => {
      const parsed = RulesetFlagSchema.safeParse(masked);
      if (parsed.success) return { ok: true, value: parsed.data };
      const issues = parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
      return { ok: false, issues };
    },
  );
}

/** Validates one segment (a stream patch) with the same tolerance as {@link readRuleset}. */
export function readSegment(input: unknown): ValidationResult<Segment> {
  return read(input, (segment, out) => maskSegment(segment, out, []), validateSegment);
}
