// Environment writes shared by `ff envs create|clone|protect|unprotect` and the dashboard: one request
// each (protection with If-Match from a fresh read), so there is no second write path.
import type { Environment, EnvironmentCreate, FfClient } from '@ff/client';

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

/** A new environment: every flag of the project gets an off configuration there. */
export async function createEnvironment(
  api: FfClient,
  project: string,
  body: EnvironmentCreate,
): Promise<Environment> {
  const { data } = await api.createEnvironment({ path: { project }, body });
  return data;
}

/** A new environment holding a copy of every flag configuration of `source` (the API's clone). */
export async function cloneEnvironment(
  api: FfClient,
  project: string,
  source: string,
  body: EnvironmentCreate,
): Promise<Environment> {
  const { data } = await api.cloneEnvironment({ path: { project, env: source }, body });
  return data;
}
