import { describe, expect, it } from 'vitest';
import { validateFlagConfig, validateFlagDefinition, validateSegment } from '@ff/engine';
import { demoFlags, demoSegment } from './demo-data.ts';

// The seed writes JSON documents directly; the engine's validators are the contract they must meet.
describe('demo data', () => {
  const refs = {
    flags: Object.fromEntries(demoFlags.map((f) => [f.key, { variations: f.variations }])),
    segments: { [demoSegment.key]: demoSegment },
  };

  it('the segment is valid', () => {
    expect(validateSegment(demoSegment)).toMatchObject({ ok: true });
  });

  it.each(demoFlags.map((f) => [f.key, f] as const))(
    '%s is a valid flag with valid configs',
    (_key, flag) => {
      const { configs, client_side: clientSide, ...def } = flag;
      expect(validateFlagDefinition({ ...def, clientSide })).toMatchObject({ ok: true });
      for (const [env, config] of Object.entries(configs)) {
        const result = validateFlagConfig(config, flag, refs);
        expect({ env, result }).toMatchObject({ env, result: { ok: true } });
      }
    },
  );
});
