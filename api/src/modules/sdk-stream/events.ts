// What one SSE subscriber is sent when its environment changes: the events of ARCHITECTURE's protocol,
// computed from the environment's current ruleset and the changes (kind + key) since the subscriber's
// version. Pure over its inputs; the hub owns the timing and the sockets.
import type { Json } from '@ff/engine';
import { segmentsNamed } from '@ff/engine/references';
import { clientValue, evaluateForClient } from '../sdk/client-values.ts';
import { entryJson } from '../sdk/ruleset.ts';
import type { RulesetEntry } from '../sdk/ruleset.ts';
import type { SdkRuleset } from '../sdk/store.ts';
import type { Change } from '../../stream/changes.ts';

export interface SseEvent {
  name: 'put' | 'patch' | 'delete';
  /** JSON text. */
  data: string;
}

/** What the hub remembers per stream to compute its next events. */
export interface Audience {
  kind: 'server' | 'client';
  /** Client streams: the context their values are evaluated for. */
  context: Record<string, Json> | undefined;
  /**
   * What the stream holds: segment keys for a server stream (so a flag never arrives before a segment
   * it names), flag keys for a client stream (so a delete never names a flag it was not shown).
   */
  has: Set<string>;
}

/** The full state for a stream: the ruleset, or the client values; `has` is reset to match. */
export function putEvent(audience: Audience, entry: RulesetEntry): SseEvent {
  if (audience.kind === 'server') {
    audience.has = new Set(Object.keys(entry.ruleset.segments));
    // Performance note: the cache holds the serialized ruleset; it is sent as is.
    return { name: 'put', data: entry.body };
  }
  const values = evaluateForClient(entry, audience.context ?? {});
  audience.has = new Set(Object.keys(values.flags));
  return { name: 'put', data: JSON.stringify(values) };
}

// The value's text comes from the cache's per-entry texts: a large segment is serialized once per
// version it changes in, for the ruleset body and every stream alike.
const patchText = (version: number, kind: 'flag' | 'segment', key: string, value: object) =>
  `{"version":${version},"kind":"${kind}","key":${JSON.stringify(key)},"value":${entryJson(value)}}`;
const deleteText = (version: number, kind: 'flag' | 'segment', key: string) =>
  JSON.stringify({ version, kind, key });

/**
 * Serialized patches shared by every subscriber of one environment for one batch: a large segment is
 * stringified once, not once per stream.
 */
export class PatchTexts {
  readonly #texts = new Map<string, string>();
  readonly ruleset: SdkRuleset;
  readonly version: number;

  constructor(ruleset: SdkRuleset, version: number) {
    this.ruleset = ruleset;
    this.version = version;
  }

  flag(key: string): string {
    let t = this.#texts.get(`f:${key}`);
    if (t === undefined)
      this.#texts.set(`f:${key}`, (t = patchText(this.version, 'flag', key, this.ruleset.flags[key]!)));
    return t;
  }

  segment(key: string): string {
    let t = this.#texts.get(`s:${key}`);
    if (t === undefined)
      this.#texts.set(`s:${key}`, (t = patchText(this.version, 'segment', key, this.ruleset.segments[key]!)));
    return t;
  }
}

/**
 * Server stream: the changed segments and flags as patches (deletes for those gone), each segment before
 * anything that names it. `resumed`: the stream reconnected, so what it holds is not known here: it is
 * sent every segment a changed flag needs, and a delete for every changed key that is gone.
 */
export function serverEvents(
  audience: Audience,
  texts: PatchTexts,
  changes: readonly Change[],
  resumed: boolean,
) {
  const { ruleset, version } = texts;
  const events: SseEvent[] = [];
  const has = resumed ? new Set<string>() : audience.has;
  const ensure = (key: string, seen: Set<string>) => {
    const seg = ruleset.segments[key];
    if (seg === undefined || has.has(key) || seen.has(key)) return;
    seen.add(key);
    for (const inner of segmentsNamed(seg.rules)) ensure(inner, seen);
    events.push({ name: 'patch', data: texts.segment(key) });
    has.add(key);
  };
  const flags = new Set<string>();
  const segments = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'flag') flags.add(c.key);
    else if (c.kind === 'segment') segments.add(c.key);
  }
  for (const key of segments) {
    if (ruleset.segments[key] !== undefined) {
      has.delete(key); // changed: send it even if held
      ensure(key, new Set());
    } else if (resumed || audience.has.has(key)) {
      events.push({ name: 'delete', data: deleteText(version, 'segment', key) });
      has.delete(key);
    }
  }
  for (const key of flags) {
    const flag = ruleset.flags[key];
    if (flag === undefined) {
      events.push({ name: 'delete', data: deleteText(version, 'flag', key) });
      continue;
    }
    const seen = new Set<string>();
    for (const seg of segmentsNamed(flag.config.rules)) ensure(seg, seen);
    events.push({ name: 'patch', data: texts.flag(key) });
  }
  if (resumed) audience.has = new Set(Object.keys(ruleset.segments));
  else {
    for (const key of has) {
      if (ruleset.segments[key] !== undefined) continue;
      events.push({ name: 'delete', data: deleteText(version, 'segment', key) });
      has.delete(key);
    }
  }
  return events;
}

/** The flags whose value can follow from `changed`: themselves and, transitively, their dependents. */
function affectedFlags(ruleset: SdkRuleset, changed: Set<string>): Set<string> {
  const dependents = new Map<string, string[]>();
  for (const flag of Object.values(ruleset.flags)) {
    for (const p of flag.config.prerequisites) {
      const list = dependents.get(p.flag);
      if (list) list.push(flag.key);
      else dependents.set(p.flag, [flag.key]);
    }
  }
  const out = new Set<string>();
  const visit = (key: string) => {
    if (out.has(key)) return;
    out.add(key);
    for (const d of dependents.get(key) ?? []) visit(d);
  };
  for (const key of changed) visit(key);
  return out;
}

/**
 * Client stream: the re-evaluated value of each changed client-side flag (and of flags that have one
 * as a prerequisite), a delete for one it held that is gone or no longer client-side. 'put' when only
 * a whole new state is right: a segment changed (any value may follow), or a resumed stream must be
 * told a flag is gone that it may never have been shown (a delete would leak a server-side flag's key).
 */
export function clientEvents(
  audience: Audience,
  entry: RulesetEntry,
  version: number,
  changes: readonly Change[],
  resumed: boolean,
): SseEvent[] | 'put' {
  if (changes.some((c) => c.kind === 'segment')) return 'put';
  const changed = new Set(changes.filter((c) => c.kind === 'flag').map((c) => c.key));
  if (changed.size === 0) return [];
  const { ruleset } = entry;
  const events: SseEvent[] = [];
  const has = resumed ? new Set<string>() : audience.has;
  for (const key of affectedFlags(ruleset, changed)) {
    const flag = ruleset.flags[key];
    if (flag?.clientSide) {
      const value = clientValue(entry, key, audience.context ?? {});
      events.push({ name: 'patch', data: patchText(version, 'flag', key, value) });
      has.add(key);
    } else if (resumed) {
      if (changed.has(key)) return 'put';
    } else if (has.has(key)) {
      events.push({ name: 'delete', data: deleteText(version, 'flag', key) });
      has.delete(key);
    }
  }
  if (resumed) {
    audience.has = new Set(
      Object.values(ruleset.flags)
        .filter((f) => f.clientSide)
        .map((f) => f.key),
    );
  }
  return events;
}
