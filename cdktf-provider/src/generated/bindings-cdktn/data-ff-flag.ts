// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktn';
import type { Construct } from 'constructs';

/**
 * Configuration of `data "ff_flag"`.
 */
export interface DataFfFlagConfig extends cdktf.TerraformMetaArguments {
  /**
   * Flag key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit), what code asks for. Changing it re-creates the flag.
   *
   * `key` (required)
   */
  readonly key: string;
  /**
   * Key of the project the flag belongs to. Changing it re-creates the resource.
   *
   * `project` (required)
   */
  readonly project: string;
}

/**
 * A reference to an element of `data.ff_flag.variations`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class DataFfFlagVariationsOutputReference extends cdktf.ComplexObject {
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
   * Free text. Defaults to `""`.
   *
   * `description` (optional, computed)
   */
  get description(): string {
    return this.getStringAttribute('description');
  }

  /**
   * Variation name (`on`, `off`, `blue`, …).
   *
   * `name` (required)
   */
  get name(): string {
    return this.getStringAttribute('name');
  }

  /**
   * The value served, as JSON: `jsonencode(true)`, `jsonencode("blue")`, `jsonencode({ max = 3 })`.
   *
   * `value` (required)
   */
  get value(): string {
    return this.getStringAttribute('value');
  }
}

/**
 * A reference to `data.ff_flag.variations` (a list): `get(i)` is element i.
 */
export class DataFfFlagVariationsList extends cdktf.ComplexList {
  /** The element at `index`. */
  get(index: number): DataFfFlagVariationsOutputReference {
    return new DataFfFlagVariationsOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}

/**
 * Reads a flag definition (variations, tags, …).
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_flag} data source.
 */
export class DataFfFlag extends cdktf.TerraformDataSource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_flag';

  private _key?: string;
  private _project?: string;

  constructor(scope: Construct, id: string, config: DataFfFlagConfig) {
    super(scope, id, {
      terraformResourceType: 'ff_flag',
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
   * Archived flags are hidden and served by no SDK. Defaults to `false`.
   *
   * `archived` (computed)
   */
  get archived(): cdktf.IResolvable {
    return this.getBooleanAttribute('archived');
  }

  /**
   * Visible to client-side SDK keys. Defaults to `false`.
   *
   * `client_side` (computed)
   */
  get clientSide(): cdktf.IResolvable {
    return this.getBooleanAttribute('client_side');
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
   * The resource's ID, `<project>/<flag>` (also its import ID).
   *
   * `id` (computed)
   */
  get id(): string {
    return this.getStringAttribute('id');
  }

  /**
   * Flag key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit), what code asks for. Changing it re-creates the flag.
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
   * Value type: `boolean`, `string`, `number` or `json`. Changing it re-creates the flag.
   *
   * `kind` (computed)
   */
  get kind(): string {
    return this.getStringAttribute('kind');
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
   * Who owns the flag (an email or team name).
   *
   * `owner` (computed)
   */
  get owner(): string {
    return this.getStringAttribute('owner');
  }

  /**
   * Key of the project the flag belongs to. Changing it re-creates the resource.
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
   * Tags (unordered). Defaults to none.
   *
   * `tags` (computed)
   */
  get tags(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute('tags'));
  }

  /**
   * A release flag meant to be removed (as opposed to a permanent kill switch or config). Defaults to `true`.
   *
   * `temporary` (computed)
   */
  get temporary(): cdktf.IResolvable {
    return this.getBooleanAttribute('temporary');
  }

  /**
   * The values the flag can serve, in order (indexes matter). Required unless `kind` is `boolean`, which defaults to `on` (true) and `off` (false). Variations in use cannot be removed.
   *
   * `variations` (computed)
   */
  get variations(): DataFfFlagVariationsList {
    return new DataFfFlagVariationsList(this, 'variations', false);
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      key: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._key),
      project: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._project),
    };
  }
}
