// Every surface gives the same answer: all of engine/test/vectors.json through the compiled engine, an
// @ff/sdk-node client bootstrapped with the vector's ruleset and the sdk-node OpenFeature provider over it,
// POST /sdk/v1/evaluate, OFREP single and bulk against a real API holding the vector's ruleset, and the
// real `ff eval --json`. Each surface must give the value, variant, reason and error code the engine
// gives, through the engine's OpenFeature mapping where the surface speaks OpenFeature, or what one of the
// named rules in answers.ts says. A test lists every vector a surface answers differently.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '@ff/engine/canonical-json';
import { compileRuleset } from '@ff/engine';
import type { CompiledRuleset, EvaluationResult, Ruleset } from '@ff/engine';
import { startApiFixture } from '../api/test/api-fixture.ts';
import type { ApiFixture } from '../api/test/api-fixture.ts';
import { tempConfigDir } from '../cli/test/harness.ts';
import { VECTORS_PATH } from '../engine/test/generate-vectors.ts';
import type { Vectors } from '../engine/test/generate-vectors.ts';
import { createClient } from '../sdk-node/src/client.ts';
import { FfProvider } from '../sdk-node/src/openfeature.ts';
import type { FlagClient } from '../sdk-node/src/types.ts';
import { expectedAnswer, reference, SURFACES } from './answers.ts';
import type { Answer, Surface } from './answers.ts';
import { loadRulesets } from './load.ts';
import * as ask from './surfaces.ts';
import type { Case } from './surfaces.ts';

const vectors = JSON.parse(readFileSync(VECTORS_PATH, 'utf8')) as Vectors;

interface Loaded extends Case {
  ruleset: Ruleset;
  /** The vector's expected result: what every surface is held to. */
  reference: EvaluationResult;
  compiled: CompiledRuleset;
  client: FlagClient | undefined;
  provider: FfProvider | undefined;
}

let fx: ApiFixture;
let cliEnv: Record<string, string>;
const cases: Loaded[] = [];
const clients: FlagClient[] = [];

beforeAll(async () => {
  fx = await startApiFixture();
  cliEnv = { FF_CONFIG_DIR: tempConfigDir(), FF_API_URL: fx.url, FF_TOKEN: fx.tokens.owner };
  // One project per distinct ruleset: many vectors share one (the segment and order scenarios).
  const byRuleset = new Map<string, number>();
  const rulesets: Ruleset[] = [];
  for (const v of vectors.cases) {
    const text = canonicalJson(v.ruleset);
    if (!byRuleset.has(text)) byRuleset.set(text, rulesets.push(v.ruleset) - 1);
  }
  const loaded = await loadRulesets(fx.db, fx.organizationId, rulesets);
  const compiled = rulesets.map((ruleset) => compileRuleset(ruleset));
  const sdk = await Promise.all(
    rulesets.map(async (ruleset) => {
      const client = createClient({ offline: true, bootstrap: ruleset, sendEvents: false });
      clients.push(client);
      // A ruleset the SDK refuses leaves it without one (rule SDK-1 in answers.ts): it says so here.
      const ready = await client.ready();
      return ready.source === 'bootstrap' ? { client, provider: new FfProvider(client) } : undefined;
    }),
  );
  for (const v of vectors.cases) {
    const i = byRuleset.get(canonicalJson(v.ruleset))!;
    cases.push({
      ...v,
      loaded: loaded[i]!,
      reference: reference(v),
      compiled: compiled[i]!,
      client: sdk[i]?.client,
      provider: sdk[i]?.provider,
    });
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await fx?.close();
});

function ask1(surface: Surface, c: Loaded): Answer | Promise<Answer> {
  switch (surface) {
    case 'engine':
      return ask.engine(c.compiled, c);
    case 'sdk-node client':
      return ask.sdkNodeClient(c.client, c);
    case 'sdk-node OpenFeature provider':
      return ask.sdkNodeProvider(c.provider, c);
    case 'POST /sdk/v1/evaluate':
      return ask.sdkEvaluate(fx, c);
    case 'OFREP single':
      return ask.ofrepSingle(fx, c);
    case 'OFREP bulk':
      return ask.ofrepBulk(fx, c);
    case 'ff eval --json':
      return ask.ffEval(cliEnv, c);
  }
}

/** Every vector `surface` answers differently from what it must, with both answers. */
async function differences(surface: Surface): Promise<string[]> {
  // HTTP surfaces are asked a few vectors at a time; the CLI one at a time (it captures this process's
  // stdout while it runs).
  const width = surface === 'ff eval --json' ? 1 : 8;
  const out: string[] = [];
  for (let i = 0; i < cases.length; i += width) {
    const batch = cases.slice(i, i + width);
    const answers = await Promise.all(batch.map((c) => ask1(surface, c)));
    batch.forEach((c, j) => {
      const expected = expectedAnswer(surface, c, c.reference);
      const got = answers[j]!;
      // Canonical JSON: key order means nothing in JSON (jsonb stores a JSON variation's keys its own way).
      if (canonicalJson(got) !== canonicalJson(expected))
        out.push(`${c.name}\n    expected ${JSON.stringify(expected)}\n    got      ${JSON.stringify(got)}`);
    });
  }
  return out;
}

describe('conformance: every surface answers every vector as the engine does', () => {
  it('runs every vector', () => {
    expect(cases).toHaveLength(vectors.cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(300);
  });

  it.each(SURFACES.map((s) => [s]))(
    '%s',
    async (surface) => {
      expect(await differences(surface)).toEqual([]);
    },
    120_000,
  );
});
