// ff experiments size without an experiment key: a calculator that needs no API (nothing listens here).
// The expected figures are independent of @ff/stats: SciPy evaluations of the pooled-variance formula
// (Fleiss, Levin & Paik eq. 4.14 without continuity correction), recorded in stats/test/reference/values.json
// or, for the 10% / +20% case, below with the SciPy expression that produced them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ff, tempConfigDir } from './harness.ts';

interface SizeCase {
  input: {
    baseline: number;
    mde: number;
    variants?: number;
    power?: number;
    alpha?: number;
    relative?: boolean;
  };
  expected: { perVariant: number };
}
const reference = (
  JSON.parse(readFileSync(new URL('../../stats/test/reference/values.json', import.meta.url), 'utf8')) as {
    sampleSize: SizeCase[];
  }
).sampleSize;
const scipy = (input: SizeCase['input']) =>
  reference.find((c) => JSON.stringify(c.input) === JSON.stringify(input))!.expected.perVariant;

// No API and no project: the calculator must not need either.
const env = {
  FF_CONFIG_DIR: tempConfigDir(),
  FF_API_URL: 'http://127.0.0.1:9',
  FF_TOKEN: undefined,
  FF_PROJECT: undefined,
};

describe('ff experiments size (no experiment key)', () => {
  it('baseline 10%, MDE +20%, power 0.8, alpha 0.05: 3,841 per variant', async () => {
    // scipy: p1, p2, pb = .1, .12, .11; za, zb = norm.ppf(.975), norm.ppf(.8)
    // (za*sqrt(2*pb*(1-pb)) + zb*sqrt(p1*(1-p1)+p2*(1-p2)))**2 / (p2-p1)**2 = 3840.847482436276
    const r = await ff(
      ['experiments', 'size', '--baseline', '10%', '--mde', '20%', '--power', '0.8', '--alpha', '0.05'],
      env,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(
      '3841 units per variant, 7682 in all (2 variants); pass --daily-units N for the duration',
    );
  });

  it('the issue’s example (3%, +10%, power 0.8) with its duration at 2,000 units a day, as JSON', async () => {
    const r = await ff(
      [
        'experiments',
        'size',
        '--baseline',
        '3%',
        '--mde',
        '10%',
        '--power',
        '0.8',
        '--daily-units',
        '2000',
        '--json',
      ],
      env,
    );
    expect(r.code, r.stderr).toBe(0);
    const perVariant = scipy({ baseline: 0.03, mde: 0.1 });
    expect(perVariant).toBe(53211);
    // 106,422 units at 2,000 a day: ⌈53.211⌉ = 54 days.
    expect(r.json).toEqual({
      perVariant,
      total: 2 * perVariant,
      variants: 2,
      enrollmentPerDay: 2000,
      days: 54,
    });
  });

  it('three variants (alpha split over the two treatments)', async () => {
    const r = await ff(
      ['experiments', 'size', '--baseline', '5%', '--mde', '20%', '--variants', '3', '--json'],
      env,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.perVariant).toBe(scipy({ baseline: 0.05, mde: 0.2, variants: 3 }));
    expect(r.json.total).toBe(3 * r.json.perVariant);
    expect(r.json.days).toBeNull();
  });

  it('refuses inputs that describe no experiment with one line and the usage exit code', async () => {
    const over = await ff(['experiments', 'size', '--baseline', '95%', '--mde', '10%'], env);
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/must both be rates in \(0, 1\)/);
    expect(over.stderr).not.toMatch(/\n\s+at /);
    const power = await ff(['experiments', 'size', '--baseline', '3%', '--mde', '10%', '--power', '80'], env);
    expect(power.code).toBe(2);
    expect(power.stderr).toMatch(/--power 80 is not a probability/);
    const keyed = await ff(
      ['experiments', 'size', 'onboarding', '--baseline', '3%', '--mde', '10%', '--daily-units', '100'],
      env,
    );
    expect(keyed.code).toBe(2);
    expect(keyed.stderr).toMatch(
      /--variants and --daily-units are for the calculator without an experiment key/,
    );
  });
});
