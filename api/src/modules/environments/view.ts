// Environment rows → the spec's Environment, in one place, plus the audit resource paths.
import type { components } from '../../generated/openapi.ts';
import type { EnvironmentRow } from './store.ts';

export type Environment = components['schemas']['Environment'];

/** Timestamps leave the API as ISO-8601 strings whatever the driver returned. */
export function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

export function environmentView(row: EnvironmentRow): Environment {
  return {
    key: row.key,
    name: row.name,
    color: row.color,
    protected: row.protected,
    sortOrder: row.sort_order,
    allowedOrigins: row.allowed_origins ?? null,
    version: Number(row.version),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function environmentPath(projectKey: string, envKey: string): string {
  return `projects/${projectKey}/environments/${envKey}`;
}

export function environmentUrl(projectKey: string, envKey: string): string {
  return `/api/v1/projects/${projectKey}/environments/${envKey}`;
}
