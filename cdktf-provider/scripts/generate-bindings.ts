// npm run generate:bindings -w @ff/cdktf-provider (and the root's npm run generate, which runs this too):
// CDKTF bindings and the resource reference, generated from the provider's own schema the way the
// prebuilt @cdktf/provider-* packages are generated. The bindings live in src/generated/, like every
// package's generated code: never edited by hand, checked by npm run generate:check.
//   1. `terraform providers schema -json` against bin/terraform-provider-ff (dev_overrides in a temporary
//      CLI config; no `terraform init` is needed with dev_overrides).
//   2. src/generated/bindings/*.ts: FfProvider (TerraformProvider), one TerraformResource per resource (Project,
//      Flag, …) and one TerraformDataSource per data source (DataFfProject, …), with typed config
//      interfaces (schema descriptions as doc comments), synthesizeAttributes() (camelCase → snake_case)
//      and getters for every attribute; nested attributes are read through generated output references
//      (`flag.variations.get(0).name`), as in the prebuilt packages.
//   3. src/generated/bindings-cdktn/*.ts: the same code for CDK Terrain (`cdktn`), the community fork of the archived
//      CDKTF. Only the runtime module differs: constructs of one runtime cannot live in an App of the
//      other (cdktn's synth calls internals cdktf's classes lack), so each runtime gets its own copy.
//   4. docs/resources.md: the reference, from the same descriptions.
// `--out DIR` writes the same tree (src/generated/bindings*/, docs/) under DIR instead (the drift test and
// generate:check compare);
// `--schema FILE` reads a saved schema instead of running terraform.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';

export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** One copy of the bindings per CDK runtime: the directory and the module its code imports. */
export const flavours = [
  { dir: 'src/generated/bindings', runtime: 'cdktf' },
  { dir: 'src/generated/bindings-cdktn', runtime: 'cdktn' },
] as const;
export type Flavour = (typeof flavours)[number];
export const docsFile = 'docs/resources.md';
const SOURCE = 'registry.terraform.io/ff/ff';
const header =
  '// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.';

// --- the schema (the subset of `terraform providers schema -json` we read) ---

type CtyType = string | [string, CtyType] | [string, Record<string, CtyType>];

export interface SchemaAttribute {
  type?: CtyType;
  nested_type?: { attributes: Record<string, SchemaAttribute>; nesting_mode: string };
  description?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
}

export interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<
    string,
    { nesting_mode: string; block: SchemaBlock; min_items?: number; max_items?: number }
  >;
  description?: string;
}

export interface ProviderSchema {
  provider: { block: SchemaBlock };
  resource_schemas: Record<string, { block: SchemaBlock }>;
  data_source_schemas: Record<string, { block: SchemaBlock }>;
}

/** Runs `terraform providers schema -json` against bin/ through dev_overrides. */
export function readSchema(): ProviderSchema {
  const dir = mkdtempSync(join(tmpdir(), 'ff-schema-'));
  try {
    writeFileSync(
      join(dir, 'main.tf'),
      'terraform {\n  required_providers {\n    ff = { source = "ff/ff" }\n  }\n}\n',
    );
    const rc = join(dir, 'terraformrc');
    writeFileSync(
      rc,
      `provider_installation {\n  dev_overrides {\n    "${SOURCE}" = "${join(packageRoot, 'bin')}"\n  }\n  direct {}\n}\n`,
    );
    const out = execFileSync('terraform', ['providers', 'schema', '-json'], {
      cwd: dir,
      env: { ...process.env, TF_CLI_CONFIG_FILE: rc, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const all = JSON.parse(out) as { provider_schemas: Record<string, ProviderSchema> };
    const schema = all.provider_schemas[SOURCE];
    if (!schema) throw new Error(`terraform providers schema printed no schema for ${SOURCE}`);
    return schema;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- names ---

const pascal = (s: string) =>
  s
    .split(/[_-]/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
const camel = (s: string) => {
  const p = pascal(s);
  return p[0]!.toLowerCase() + p.slice(1);
};
const kebab = (s: string) => s.replace(/_/g, '-');
// Members of TerraformResource/TerraformDataSource/TerraformProvider, and of ComplexObject (which output
// references extend), an attribute must not shadow; like the cdktf generator, such attributes get an
// `Attribute` suffix.
const reserved = new Set([
  'creationStack',
  'resolve',
  'computeFqn',
  'interpolationForAttribute',
  'interpolationAsList',
  'terraformResource',
  'terraformAttribute',
  'complexObjectIndex',
  'complexObjectIsFromSet',
  'node',
  'fqn',
  'friendlyUniqueId',
  'stack',
  'provider',
  'count',
  'lifecycle',
  'dependsOn',
  'forEach',
  'connection',
  'provisioners',
  'toString',
  'toMetadata',
  'toTerraform',
  'terraformResourceType',
  'terraformMetaArguments',
  'terraformGeneratorMetadata',
  'rawOverrides',
  'alias',
  'importFrom',
  'moveTo',
  'moveFromId',
  'moveToId',
  'hasResourceMove',
]);
const member = (name: string) => (reserved.has(camel(name)) ? `${camel(name)}Attribute` : camel(name));
const sorted = <T>(o: Record<string, T> | undefined): [string, T][] =>
  Object.entries(o ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function doc(lines: (string | undefined)[], indent = ''): string {
  const text = lines
    .filter((l): l is string => !!l)
    .join('\n\n')
    .replace(/\*\//g, '*\\/');
  if (!text) return '';
  return `${indent}/**\n${text
    .split('\n')
    .map((l) => `${indent} *${l ? ` ${l}` : ''}`)
    .join('\n')}\n${indent} */\n`;
}

// --- types ---

/**
 * A nested object to generate code for: its config interface and toTerraform function when it can be
 * configured, and its output reference (plus a list class for lists and sets) for reading it.
 */
interface Struct {
  name: string;
  attributes: Record<string, SchemaAttribute>;
  nesting: string; // list, set, single, object or map
  config: boolean; // settable, inside a settable parent
  /** Where it is, for doc comments: `ff_flag.variations`. */
  path: string;
}

const isCollection = (nesting: string) => nesting === 'list' || nesting === 'set';
// Map-nested objects (none in ff's schema) keep an IResolvable getter: ComplexMap's addressing of
// `attr["key"].field` differs from ComplexObject's and is not exercised here.
const hasReference = (nesting: string) => nesting !== 'map';

interface Field {
  name: string; // schema (snake_case)
  attr: SchemaAttribute;
  configType: string | undefined; // undefined: computed only
  toTerraform: string; // an expression of `v`
  getter: { type: string; expr: string };
}

const settable = (a: SchemaAttribute) => !!(a.required || a.optional);

function primitive(t: CtyType): {
  ts: string;
  to: string;
  get: (n: string) => { type: string; expr: string };
} {
  if (t === 'string')
    return {
      ts: 'string',
      to: 'cdktf.stringToTerraform',
      get: (n) => ({ type: 'string', expr: `this.getStringAttribute('${n}')` }),
    };
  if (t === 'number')
    return {
      ts: 'number',
      to: 'cdktf.numberToTerraform',
      get: (n) => ({ type: 'number', expr: `this.getNumberAttribute('${n}')` }),
    };
  if (t === 'bool')
    return {
      ts: 'boolean | cdktf.IResolvable',
      to: 'cdktf.booleanToTerraform',
      get: (n) => ({ type: 'cdktf.IResolvable', expr: `this.getBooleanAttribute('${n}')` }),
    };
  if (Array.isArray(t) && (t[0] === 'list' || t[0] === 'set') && t[1] === 'string')
    return {
      ts: 'string[]',
      to: 'cdktf.listMapper(cdktf.stringToTerraform, false)',
      get: (n) =>
        t[0] === 'set'
          ? { type: 'string[]', expr: `cdktf.Fn.tolist(this.getListAttribute('${n}'))` }
          : { type: 'string[]', expr: `this.getListAttribute('${n}')` },
    };
  if (Array.isArray(t) && (t[0] === 'list' || t[0] === 'set') && t[1] === 'number')
    return {
      ts: 'number[]',
      to: 'cdktf.listMapper(cdktf.numberToTerraform, false)',
      get: (n) => ({ type: 'number[]', expr: `this.getNumberListAttribute('${n}')` }),
    };
  if (Array.isArray(t) && t[0] === 'map' && t[1] === 'string')
    return {
      ts: '{ [key: string]: string }',
      to: 'cdktf.hashMapper(cdktf.stringToTerraform)',
      get: (n) => ({ type: '{ [key: string]: string }', expr: `this.getStringMapAttribute('${n}')` }),
    };
  // Anything else (objects, nested collections) is passed through as is.
  return {
    ts: 'unknown',
    to: '((v: unknown) => v)',
    get: (n) => ({ type: 'cdktf.IResolvable', expr: `this.interpolationForAttribute('${n}')` }),
  };
}

/**
 * Fields of a block (attributes and nested blocks); nested objects are pushed to `structs`. `inConfig`:
 * the block can be configured (false inside computed-only attributes, which get references only).
 */
function fields(
  prefix: string,
  path: string,
  block: SchemaBlock,
  structs: Struct[],
  inConfig = true,
): Field[] {
  const out: Field[] = [];
  const all: [string, SchemaAttribute][] = [
    ...sorted(block.attributes),
    // Nested blocks (none in protocol-6 ff, but the generator handles them): as nested attributes.
    ...sorted(block.block_types).map(([n, b]): [string, SchemaAttribute] => [
      n,
      {
        nested_type: { attributes: blockAsAttributes(b.block), nesting_mode: b.nesting_mode },
        description: b.block.description,
        optional: true,
      },
    ]),
  ];
  for (const [name, attr] of all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (attr.nested_type) {
      const structName = `${prefix}${pascal(name)}`;
      const nesting = attr.nested_type.nesting_mode;
      const list = nesting !== 'single' && nesting !== 'object';
      const config = inConfig && settable(attr);
      structs.push({
        name: structName,
        attributes: attr.nested_type.attributes,
        nesting,
        config,
        path: `${path}.${name}`,
      });
      out.push({
        name,
        attr,
        configType: config ? (list ? `${structName}[] | cdktf.IResolvable` : structName) : undefined,
        toTerraform: list
          ? `cdktf.listMapper(${camel(structName)}ToTerraform, false)(v)`
          : `${camel(structName)}ToTerraform(v)`,
        getter: !hasReference(nesting)
          ? { type: 'cdktf.IResolvable', expr: `this.interpolationForAttribute('${name}')` }
          : isCollection(nesting)
            ? {
                type: `${structName}List`,
                expr: `new ${structName}List(this, '${name}', ${nesting === 'set'})`,
              }
            : {
                type: `${structName}OutputReference`,
                expr: `new ${structName}OutputReference(this, '${name}')`,
              },
      });
    } else {
      const p = primitive(attr.type!);
      out.push({
        name,
        attr,
        configType: inConfig && settable(attr) ? p.ts : undefined,
        toTerraform: `${p.to}(v)`,
        getter: p.get(name),
      });
    }
  }
  return out;
}

function blockAsAttributes(block: SchemaBlock): Record<string, SchemaAttribute> {
  const out: Record<string, SchemaAttribute> = { ...block.attributes };
  for (const [n, b] of sorted(block.block_types))
    out[n] = {
      nested_type: { attributes: blockAsAttributes(b.block), nesting_mode: b.nesting_mode },
      description: b.block.description,
      optional: true,
    };
  return out;
}

function flags(a: SchemaAttribute): string {
  const f = [
    a.required ? 'required' : a.optional ? 'optional' : undefined,
    a.computed ? 'computed' : undefined,
  ];
  if (a.sensitive) f.push('sensitive');
  return f.filter(Boolean).join(', ');
}

function configInterface(name: string, fs: Field[], base: string | undefined, what: string): string {
  const props = fs
    .filter((f) => f.configType)
    .map(
      (f) =>
        doc([f.attr.description, `\`${f.name}\` (${flags(f.attr)})`], '  ') +
        `  readonly ${member(f.name)}${f.attr.required ? '' : '?'}: ${f.configType};`,
    )
    .join('\n');
  return `${doc([what])}export interface ${name}${base ? ` extends ${base}` : ''} {\n${props}\n}\n`;
}

function structCode(s: Struct, structs: Struct[]): string {
  const fs = fields(s.name, s.path, { attributes: s.attributes }, structs, s.config);
  return [s.config ? structConfigCode(s, fs) : '', hasReference(s.nesting) ? referenceCode(s, fs) : '']
    .filter(Boolean)
    .join('\n');
}

function structConfigCode(s: Struct, fs: Field[]): string {
  const body = fs
    .filter((f) => f.configType)
    .map(
      (f) =>
        `    ${f.name}: ((v: ${f.configType}${f.attr.required ? '' : ' | undefined'}) => ${f.toTerraform})(struct.${member(f.name)}),`,
    )
    .join('\n');
  return (
    configInterface(s.name, fs, undefined, undefined as unknown as string) +
    `\nexport function ${camel(s.name)}ToTerraform(struct?: ${s.name} | cdktf.IResolvable): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported');
  }
  const s = struct as ${s.name};
  return {
${body.replace(/struct\./g, 's.')}
  };
}
`
  );
}

/**
 * The read side of a nested object, as in the prebuilt packages: `<Struct>OutputReference` (a
 * ComplexObject: one getter per attribute, each an interpolation of `<parent>.<attr>[<i>].<field>`) and,
 * for lists and sets, `<Struct>List` (a ComplexList whose `get(i)` is the reference to element i; a set
 * is read through `tolist()`). Read-only: configuration goes through the config interfaces.
 */
function referenceCode(s: Struct, fs: Field[]): string {
  const getters = fs
    .map(
      (f) =>
        `${doc([f.attr.description, `\`${f.name}\` (${flags(f.attr)})`], '  ')}  get ${member(f.name)}(): ${f.getter.type} {\n    return ${f.getter.expr};\n  }`,
    )
    .join('\n\n');
  const ref = `${s.name}OutputReference`;
  const constructor = isCollection(s.nesting)
    ? `  /**
   * @param terraformResource the parent of the ${s.nesting} (the resource, data source or enclosing object)
   * @param terraformAttribute the ${s.nesting}'s attribute on the parent
   * @param complexObjectIndex the element's index
   * @param complexObjectIsFromSet the attribute is a set (elements are read through \`tolist()\`)
   */
  constructor(
    terraformResource: cdktf.IInterpolatingParent,
    terraformAttribute: string,
    complexObjectIndex: number,
    complexObjectIsFromSet: boolean,
  ) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }`
    : `  /**
   * @param terraformResource the parent (the resource, data source or enclosing object)
   * @param terraformAttribute the object's attribute on the parent
   */
  constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }`;
  let code = `${doc([`A reference to ${isCollection(s.nesting) ? `an element of \`${s.path}\`` : `\`${s.path}\``}: its getters are the element's attributes, for use in other resources and outputs.`])}export class ${ref} extends cdktf.ComplexObject {
${constructor}

${getters}
}
`;
  if (isCollection(s.nesting))
    code += `
${doc([`A reference to \`${s.path}\` (a ${s.nesting}): \`get(i)\` is element i${s.nesting === 'set' ? ' of `tolist()` of the set (in the order Terraform sorts set elements)' : ''}.`])}export class ${s.name}List extends cdktf.ComplexList {
  /** The element at \`index\`. */
  get(index: number): ${ref} {
    return new ${ref}(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
`;
  return code;
}

type Kind = 'provider' | 'resource' | 'data';

function classCode(
  flavour: Flavour,
  kind: Kind,
  tfName: string,
  block: SchemaBlock,
): { file: string; className: string; code: string } {
  const className =
    kind === 'provider'
      ? 'FfProvider'
      : kind === 'data'
        ? `Data${pascal(tfName)}`
        : pascal(tfName.replace(/^ff_/, ''));
  const file =
    kind === 'provider'
      ? 'provider'
      : kind === 'data'
        ? `data-${kebab(tfName)}`
        : kebab(tfName.replace(/^ff_/, ''));
  const configName = `${className}Config`;
  const structs: Struct[] = [];
  const fs = fields(className, kind === 'data' ? `data.${tfName}` : tfName, block, structs);
  const base =
    kind === 'provider'
      ? 'cdktf.TerraformProvider'
      : kind === 'data'
        ? 'cdktf.TerraformDataSource'
        : 'cdktf.TerraformResource';
  const what =
    kind === 'provider'
      ? `Configuration of the ff provider (\`provider "ff"\`).`
      : `Configuration of \`${kind === 'data' ? `data "${tfName}"` : `resource "${tfName}"`}\`.`;

  // Structs may add structs while they are generated: loop until none is left.
  const structCodes: string[] = [];
  for (let i = 0; i < structs.length; i++) structCodes.push(structCode(structs[i]!, structs));

  const settableFields = fs.filter((f) => f.configType);
  const privates = settableFields.map((f) => `  private _${member(f.name)}?: ${f.configType};`).join('\n');
  const assigns = settableFields
    .map((f) => `    this._${member(f.name)} = config.${member(f.name)};`)
    .join('\n');
  const accessors = fs
    .map((f) => {
      const m = member(f.name);
      const d = doc([f.attr.description, `\`${f.name}\` (${flags(f.attr)})`], '  ');
      if (kind === 'provider') {
        // Providers have no attributes to read: only the configured value.
        return `${d}  get ${m}(): ${f.configType} | undefined {\n    return this._${m};\n  }\n  set ${m}(value: ${f.configType} | undefined) {\n    this._${m} = value;\n  }\n  reset${pascal(f.name)}(): void {\n    this._${m} = undefined;\n  }\n  get ${m}Input(): ${f.configType} | undefined {\n    return this._${m};\n  }`;
      }
      let out = `${d}  get ${m}(): ${f.getter.type} {\n    return ${f.getter.expr};\n  }`;
      if (f.configType && f.attr.nested_type && hasReference(f.attr.nested_type.nesting_mode)) {
        // The getter returns a reference, so a setter of the config type would not round-trip: like the
        // prebuilt packages, nested objects are set with put<Name>().
        out += `\n  /** Replaces the configured \`${f.name}\`. */\n  put${pascal(f.name)}(value: ${f.configType}): void {\n    this._${m} = value;\n  }`;
      } else if (f.configType) {
        out += `\n  set ${m}(value: ${f.configType}${f.attr.required ? '' : ' | undefined'}) {\n    this._${m} = value;\n  }`;
      }
      if (f.configType) {
        if (!f.attr.required) out += `\n  reset${pascal(f.name)}(): void {\n    this._${m} = undefined;\n  }`;
        out += `\n  /** The value given in the configuration (\`undefined\` when unset). */\n  get ${m}Input(): ${f.configType} | undefined {\n    return this._${m};\n  }`;
      }
      return out;
    })
    .join('\n\n');
  const synth = settableFields
    .map(
      (f) =>
        `      ${f.name}: ((v: ${f.configType} | undefined) => ${f.toTerraform})(this._${member(f.name)}),`,
    )
    .join('\n');

  const typeName = kind === 'provider' ? 'ff' : tfName;
  const superArgs =
    kind === 'provider'
      ? `{
      terraformResourceType: 'ff',
      terraformGeneratorMetadata: { providerName: 'ff' },
      terraformProviderSource: 'ff/ff',
    }`
      : `{
      terraformResourceType: '${tfName}',
      terraformGeneratorMetadata: { providerName: 'ff' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    }`;
  const importer =
    kind === 'resource'
      ? `
  /**
   * Generates configuration for importing an existing ${tfName} (see the import IDs in the README).
   */
  static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktf.TerraformProvider,
  ): cdktf.ImportableResource {
    return new cdktf.ImportableResource(scope, importToId, {
      terraformResourceType: '${tfName}',
      importId: importFromId,
      provider,
    });
  }
`
      : '';
  const configOptional =
    kind === 'provider' || !Object.values(block.attributes ?? {}).some((a) => a.required);
  // The namespace stays `cdktf` in every flavour (cdktn keeps cdktf's API), so the flavours differ only
  // in this import line.
  const code = `${header}
import * as cdktf from '${flavour.runtime}';
import type { Construct } from 'constructs';

${configInterface(
  configName,
  fs,
  kind === 'provider' ? undefined : 'cdktf.TerraformMetaArguments',
  what,
).replace(
  /\n}\n$/,
  kind === 'provider'
    ? `\n  /** Alias name, for more than one ff provider in a stack. */\n  readonly alias?: string;\n}\n`
    : '\n}\n',
)}
${structCodes.join('\n')}
${doc([block.description, kind === 'provider' ? 'Represents the `ff` provider (source `ff/ff`).' : `Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ${typeName}} ${kind === 'data' ? 'data source' : 'resource'}.`])}export class ${className} extends ${base} {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = '${typeName}';
${importer}
${privates}${kind === 'provider' ? '\n  private _alias?: string;' : ''}

  constructor(scope: Construct, id: string, config: ${configName}${configOptional ? ' = {}' : ''}) {
    super(scope, id, ${superArgs});
${assigns}${kind === 'provider' ? '\n    this._alias = config.alias;' : ''}
  }
${
  kind === 'provider'
    ? `
  /** Alias name, for more than one ff provider in a stack. */
  override get alias(): string | undefined {
    return this._alias;
  }
  override set alias(value: string | undefined) {
    this._alias = value;
  }
`
    : ''
}
${accessors}

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
${synth}${kind === 'provider' ? '\n      alias: cdktf.stringToTerraform(this._alias),' : ''}
    };
  }
}
`;
  return { file, className, code };
}

function attrType(a: SchemaAttribute): string {
  if (a.nested_type) {
    const m = a.nested_type.nesting_mode;
    return m === 'single' || m === 'object' ? 'object' : `${m} of objects`;
  }
  const t = a.type!;
  if (typeof t === 'string') return t;
  return `${t[0]} of ${typeof t[1] === 'string' ? t[1] : 'objects'}`;
}

function docsRows(block: Record<string, SchemaAttribute>, path: string, rows: string[]): void {
  for (const [name, a] of sorted(block)) {
    const p = path ? `${path}.${name}` : name;
    const desc = (a.description ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
    rows.push(`| \`${p}\` | ${attrType(a)} | ${flags(a)} | ${desc} |`);
    if (a.nested_type)
      docsRows(
        a.nested_type.attributes,
        `${p}[]`.replace(/\[\]$/, a.nested_type.nesting_mode === 'single' ? '' : '[]'),
        rows,
      );
  }
}

function docsSection(title: string, block: SchemaBlock, cdktfName: string): string {
  const rows: string[] = ['| Attribute | Type | | Description |', '| --- | --- | --- | --- |'];
  docsRows(blockAsAttributes(block), '', rows);
  return `## ${title}\n\n${block.description ? `${block.description}\n\n` : ''}CDKTF: \`${cdktfName}\`\n\n${rows.join('\n')}\n`;
}

/** Every generated file, by its path relative to the package root. */
export async function generateFiles(schema: ProviderSchema): Promise<Map<string, string>> {
  const raw = new Map<string, string>();
  for (const flavour of flavours) {
    const classes: { file: string; className: string }[] = [];
    const add = (c: { file: string; className: string; code: string }) => {
      raw.set(`${flavour.dir}/${c.file}.ts`, c.code);
      classes.push(c);
    };
    add(classCode(flavour, 'provider', 'ff', schema.provider.block));
    for (const [name, s] of sorted(schema.resource_schemas))
      add(classCode(flavour, 'resource', name, s.block));
    for (const [name, s] of sorted(schema.data_source_schemas))
      add(classCode(flavour, 'data', name, s.block));
    // Like the prebuilt packages, each file is also a namespace (`flag.Flag`, `flagEnvironment.…`).
    raw.set(
      `${flavour.dir}/index.ts`,
      `${header}\n${classes
        .map(
          (c) =>
            // No `provider` namespace: the package's index already exports `provider` (the definition).
            `${c.file === 'provider' ? '' : `export * as ${camel(c.file)} from './${c.file}.ts';\n`}export * from './${c.file}.ts';`,
        )
        .join('\n')}\n`,
    );
  }

  const sections = [docsSection('Provider `ff`', schema.provider.block, 'FfProvider')];
  for (const [name, s] of sorted(schema.resource_schemas))
    sections.push(docsSection(`Resource \`${name}\``, s.block, pascal(name.replace(/^ff_/, ''))));
  for (const [name, s] of sorted(schema.data_source_schemas))
    sections.push(docsSection(`Data source \`${name}\``, s.block, `Data${pascal(name)}`));
  raw.set(
    docsFile,
    `<!-- ${header.slice(3)} -->\n\n# ff provider: resource reference\n\nFrom the provider's schema (\`terraform providers schema -json\`). Attribute paths with \`[]\` are inside list or set elements. In CDKTF the names are camelCase (\`client_side\` → \`clientSide\`). Nested attributes are read through typed references: \`flag.variations.get(0).name\` is \`\${ff_flag.<id>.variations[0].name}\`; elements of sets are read through \`tolist()\`. The CDKTF classes come from \`@ff/cdktf-provider\` (for \`cdktf\`) or \`@ff/cdktf-provider/cdktn\` (for CDK Terrain, \`cdktn\`).\n\n${sections.join('\n')}`,
  );

  const out = new Map<string, string>();
  for (const [path, code] of [...raw].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const configPath = join(packageRoot, path);
    const options = (await resolveConfig(configPath)) ?? {};
    out.set(path, await format(code, { ...options, filepath: configPath }));
  }
  return out;
}

/** Writes the files under `outRoot`; the bindings directories are owned outright (emptied first). */
export async function generate(
  outRoot: string = packageRoot,
  schema: ProviderSchema = readSchema(),
): Promise<string[]> {
  const files = await generateFiles(schema);
  for (const { dir } of flavours) rmSync(join(outRoot, dir), { recursive: true, force: true });
  for (const [path, code] of files) {
    mkdirSync(dirname(join(outRoot, path)), { recursive: true });
    writeFileSync(join(outRoot, path), code);
  }
  return [...files.keys()];
}

/** Lists what is in the bindings directories (for the drift check: no stale files). */
export function listBindings(root: string): string[] {
  return flavours.flatMap(({ dir }) => readdirSync(join(root, dir)).map((f) => `${dir}/${f}`)).sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, schema: { type: 'string' } } });
  const schema = values.schema
    ? (JSON.parse(readFileSync(values.schema, 'utf8')) as ProviderSchema)
    : readSchema();
  const root = values.out ? resolve(values.out) : packageRoot;
  for (const f of await generate(root, schema)) console.log(`wrote ${join(root, f)}`);
}
