// Guardrails that act: a running experiment with `autoStop` whose guardrail metric shows significant
// harm in its sequential (always-valid) test is stopped, control served, and the stop audited with the
// evidence. The sequential p-value is what makes checking every minute safe: looking often does not
// inflate false alarms, as it would with the fixed-horizon p-value.
//
// Every replica runs this worker; each experiment is claimed with FOR UPDATE SKIP LOCKED inside its own
// unit of work, so two replicas never judge (or stop) the same experiment at once.
import type { Knex } from 'knex';
import type { Worker } from '../../background/worker.ts';
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import type { Actor } from '../../http/principal.ts';
import type { ProjectRow } from '../projects/store.ts';
import { computeResults } from './results.ts';
import { metricsOf } from './results-service.ts';
import { applyTransition } from './service.ts';
import * as store from './store.ts';
import type { ExperimentEntry } from './view.ts';

/** The significance level of a guardrail's harm (two-sided sequential test). */
export const guardrailAlpha = 0.05;
const GUARDRAILS_NAME = 'ff-guardrails';

export interface GuardrailHarm {
  metric: string;
  variant: string;
  sequentialPValue: number;
  relativeLift: { lower: number; upper: number; estimate: number } | undefined;
  absoluteLift: { lower: number; upper: number; estimate: number } | undefined;
  controlUnits: number;
  variantUnits: number;
}

/** The guardrail harms in `experiment`'s current data: treatments significantly worse than control. */
export async function guardrailHarms(
  db: Knex,
  experiment: ExperimentEntry,
  now: Date,
): Promise<GuardrailHarm[]> {
  const { metrics, roles } = await metricsOf(db as Db, experiment);
  const guardrails = metrics.filter((m) => roles.get(m.key) === 'guardrail');
  if (guardrails.length === 0) return [];
  const results = await computeResults(db, experiment, guardrails, roles, guardrailAlpha, now);
  const harms: GuardrailHarm[] = [];
  for (const m of results.metrics) {
    const worse = m.direction === 'higher' ? -1 : 1;
    const control = m.variants[0]!;
    for (const v of m.variants.slice(1)) {
      const lift = v.absoluteLift?.estimate;
      if (v.sequentialPValue === undefined || lift === undefined) continue;
      if (v.sequentialPValue < guardrailAlpha && Math.sign(lift) === worse) {
        harms.push({
          metric: m.metric,
          variant: v.variant,
          sequentialPValue: v.sequentialPValue,
          relativeLift: v.relativeLift,
          absoluteLift: v.absoluteLift,
          controlUnits: control.units,
          variantUnits: v.units,
        });
      }
    }
  }
  return harms;
}

function guardrailActor(project: ProjectRow, experiment: ExperimentEntry): Actor {
  return {
    organizationId: project.organization_id,
    userId: null,
    email: null,
    tokenId: null,
    tokenName: GUARDRAILS_NAME,
    requestId: `experiment/${experiment.id}/guardrail`,
    source: { ip: null, userAgent: GUARDRAILS_NAME },
  };
}

/** Judges one claimed experiment; returns whether it was stopped. */
async function judge(db: Db, id: string, now: Date): Promise<boolean> {
  const head = (await db('experiments as x')
    .join('projects as p', 'p.id', 'x.project_id')
    .where('x.id', id)
    .first('p.*')) as ProjectRow | undefined;
  if (!head) return false;
  const project = head;
  let stopped = false;
  await mutate(db, guardrailActor(project, { id } as ExperimentEntry), async (uow) => {
    // Claimed for this pass: another replica judging the same experiment skips it.
    const claimed = await uow
      .trx('experiments')
      .where({ id, status: 'running' })
      .forUpdate()
      .skipLocked()
      .first('key');
    const row =
      claimed && (await store.findExperiment(uow.trx, project.id, (claimed as { key: string }).key));
    if (!row || !row.auto_stop) {
      uow.unchanged();
      return;
    }
    const harms = await guardrailHarms(uow.trx, row, now);
    if (harms.length === 0) {
      uow.unchanged();
      return;
    }
    const first = harms[0]!;
    const lift = first.relativeLift ? `${(first.relativeLift.estimate * 100).toFixed(1)}%` : 'n/a';
    await applyTransition(
      uow.trx,
      project,
      row,
      {
        action: 'stop',
        rollout: false,
        notes: `Stopped by guardrail ${first.metric}: ${first.variant} is worse than control (lift ${lift}, always-valid p = ${first.sequentialPValue.toPrecision(3)}).`,
        reason: 'guardrail',
        evidence: { alpha: guardrailAlpha, checkedAt: now.toISOString(), harms },
      },
      (entry) => uow.audit(entry),
    );
    stopped = true;
  });
  return stopped;
}

/** One pass: every running experiment with auto-stop and guardrails; returns the keys stopped. */
export async function runGuardrails(db: Db, now: Date): Promise<string[]> {
  const candidates = (await db('experiments')
    .where({ status: 'running', auto_stop: true })
    .whereRaw('jsonb_array_length(guardrail_metrics) > 0')
    .orderBy('id')
    .select('id', 'key')) as { id: string; key: string }[];
  const stopped: string[] = [];
  for (const c of candidates) if (await judge(db, c.id, now)) stopped.push(c.key);
  return stopped;
}

export const guardrailWorker: Worker = {
  name: 'experiment-guardrails',
  everyMs:
    Number(process.env.FF_GUARDRAILS_EVERY_MS) > 0 ? Number(process.env.FF_GUARDRAILS_EVERY_MS) : 60_000,
  run: async (db, now) => {
    await runGuardrails(db, now);
  },
};
