// Small builders for rulesets in the shape GET /sdk/v1/config serves.
import type { FlagConfig, Ruleset, RulesetFlag, Segment } from '@ff/engine';

const BOOL = [
  { name: 'on', value: true },
  { name: 'off', value: false },
];

/** A boolean flag, on, serving `on` (variation 0) by default. */
export function boolFlag(
  key: string,
  config: Partial<FlagConfig> = {},
  extra: Partial<RulesetFlag> = {},
): RulesetFlag {
  return {
    key,
    kind: 'boolean',
    variations: BOOL,
    clientSide: false,
    temporary: true,
    version: 1,
    config: {
      on: true,
      offVariation: 1,
      prerequisites: [],
      targets: [],
      rules: [],
      fallthrough: { variation: 0 },
      ...config,
    },
    ...extra,
  };
}

/** A string flag with the given variations, serving the first by default. */
export function stringFlag(key: string, values: string[], config: Partial<FlagConfig> = {}): RulesetFlag {
  return {
    key,
    kind: 'string',
    variations: values.map((value) => ({ name: value, value })),
    clientSide: true,
    temporary: true,
    version: 1,
    config: {
      on: true,
      offVariation: 0,
      prerequisites: [],
      targets: [],
      rules: [],
      fallthrough: { variation: 0 },
      ...config,
    },
  };
}

export function segment(key: string, included: string[] = [], extra: Partial<Segment> = {}): Segment {
  return { key, included, excluded: [], rules: [], ...extra };
}

export function ruleset(version: number, flags: RulesetFlag[], segments: Segment[] = []): Ruleset {
  return {
    version,
    flags: Object.fromEntries(flags.map((f) => [f.key, f])),
    segments: Object.fromEntries(segments.map((s) => [s.key, s])),
  };
}
