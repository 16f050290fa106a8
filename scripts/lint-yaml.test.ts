import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeFinding, findYaml11Booleans, shippedYamlFiles } from './lint-yaml.ts';

const texts = (source: string) => findYaml11Booleans(source).map((f) => `${f.where} ${f.text}`);

describe('findYaml11Booleans', () => {
  it('finds plain `on` as a key, in a required list and in an enum (the openapi.yaml defect)', () => {
    const source = [
      'FlagConfig:',
      '  required: [on, offVariation]',
      '  properties:',
      '    on: { type: boolean }',
      '    field: { type: string, enum: [on, offVariation] }',
    ].join('\n');
    expect(findYaml11Booleans(source)).toEqual([
      { line: 2, column: 14, text: 'on', where: 'value' },
      { line: 4, column: 5, text: 'on', where: 'key' },
      { line: 5, column: 35, text: 'on', where: 'value' },
    ]);
  });

  it.each(['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF'])(
    'reports plain %s as a key and as a value, in block and flow style',
    (word) => {
      expect(
        texts(`${word}: 1\nlist:\n  - ${word}\nflow: { a: [${word}], ${word}: 2 }\nrule: ${word}\n`),
      ).toEqual([`key ${word}`, `value ${word}`, `value ${word}`, `key ${word}`, `value ${word}`]);
    },
  );

  it('reports true/false as keys, not as values (every YAML version reads those as booleans)', () => {
    expect(texts('true: 1\nFalse: 2\nrequired: true\nenum: [true, false, TRUE]\n')).toEqual([
      'key true',
      'key False',
    ]);
  });

  it('accepts quoted scalars, block scalars, and words that only contain a boolean', () => {
    const source = [
      "'on': { type: boolean }",
      '"off": 1',
      'required: [\'on\', "no"]',
      'description: |',
      '  on',
      'enum: [online, offVariation, yesterday, nope, n1, "y"]',
      'onboarding: true',
      'word: on the way',
    ].join('\n');
    expect(findYaml11Booleans(source)).toEqual([]);
  });

  it('checks every document of a multi-document file', () => {
    expect(texts('a: 1\n---\nno: 2\n---\n- off\n')).toEqual(['key no', 'value off']);
  });

  it('reports a key that is itself in a flow sequence item mapping', () => {
    expect(texts('items: [{ on: true }, { name: x }]\n')).toEqual(['key on']);
  });

  it('describes a finding as one file:line:column line with the fix', () => {
    const [finding] = findYaml11Booleans('x:\n  on: 1\n');
    expect(describeFinding('openapi.yaml', finding!)).toBe(
      "openapi.yaml:2:3: plain key on is a boolean to YAML 1.1 loaders (PyYAML) and a string to YAML 1.2 ones; quote it: 'on'",
    );
  });
});

describe('the YAML this repository ships', () => {
  it('has no plain scalar that YAML 1.1 loaders read as a boolean', () => {
    const files = shippedYamlFiles();
    expect(files).toEqual(
      expect.arrayContaining(['openapi.yaml', 'docker-compose.yml', '.github/workflows/ci.yml']),
    );
    const found = files.flatMap((file) =>
      findYaml11Booleans(readFileSync(file, 'utf8')).map((f) => describeFinding(file, f)),
    );
    expect(found).toEqual([]);
  });
});
