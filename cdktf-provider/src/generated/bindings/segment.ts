// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktf';
import type { Construct } from 'constructs';

/**
 * Configuration of `resource "ff_segment"`.
 */
export interface SegmentConfig extends cdktf.TerraformMetaArguments {
  /**
   * Free text. Defaults to `""`.
   *
   * `description` (optional, computed)
   */
  readonly description?: string;
  /**
   * Context keys never in the segment (wins over everything). Defaults to none.
   *
   * `excluded` (optional, computed)
   */
  readonly excluded?: string[];
  /**
   * Context keys always in the segment. Defaults to none.
   *
   * `included` (optional, computed)
   */
  readonly included?: string[];
  /**
   * Segment key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit). Changing it re-creates the segment.
   *
   * `key` (required)
   */
  readonly key: string;
  /**
   * Display name.
   *
   * `name` (required)
   */
  readonly name: string;
  /**
   * Key of the project the segment belongs to. Changing it re-creates the resource.
   *
   * `project` (required)
   */
  readonly project: string;
  /**
   * A context matches if all clauses of any rule match. Defaults to none.
   *
   * `rules` (optional, computed)
   */
  readonly rules?: SegmentRules[] | cdktf.IResolvable;
}

export interface SegmentRules {
  /**
   * All clauses must match.
   *
   * `clauses` (required)
   */
  readonly clauses: SegmentRulesClauses[] | cdktf.IResolvable;
  /**
   * Optional rule id.
   *
   * `id` (optional)
   */
  readonly id?: string;
}

export function segmentRulesToTerraform(struct?: SegmentRules | cdktf.IResolvable): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported');
  }
  const s = struct as SegmentRules;
  return {
    clauses: ((v: SegmentRulesClauses[] | cdktf.IResolvable) =>
      cdktf.listMapper(segmentRulesClausesToTerraform, false)(v))(s.clauses),
    id: ((v: string | undefined) => cdktf.stringToTerraform(v))(s.id),
  };
}

/**
 * A reference to an element of `ff_segment.rules`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class SegmentRulesOutputReference extends cdktf.ComplexObject {
  /**
   * @param terraformResource the parent of the list (the resource, data source or enclosing object)
   * @param terraformAttribute the list's attribute on the parent
   * @param complexObjectIndex the element's index
   * @param complexObjectIsFromSet the attribute is a set (elements are read through `tolist()`)
   */
  constructor(
    terraformResource: cdktf.IInterpolatingParent,
    terraformAttribute: string,
    complexObjectIndex: number,
    complexObjectIsFromSet: boolean,
  ) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  /**
   * All clauses must match.
   *
   * `clauses` (required)
   */
  get clauses(): SegmentRulesClausesList {
    return new SegmentRulesClausesList(this, 'clauses', false);
  }

  /**
   * Optional rule id.
   *
   * `id` (optional)
   */
  get id(): string {
    return this.getStringAttribute('id');
  }
}

/**
 * A reference to `ff_segment.rules` (a list): `get(i)` is element i.
 */
export class SegmentRulesList extends cdktf.ComplexList {
  /** The element at `index`. */
  get(index: number): SegmentRulesOutputReference {
    return new SegmentRulesOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}

export interface SegmentRulesClauses {
  /**
   * Context attribute (`key`, `email`, `plan`, …; `key` for `segmentMatch`).
   *
   * `attribute` (required)
   */
  readonly attribute: string;
  /**
   * Invert the match. Defaults to `false`.
   *
   * `negate` (optional, computed)
   */
  readonly negate?: boolean | cdktf.IResolvable;
  /**
   * Operator: `in`, `notIn`, `contains`, `startsWith`, `endsWith`, `matches` (RE2), `lt`, `lte`, `gt`, `gte`, `before`, `after`, `semverEq`, `semverLt`, `semverGt`, `segmentMatch`.
   *
   * `op` (required)
   */
  readonly op: string;
  /**
   * How `values` are sent: `auto` (numbers for `lt`/`lte`/`gt`/`gte`, epoch milliseconds for an integer and ISO-8601 strings otherwise for `before`/`after`, strings for every other operator, so `in` with `"42"` is the string "42"), `string`, `number`, `boolean`, or `json` (each value is JSON). The `ff` CLI types `--clause` values by the same rule. Defaults to `auto`.
   *
   * `value_type` (optional, computed)
   */
  readonly valueType?: string;
  /**
   * Values to compare with (any of them matches); segment keys for `segmentMatch`.
   *
   * `values` (required)
   */
  readonly values: string[];
}

export function segmentRulesClausesToTerraform(struct?: SegmentRulesClauses | cdktf.IResolvable): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported');
  }
  const s = struct as SegmentRulesClauses;
  return {
    attribute: ((v: string) => cdktf.stringToTerraform(v))(s.attribute),
    negate: ((v: boolean | cdktf.IResolvable | undefined) => cdktf.booleanToTerraform(v))(s.negate),
    op: ((v: string) => cdktf.stringToTerraform(v))(s.op),
    value_type: ((v: string | undefined) => cdktf.stringToTerraform(v))(s.valueType),
    values: ((v: string[]) => cdktf.listMapper(cdktf.stringToTerraform, false)(v))(s.values),
  };
}

/**
 * A reference to an element of `ff_segment.rules.clauses`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class SegmentRulesClausesOutputReference extends cdktf.ComplexObject {
  /**
   * @param terraformResource the parent of the list (the resource, data source or enclosing object)
   * @param terraformAttribute the list's attribute on the parent
   * @param complexObjectIndex the element's index
   * @param complexObjectIsFromSet the attribute is a set (elements are read through `tolist()`)
   */
  constructor(
    terraformResource: cdktf.IInterpolatingParent,
    terraformAttribute: string,
    complexObjectIndex: number,
    complexObjectIsFromSet: boolean,
  ) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  /**
   * Context attribute (`key`, `email`, `plan`, …; `key` for `segmentMatch`).
   *
   * `attribute` (required)
   */
  get attribute(): string {
    return this.getStringAttribute('attribute');
  }

  /**
   * Invert the match. Defaults to `false`.
   *
   * `negate` (optional, computed)
   */
  get negate(): cdktf.IResolvable {
    return this.getBooleanAttribute('negate');
  }

  /**
   * Operator: `in`, `notIn`, `contains`, `startsWith`, `endsWith`, `matches` (RE2), `lt`, `lte`, `gt`, `gte`, `before`, `after`, `semverEq`, `semverLt`, `semverGt`, `segmentMatch`.
   *
   * `op` (required)
   */
  get op(): string {
    return this.getStringAttribute('op');
  }

  /**
   * How `values` are sent: `auto` (numbers for `lt`/`lte`/`gt`/`gte`, epoch milliseconds for an integer and ISO-8601 strings otherwise for `before`/`after`, strings for every other operator, so `in` with `"42"` is the string "42"), `string`, `number`, `boolean`, or `json` (each value is JSON). The `ff` CLI types `--clause` values by the same rule. Defaults to `auto`.
   *
   * `value_type` (optional, computed)
   */
  get valueType(): string {
    return this.getStringAttribute('value_type');
  }

  /**
   * Values to compare with (any of them matches); segment keys for `segmentMatch`.
   *
   * `values` (required)
   */
  get values(): string[] {
    return this.getListAttribute('values');
  }
}

/**
 * A reference to `ff_segment.rules.clauses` (a list): `get(i)` is element i.
 */
export class SegmentRulesClausesList extends cdktf.ComplexList {
  /** The element at `index`. */
  get(index: number): SegmentRulesClausesOutputReference {
    return new SegmentRulesClausesOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}

/**
 * A segment: context keys always in (`included`), never in (`excluded`), and rules that match everyone else. Flags use it with a `segmentMatch` clause. Import with `<project>/<segment>`.
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_segment} resource.
 */
export class Segment extends cdktf.TerraformResource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_segment';

  /**
   * Generates configuration for importing an existing ff_segment (see the import IDs in the README).
   */
  static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktf.TerraformProvider,
  ): cdktf.ImportableResource {
    return new cdktf.ImportableResource(scope, importToId, {
      terraformResourceType: 'ff_segment',
      importId: importFromId,
      provider,
    });
  }

  private _description?: string;
  private _excluded?: string[];
  private _included?: string[];
  private _key?: string;
  private _name?: string;
  private _project?: string;
  private _rules?: SegmentRules[] | cdktf.IResolvable;

  constructor(scope: Construct, id: string, config: SegmentConfig) {
    super(scope, id, {
      terraformResourceType: 'ff_segment',
      terraformGeneratorMetadata: { providerName: 'ff' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this._description = config.description;
    this._excluded = config.excluded;
    this._included = config.included;
    this._key = config.key;
    this._name = config.name;
    this._project = config.project;
    this._rules = config.rules;
  }

  /**
   * Free text. Defaults to `""`.
   *
   * `description` (optional, computed)
   */
  get description(): string {
    return this.getStringAttribute('description');
  }
  set description(value: string | undefined) {
    this._description = value;
  }
  resetDescription(): void {
    this._description = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get descriptionInput(): string | undefined {
    return this._description;
  }

  /**
   * Context keys never in the segment (wins over everything). Defaults to none.
   *
   * `excluded` (optional, computed)
   */
  get excluded(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute('excluded'));
  }
  set excluded(value: string[] | undefined) {
    this._excluded = value;
  }
  resetExcluded(): void {
    this._excluded = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get excludedInput(): string[] | undefined {
    return this._excluded;
  }

  /**
   * The resource's ID, `<project>/<segment>` (also its import ID).
   *
   * `id` (computed)
   */
  get id(): string {
    return this.getStringAttribute('id');
  }

  /**
   * Context keys always in the segment. Defaults to none.
   *
   * `included` (optional, computed)
   */
  get included(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute('included'));
  }
  set included(value: string[] | undefined) {
    this._included = value;
  }
  resetIncluded(): void {
    this._included = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get includedInput(): string[] | undefined {
    return this._included;
  }

  /**
   * Segment key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit). Changing it re-creates the segment.
   *
   * `key` (required)
   */
  get key(): string {
    return this.getStringAttribute('key');
  }
  set key(value: string) {
    this._key = value;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get keyInput(): string | undefined {
    return this._key;
  }

  /**
   * Display name.
   *
   * `name` (required)
   */
  get name(): string {
    return this.getStringAttribute('name');
  }
  set name(value: string) {
    this._name = value;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get nameInput(): string | undefined {
    return this._name;
  }

  /**
   * Key of the project the segment belongs to. Changing it re-creates the resource.
   *
   * `project` (required)
   */
  get project(): string {
    return this.getStringAttribute('project');
  }
  set project(value: string) {
    this._project = value;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get projectInput(): string | undefined {
    return this._project;
  }

  /**
   * A context matches if all clauses of any rule match. Defaults to none.
   *
   * `rules` (optional, computed)
   */
  get rules(): SegmentRulesList {
    return new SegmentRulesList(this, 'rules', false);
  }
  /** Replaces the configured `rules`. */
  putRules(value: SegmentRules[] | cdktf.IResolvable): void {
    this._rules = value;
  }
  resetRules(): void {
    this._rules = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get rulesInput(): SegmentRules[] | cdktf.IResolvable | undefined {
    return this._rules;
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      description: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._description),
      excluded: ((v: string[] | undefined) => cdktf.listMapper(cdktf.stringToTerraform, false)(v))(
        this._excluded,
      ),
      included: ((v: string[] | undefined) => cdktf.listMapper(cdktf.stringToTerraform, false)(v))(
        this._included,
      ),
      key: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._key),
      name: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._name),
      project: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._project),
      rules: ((v: SegmentRules[] | cdktf.IResolvable | undefined) =>
        cdktf.listMapper(segmentRulesToTerraform, false)(v))(this._rules),
    };
  }
}
