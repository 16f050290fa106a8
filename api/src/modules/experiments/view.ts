// Experiments as stored and as the API shows them.
import type { components } from '../../generated/openapi.ts';
import { iso } from '../flags/views.ts';

export type Experiment = components['schemas']['Experiment'];
export type ExperimentStatus = components['schemas']['ExperimentStatus'];
export type ExperimentVariant = components['schemas']['ExperimentVariant'];
export type ExperimentDecision = components['schemas']['ExperimentDecision'];
export type Population = components['schemas']['ExperimentPopulation'];

export interface ExperimentRow {
  id: string;
  project_id: string;
  environment_id: string;
  flag_id: string;
  key: string;
  name: string;
  hypothesis: string;
  description: string;
  variants: ExperimentVariant[];
  allocation: number;
  population: Population;
  salt: string;
  primary_metric: string | null;
  secondary_metrics: string[];
  guardrail_metrics: string[];
  auto_stop: boolean;
  status: ExperimentStatus;
  archived: boolean;
  started_at: Date | string | null;
  stopped_at: Date | string | null;
  decision: ExperimentDecision;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

/** A row joined with the keys of its environment and flag. */
export interface ExperimentEntry extends ExperimentRow {
  environment_key: string;
  environment_protected: boolean;
  flag_key: string;
}

export function experimentResource(project: string, key: string): string {
  return `projects/${project}/experiments/${key}`;
}

export function experimentUrl(project: string, key: string): string {
  return `/api/v1/${experimentResource(project, key)}`;
}

export function experimentView(row: ExperimentEntry): Experiment {
  return {
    key: row.key,
    name: row.name,
    hypothesis: row.hypothesis,
    description: row.description,
    environment: row.environment_key,
    flag: row.flag_key,
    variants: row.variants,
    allocation: Number(row.allocation),
    population: row.population ?? null,
    salt: row.salt,
    primaryMetric: row.primary_metric,
    secondaryMetrics: row.secondary_metrics,
    guardrailMetrics: row.guardrail_metrics,
    autoStop: row.auto_stop,
    status: row.status,
    archived: row.archived,
    startedAt: row.started_at === null ? null : iso(row.started_at),
    stoppedAt: row.stopped_at === null ? null : iso(row.stopped_at),
    decision: row.decision ?? null,
    version: Number(row.version),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** The split the engine buckets with (variant weights, allocation, salt). */
export function splitOf(row: Pick<ExperimentRow, 'variants' | 'allocation' | 'salt'>) {
  return { weights: row.variants.map((v) => v.weight), allocation: Number(row.allocation), salt: row.salt };
}
