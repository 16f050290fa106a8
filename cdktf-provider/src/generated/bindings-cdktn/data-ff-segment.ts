// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktn';
import type { Construct } from 'constructs';

/**
 * Configuration of `data "ff_segment"`.
 */
export interface DataFfSegmentConfig extends cdktf.TerraformMetaArguments {
  /**
   * Segment key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit). Changing it re-creates the segment.
   *
   * `key` (required)
   */
  readonly key: string;
  /**
   * Key of the project the segment belongs to. Changing it re-creates the resource.
   *
   * `project` (required)
   */
  readonly project: string;
}

/**
 * A reference to an element of `data.ff_segment.rules`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class DataFfSegmentRulesOutputReference extends cdktf.ComplexObject {
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
  get clauses(): DataFfSegmentRulesClausesList {
    return new DataFfSegmentRulesClausesList(this, 'clauses', false);
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
 * A reference to `data.ff_segment.rules` (a list): `get(i)` is element i.
 */
export class DataFfSegmentRulesList extends cdktf.ComplexList {
  /** The element at `index`. */
  get(index: number): DataFfSegmentRulesOutputReference {
    return new DataFfSegmentRulesOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}

/**
 * A reference to an element of `data.ff_segment.rules.clauses`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class DataFfSegmentRulesClausesOutputReference extends cdktf.ComplexObject {
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
 * A reference to `data.ff_segment.rules.clauses` (a list): `get(i)` is element i.
 */
export class DataFfSegmentRulesClausesList extends cdktf.ComplexList {
  /** The element at `index`. */
  get(index: number): DataFfSegmentRulesClausesOutputReference {
    return new DataFfSegmentRulesClausesOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}

/**
 * Reads a segment with its rules and key lists.
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_segment} data source.
 */
export class DataFfSegment extends cdktf.TerraformDataSource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_segment';

  private _key?: string;
  private _project?: string;

  constructor(scope: Construct, id: string, config: DataFfSegmentConfig) {
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
    this._key = config.key;
    this._project = config.project;
  }

  /**
   * Free text. Defaults to `""`.
   *
   * `description` (computed)
   */
  get description(): string {
    return this.getStringAttribute('description');
  }

  /**
   * Context keys never in the segment (wins over everything). Defaults to none.
   *
   * `excluded` (computed)
   */
  get excluded(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute('excluded'));
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
   * `included` (computed)
   */
  get included(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute('included'));
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
   * `name` (computed)
   */
  get name(): string {
    return this.getStringAttribute('name');
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
   * `rules` (computed)
   */
  get rules(): DataFfSegmentRulesList {
    return new DataFfSegmentRulesList(this, 'rules', false);
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      key: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._key),
      project: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._project),
    };
  }
}
