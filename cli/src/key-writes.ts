// SDK key writes shared by `ff keys create|rotate|revoke` and the dashboard's Settings page: one request
// each, so there is no second write path. The secret comes back once (create, rotate) and is never
// readable again: callers show it with `secretLines` and keep it nowhere.
import type { CreatedSdkKey, FfClient, SdkKey } from '@ff/client';

export type SdkKeyKind = 'server' | 'client';
export const sdkKeyKinds: readonly SdkKeyKind[] = ['server', 'client'];

/** How long (seconds) a rotated-out key keeps working: the CLI's --overlap and the dashboard's prompt. */
export const rotateOverlap = { min: 0, max: 604800, default: 3600 } as const;

export async function listSdkKeys(api: FfClient, project: string, env: string): Promise<SdkKey[]> {
  const { data } = await api.listSdkKeys({ path: { project, env } });
  return data.items;
}

export async function createSdkKey(
  api: FfClient,
  project: string,
  env: string,
  key: { kind: SdkKeyKind; name?: string | undefined },
): Promise<CreatedSdkKey> {
  const { data } = await api.createSdkKey({
    path: { project, env },
    body: { kind: key.kind, ...(key.name ? { name: key.name } : {}) },
  });
  return data;
}

/** A replacement key; the old one keeps working for `overlapSeconds`, then expires. */
export async function rotateSdkKey(
  api: FfClient,
  project: string,
  env: string,
  keyId: string,
  overlapSeconds: number,
): Promise<CreatedSdkKey> {
  const { data } = await api.rotateSdkKey({
    path: { project, env, keyId },
    body: { overlapSeconds },
  });
  return data;
}

export async function revokeSdkKey(
  api: FfClient,
  project: string,
  env: string,
  keyId: string,
): Promise<void> {
  await api.revokeSdkKey({ path: { project, env, keyId } });
}

/** "3600" → "1h", "90" → "1m 30s": an overlap as people read it. */
export function durationText(seconds: number): string {
  if (seconds === 0) return 'at once';
  const parts: string[] = [];
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (d) parts.push(`${d}d`);
  if (h) parts.push(`${h}h`);
  if (m) parts.push(`${m}m`);
  if (s) parts.push(`${s}s`);
  return parts.join(' ');
}

/** What to tell whoever created or rotated a key: what it is, and the secret, shown once. */
export function secretLines(key: CreatedSdkKey, rotatedOverlap?: number): string[] {
  return [
    rotatedOverlap === undefined
      ? `${key.kind} key "${key.name}" for ${key.environment} (id ${key.id})`
      : `new ${key.kind} key "${key.name}" for ${key.environment} (id ${key.id}); the old one stops working ${rotatedOverlap === 0 ? 'now' : `in ${durationText(rotatedOverlap)}`}`,
    'copy it now: it is not shown again',
    key.key,
  ];
}
