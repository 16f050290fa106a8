// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktf';
import type { Construct } from 'constructs';

/**
 * Configuration of `data "ff_environment"`.
 */
export interface DataFfEnvironmentConfig extends cdktf.TerraformMetaArguments {
  /**
   * Environment key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit). Changing it re-creates the environment.
   *
   * `key` (required)
   */
  readonly key: string;
  /**
   * Key of the project the environment belongs to. Changing it re-creates the resource.
   *
   * `project` (required)
   */
  readonly project: string;
}

/**
 * Reads an environment.
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_environment} data source.
 */
export class DataFfEnvironment extends cdktf.TerraformDataSource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_environment';

  private _key?: string;
  private _project?: string;

  constructor(scope: Construct, id: string, config: DataFfEnvironmentConfig) {
    super(scope, id, {
      terraformResourceType: 'ff_environment',
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
   * Display color, `#rrggbb`. Left out, the server picks one and Terraform keeps it.
   *
   * `color` (computed)
   */
  get color(): string {
    return this.getStringAttribute('color');
  }

  /**
   * The resource's ID, `<project>/<env>` (also its import ID).
   *
   * `id` (computed)
   */
  get id(): string {
    return this.getStringAttribute('id');
  }

  /**
   * Environment key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit). Changing it re-creates the environment.
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
   * Key of the project the environment belongs to. Changing it re-creates the resource.
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
   * Production-like: only project admins may change flag configurations here. Defaults to `false`.
   *
   * `protected` (computed)
   */
  get protected(): cdktf.IResolvable {
    return this.getBooleanAttribute('protected');
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      key: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._key),
      project: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._project),
    };
  }
}
