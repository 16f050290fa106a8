// The stale-flag rules (issue 14 item 2), pure: flags, their configurations and their usage in, the stale
// ones with reason, evidence and suggested action out. What "serves one variation to everyone" means is
// the engine's (singleVariation); this file only adds the time windows and the wording.
import { singleVariation } from '@ff/engine';
import type { SingleVariationConfig } from '@ff/engine';

export type StaleReason = 'rolled-out' | 'not-evaluated' | 'never-evaluated' | 'archived-but-evaluated';

export interface StaleInputFlag {
  key: string;
  temporary: boolean;
  archived: boolean;
  createdAt: Date;
  /** The flag's last change (archiving included). */
  updatedAt: Date;
  variationNames: string[];
  /** Its configuration in each environment of the project (missing: never configured there). */
  configs: { environment: string; config: SingleVariationConfig; updatedAt: Date }[];
  /** Its last evaluation in any environment, if SDKs ever reported one. */
  lastEvaluatedAt: Date | undefined;
}

export interface StaleFlag {
  flag: string;
  reason: StaleReason;
  detail: string;
  suggestedAction: string;
  archived: boolean;
  temporary: boolean;
  lastEvaluatedAt: Date | null;
  servedVariations?: { environment: string; variation: number; name: string }[];
  /** Code references (`ff refs --push`) over every pushed repository; null when none was pushed. */
  references: number | null;
}

/** Per flag key: code references and the repositories they are in (code-references' referenceCounts). */
export type ReferenceCounts = ReadonlyMap<string, { references: number; repositories: number }>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Adds what the code says to a stale flag: "stale but still referenced" gets the count and an action
 * that starts with the references; a stale flag nothing references can go at once.
 */
function withReferences(s: StaleFlag, refs: ReferenceCounts | undefined): StaleFlag {
  if (refs === undefined) return s;
  const r = refs.get(s.flag);
  const n = r?.references ?? 0;
  if (n === 0) {
    const clean =
      s.reason === 'archived-but-evaluated'
        ? s.suggestedAction
        : 'No pushed repository references it: archive it.';
    return { ...s, references: 0, suggestedAction: s.reason === 'rolled-out' ? s.suggestedAction : clean };
  }
  const where = `${plural(n, 'place', 'places')} in ${plural(r!.repositories, 'repository', 'repositories')}`;
  return {
    ...s,
    references: n,
    detail: `${s.detail} Still referenced in ${where}.`,
    suggestedAction:
      s.reason === 'rolled-out'
        ? s.suggestedAction
        : `Remove its ${plural(n, 'code reference', 'code references')} (ff refs lists them), then ${s.archived ? 'keep it archived' : 'archive it'}.`,
  };
}

const dayMs = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);
const daysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / dayMs);

/**
 * The stale flags among `flags`, one entry per flag with its first reason in this order: archived but
 * evaluated (archived flags get no other reason), never evaluated, not evaluated, rolled out. `environments`
 * are the project's environment keys: a flag is rolled out only if every one serves a single variation.
 */
export function staleFlags(
  flags: readonly StaleInputFlag[],
  environments: readonly string[],
  staleAfterDays: number,
  now: Date,
  references?: ReferenceCounts,
): StaleFlag[] {
  return detect(flags, environments, staleAfterDays, now).map((s) => withReferences(s, references));
}

function detect(
  flags: readonly StaleInputFlag[],
  environments: readonly string[],
  staleAfterDays: number,
  now: Date,
): StaleFlag[] {
  const cutoff = new Date(now.getTime() - staleAfterDays * dayMs);
  const out: StaleFlag[] = [];
  for (const f of flags) {
    const base = {
      flag: f.key,
      archived: f.archived,
      temporary: f.temporary,
      lastEvaluatedAt: f.lastEvaluatedAt ?? null,
      references: null,
    };
    const last = f.lastEvaluatedAt;
    if (f.archived) {
      // Archived no later than its last change: an evaluation after that reached an archived flag.
      if (last !== undefined && last > f.updatedAt) {
        out.push({
          ...base,
          reason: 'archived-but-evaluated',
          detail: `Archived (last changed ${day(f.updatedAt)}), but SDKs evaluated it as late as ${day(last)}.`,
          suggestedAction:
            'Remove the code that still evaluates it (it serves the fallback there), or unarchive it.',
        });
      }
      continue;
    }
    if (last === undefined) {
      if (f.createdAt <= cutoff) {
        out.push({
          ...base,
          reason: 'never-evaluated',
          detail: `Created ${day(f.createdAt)} (${daysBetween(f.createdAt, now)} days ago) and never evaluated by any SDK.`,
          suggestedAction: 'Ship the code that uses it, or archive it if the plan changed.',
        });
      }
      continue;
    }
    if (last <= cutoff) {
      out.push({
        ...base,
        reason: 'not-evaluated',
        detail: `Not evaluated in any environment for ${daysBetween(last, now)} days (last ${day(last)}).`,
        suggestedAction: 'Check that no code uses it any more, then archive it.',
      });
      continue;
    }
    const rolled = rolledOut(f, environments, cutoff);
    if (rolled !== undefined) out.push({ ...base, ...rolled });
  }
  return out;
}

function rolledOut(
  f: StaleInputFlag,
  environments: readonly string[],
  cutoff: Date,
): Pick<StaleFlag, 'reason' | 'detail' | 'suggestedAction' | 'servedVariations'> | undefined {
  if (!f.temporary || environments.length === 0 || f.createdAt > cutoff) return undefined;
  const byEnv = new Map(f.configs.map((c) => [c.environment, c]));
  const served: { environment: string; variation: number; name: string }[] = [];
  let lastChange = f.createdAt;
  let allOff = true;
  for (const env of environments) {
    const c = byEnv.get(env);
    if (c === undefined || c.updatedAt > cutoff) return undefined;
    const v = singleVariation(c.config);
    if (v === undefined) return undefined;
    if (c.config.on) allOff = false;
    if (c.updatedAt > lastChange) lastChange = c.updatedAt;
    served.push({ environment: env, variation: v, name: f.variationNames[v] ?? `#${v}` });
  }
  const names = [...new Set(served.map((s) => s.name))];
  const since = `unchanged since ${day(lastChange)}`;
  if (allOff) {
    return {
      reason: 'rolled-out',
      detail: `Off everywhere, serving "${names.join('", "')}" to everyone (${since}).`,
      suggestedAction: 'Fully off: remove the code behind it, then archive the flag.',
      servedVariations: served,
    };
  }
  if (names.length === 1) {
    return {
      reason: 'rolled-out',
      detail: `Serves "${names[0]}" to everyone in every environment (${since}).`,
      suggestedAction: `Fully rolled out: keep the "${names[0]}" path in code, remove the flag check, then archive the flag.`,
      servedVariations: served,
    };
  }
  const list = served.map((s) => `${s.environment}: "${s.name}"`).join(', ');
  return {
    reason: 'rolled-out',
    detail: `Each environment serves one variation to everyone (${list}; ${since}).`,
    suggestedAction:
      'Decide which variation stays, keep that path in code, remove the flag check, then archive it.',
    servedVariations: served,
  };
}
