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
  get rules(): cdktf.IResolvable {
    return this.interpolationForAttribute('rules');
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      key: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._key),
      project: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._project),
    };
  }
}
