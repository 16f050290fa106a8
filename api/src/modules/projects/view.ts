// Project rows → the spec's Project (always with its environments, in display order), in one place.
import type { components } from '../../generated/openapi.ts';
import type { EnvironmentRow } from '../environments/store.ts';
import type { ProjectRow } from './store.ts';
import { environmentView, iso } from '../environments/view.ts';

export type Project = components['schemas']['Project'];

export function projectView(row: ProjectRow, environments: readonly EnvironmentRow[]): Project {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    eventRetentionDays: row.event_retention_days ?? null,
    version: Number(row.version),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    environments: environments.filter((e) => e.project_id === row.id).map(environmentView),
  };
}

export function projectPath(projectKey: string): string {
  return `projects/${projectKey}`;
}

export function projectUrl(projectKey: string): string {
  return `/api/v1/projects/${projectKey}`;
}
