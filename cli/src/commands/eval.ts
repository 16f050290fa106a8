import { Args, Flags } from '@oclif/core';
import type { ExplainStep, Explanation } from '@ff/engine';
import { BaseCommand } from '../base-command.ts';
import { usage } from '../errors.ts';
import { details } from '../terminal.ts';

function parseContext(text: string): Record<string, unknown> {
  // A bare key is the common case: `--context user-42`.
  if (!text.trimStart().startsWith('{')) return { key: text };
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  throw usage(`--context is not a JSON object: ${text}`, `e.g. --context '{"key":"u1","country":"US"}'`);
}

export function stepLine(step: ExplainStep): string {
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  switch (step.step) {
    case 'flag':
      return step.found
        ? `flag is ${step.on ? 'on' : 'off'}`
        : `flag not found${step.error ? ` (${step.error})` : ''}`;
    case 'prerequisite':
      return `${mark(step.passed)} prerequisite ${step.flag} must serve #${step.requiredVariation}, serves ${step.servedVariation ?? 'nothing'} (${step.reason})`;
    case 'target':
      return `${mark(step.matched)} target #${step.index} (${step.key})`;
    case 'rule': {
      const clauses = step.clauses
        .map(
          (c) =>
            `\n      ${mark(c.matched)} ${c.negate ? 'not ' : ''}${c.attribute} ${c.op} ${JSON.stringify(c.values)} — saw ${c.actual === undefined ? 'nothing' : JSON.stringify(c.actual)}${c.note ? ` (${c.note})` : ''}`,
        )
        .join('');
      return `${mark(step.matched)} rule #${step.index}${step.id ? ` [${step.id}]` : ''}${clauses}`;
    }
    case 'rollout':
      return `rollout by ${step.bucketBy}=${step.value ?? '(missing)'} → bucket ${step.bucket ?? '-'} of 100000`;
  }
}

export default class Eval extends BaseCommand {
  static override summary =
    "Evaluate a flag for a context locally, with the environment's ruleset and ff's own engine.";
  static override examples = [
    `<%= config.bin %> eval new-checkout --context '{"key":"u1","country":"US"}' -e production`,
    '<%= config.bin %> eval new-checkout --context user-42 -e staging --explain',
    `<%= config.bin %> eval checkout-flow --context '{"key":"u1","plan":"pro"}' -e staging --json`,
  ];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };
  static override flags = {
    context: Flags.string({
      char: 'c',
      description: 'a JSON object with "key", or just a key',
      required: true,
    }),
    explain: Flags.boolean({ description: 'show which target or rule matched, or why none did' }),
  };

  async run(): Promise<Explanation['result'] | Explanation> {
    const { args, flags } = await this.parse(Eval);
    const context = parseContext(flags.context);
    const api = await this.api();
    const env = this.env;
    const [{ data: ruleset }, { compileRuleset }] = await this.step(`Reading the ${env} ruleset`, () =>
      Promise.all([
        // Not held to this CLI's copy of the response schema: the engine compiles any ruleset tolerantly
        // (an operator it does not know never matches), as the API does for OFREP and /sdk/v1/evaluate,
        // so a ruleset from a newer server still evaluates here.
        api.getEnvironmentRuleset({ path: { project: this.project, env }, responseValidator: undefined }),
        import('@ff/engine'),
      ]),
    );
    const compiled = compileRuleset(ruleset);
    if (!compiled.has(args.key))
      throw usage(`${args.key} is not a flag of ${this.project} in ${env}`, 'see `ff flags list`');
    const explanation = compiled.explain(args.key, context);
    const { result } = explanation;
    this.say(
      details([
        ['value', JSON.stringify(result.value)],
        ['variation', result.variant ?? result.variationIndex ?? ''],
        [
          'reason',
          `${result.reason}${result.ruleId ? ` (rule ${result.ruleIndex}: ${result.ruleId})` : ''}${result.errorCode ? ` ${result.errorCode}` : ''}`,
        ],
      ]),
    );
    if (flags.explain) {
      this.say(`\n${explanation.summary}`);
      for (const step of explanation.steps) this.say(`  ${stepLine(step)}`);
    }
    return flags.explain ? explanation : result;
  }
}
