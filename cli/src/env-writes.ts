// Environment writes shared by `ff envs protect|unprotect` and the dashboard: one request each (with
// If-Match from a fresh read), so there is no second write path.
import type { Environment, FfClient } from '@ff/client';

export async function setEnvironmentProtection(
  api: FfClient,
  project: string,
  env: string,
  protect: boolean,
): Promise<Environment> {
  const path = { project, env };
  const current = await api.getEnvironment({ path });
  const { data } = await api.updateEnvironment({
    path,
    headers: { 'If-Match': String(current.headers.etag) },
    body: { protected: protect },
  });
  return data;
}
