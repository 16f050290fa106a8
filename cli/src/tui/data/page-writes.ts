// Running the Settings and Segments pages' writes through the CLI's own write modules (key-writes.ts,
// env-writes.ts, segment-writes.ts): a new key's secret opens the `secret` overlay (shown once, never
// kept in the state after it closes), a CSV import drives the progress overlay, and what changed is
// read back into the state.
import type { CreatedSdkKey } from '@ff/client';
import { cloneEnvironment, createEnvironment } from '../../env-writes.ts';
import { createSdkKey, listSdkKeys, revokeSdkKey, rotateSdkKey, secretLines } from '../../key-writes.ts';
import type { ImportProgress } from '../../segment-writes.ts';
import {
  importSegmentMembers,
  importSummary,
  readMembersCsv,
  segmentEtag,
  updateSegment,
} from '../../segment-writes.ts';
import type { SegmentEditWrite } from '../state/segments-edit.ts';
import type { SettingsWrite } from '../state/settings.ts';
import { reload } from './effects.ts';
import type { EffectDeps } from './effects.ts';

async function refreshKeys(deps: EffectDeps, env: string): Promise<void> {
  deps.dispatch({ type: 'settings', do: 'keys', env, keys: await listSdkKeys(deps.api, deps.project, env) });
}

function showSecret(deps: EffectDeps, key: CreatedSdkKey, overlap?: number): void {
  const [what, hint, secret] = secretLines(key, overlap);
  deps.dispatch({ type: 'clearStatus' });
  deps.dispatch({
    type: 'overlay',
    overlay: {
      kind: 'secret',
      title: `New SDK key: ${hint}`,
      lines: [what!, '', secret!],
      secret: secret!,
    },
  });
}

export async function runSettingsWrite(deps: EffectDeps, w: SettingsWrite): Promise<void> {
  const { api, project, dispatch } = deps;
  switch (w.op) {
    case 'createKey': {
      const created = await createSdkKey(api, project, w.env, { kind: w.keyKind, name: w.name });
      await refreshKeys(deps, w.env);
      showSecret(deps, created);
      return;
    }
    case 'rotateKey': {
      const created = await rotateSdkKey(api, project, w.env, w.key.id, w.overlap);
      await refreshKeys(deps, w.env);
      showSecret(deps, created, w.overlap);
      return;
    }
    case 'revokeKey':
      await revokeSdkKey(api, project, w.env, w.key.id);
      await refreshKeys(deps, w.env);
      dispatch({ type: 'status', text: `revoked ${w.key.kind} key "${w.key.name}" in ${w.env}`, tone: 'ok' });
      return;
    case 'createEnv': {
      const body = { key: w.key, name: w.name, protected: w.protect };
      const e = w.source
        ? await cloneEnvironment(api, project, w.source, body)
        : await createEnvironment(api, project, body);
      await reload(deps);
      dispatch({
        type: 'status',
        text: w.source
          ? `created ${e.key} as a copy of ${w.source}${e.protected ? ' (protected)' : ''}`
          : `created environment ${e.key}${e.protected ? ' (protected)' : ''}: every flag is off there`,
        tone: 'ok',
      });
      return;
    }
  }
}

export async function runSegmentWrite(deps: EffectDeps, w: SegmentEditWrite): Promise<void> {
  const { api, project, dispatch } = deps;
  if (w.op === 'rules' || w.op === 'details') {
    const body = w.op === 'rules' ? { rules: w.rules } : { name: w.name, description: w.description };
    const after = await updateSegment(api, project, w.segment, segmentEtag(w), body);
    dispatch({ type: 'segmentUpdated', segment: after });
    dispatch({
      type: 'status',
      text: `${w.segment}: ${w.summary} (version ${w.version} → ${after.version})`,
      tone: 'ok',
    });
    return;
  }
  const csv = await readMembersCsv(w.file);
  const base = { kind: 'importProgress', segment: w.segment, file: w.file, done: undefined } as const;
  dispatch({ type: 'clearStatus' });
  // Performance note: upload events come per chunk; the screen is redrawn only when the whole percent moves.
  let shown = -1;
  let last: ImportProgress | undefined;
  const result = await importSegmentMembers(
    api,
    project,
    w.segment,
    csv,
    { list: w.list, mode: w.mode },
    (p) => {
      last = p;
      const pct = p.totalBytes === 0 ? 100 : Math.floor((p.bytes / p.totalBytes) * 100);
      if (pct === shown) return;
      shown = pct;
      dispatch({ type: 'overlay', overlay: { ...base, ...p } });
    },
  ).catch((err: unknown) => {
    dispatch({ type: 'overlay', overlay: undefined });
    throw err;
  });
  dispatch({ type: 'segmentUpdated', segment: result.segment });
  dispatch({ type: 'overlay', overlay: { ...base, ...last!, done: importSummary(w.segment, result) } });
  dispatch({ type: 'status', text: importSummary(w.segment, result), tone: 'ok' });
}
