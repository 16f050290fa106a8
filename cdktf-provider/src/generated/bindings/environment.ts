// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktf';
import type { Construct } from 'constructs';

/**
 * Configuration of `resource "ff_environment"`.
 */
export interface EnvironmentConfig extends cdktf.TerraformMetaArguments {
  /**
   * Display color, `#rrggbb`. Left out, the server picks one and Terraform keeps it.
   *
   * `color` (optional, computed)
   */
  readonly color?: string;
  /**
   * Environment key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit). Changing it re-creates the environment.
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
   * Key of the project the environment belongs to. Changing it re-creates the resource.
   *
   * `project` (required)
   */
  readonly project: string;
  /**
   * Production-like: only project admins may change flag configurations here. Defaults to `false`.
   *
   * `protected` (optional, computed)
   */
  readonly protected?: boolean | cdktf.IResolvable;
}

/**
 * An environment of a project (development, staging, production, …). Creating one gives every flag of the project an off configuration there. Import with `<project>/<env>`.
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_environment} resource.
 */
export class Environment extends cdktf.TerraformResource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_environment';

  /**
   * Generates configuration for importing an existing ff_environment (see the import IDs in the README).
   */
  static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktf.TerraformProvider,
  ): cdktf.ImportableResource {
    return new cdktf.ImportableResource(scope, importToId, {
      terraformResourceType: 'ff_environment',
      importId: importFromId,
      provider,
    });
  }

  private _color?: string;
  private _key?: string;
  private _name?: string;
  private _project?: string;
  private _protected?: boolean | cdktf.IResolvable;

  constructor(scope: Construct, id: string, config: EnvironmentConfig) {
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
    this._color = config.color;
    this._key = config.key;
    this._name = config.name;
    this._project = config.project;
    this._protected = config.protected;
  }

  /**
   * Display color, `#rrggbb`. Left out, the server picks one and Terraform keeps it.
   *
   * `color` (optional, computed)
   */
  get color(): string {
    return this.getStringAttribute('color');
  }
  set color(value: string | undefined) {
    this._color = value;
  }
  resetColor(): void {
    this._color = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get colorInput(): string | undefined {
    return this._color;
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
   * `protected` (optional, computed)
   */
  get protected(): cdktf.IResolvable {
    return this.getBooleanAttribute('protected');
  }
  set protected(value: boolean | cdktf.IResolvable | undefined) {
    this._protected = value;
  }
  resetProtected(): void {
    this._protected = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get protectedInput(): boolean | cdktf.IResolvable | undefined {
    return this._protected;
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      color: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._color),
      key: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._key),
      name: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._name),
      project: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._project),
      protected: ((v: boolean | cdktf.IResolvable | undefined) => cdktf.booleanToTerraform(v))(
        this._protected,
      ),
    };
  }
}
