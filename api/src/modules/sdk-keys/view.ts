// SDK key rows → the spec's SdkKey, in one place. A key's secret never appears here: only its prefix.
import type { components } from '../../generated/openapi.ts';
import { iso } from '../environments/view.ts';
import type { SdkKeyRow } from './store.ts';

export type SdkKey = components['schemas']['SdkKey'];
export type CreatedSdkKey = components['schemas']['CreatedSdkKey'];

export function sdkKeyView(row: SdkKeyRow, environmentKey: string): SdkKey {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    prefix: row.prefix,
    environment: environmentKey,
    createdAt: iso(row.created_at),
    expiresAt: row.expires_at === null ? null : iso(row.expires_at),
    revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
  };
}

export function sdkKeyPath(projectKey: string, environmentKey: string, id: string): string {
  return `projects/${projectKey}/environments/${environmentKey}/sdk-keys/${id}`;
}
