// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktn';
import type { Construct } from 'constructs';

/**
 * Configuration of `resource "ff_sdk_key"`.
 */
export interface SdkKeyConfig extends cdktf.TerraformMetaArguments {
  /**
   * Environment key.
   *
   * `environment` (required)
   */
  readonly environment: string;
  /**
   * `server` or `client`. Changing it issues a new key.
   *
   * `kind` (required)
   */
  readonly kind: string;
  /**
   * A label to tell keys apart. Changing it issues a new key.
   *
   * `name` (optional, computed)
   */
  readonly name?: string;
  /**
   * Project key.
   *
   * `project` (required)
   */
  readonly project: string;
}

/**
 * An SDK key scoped to one environment: `server` keys see the rules, `client` keys only evaluated client-side flags. Import with `<project>/<env>/<key id>` (the secret cannot be read back). Destroy revokes it.
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_sdk_key} resource.
 */
export class SdkKey extends cdktf.TerraformResource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_sdk_key';

  /**
   * Generates configuration for importing an existing ff_sdk_key (see the import IDs in the README).
   */
  static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktf.TerraformProvider,
  ): cdktf.ImportableResource {
    return new cdktf.ImportableResource(scope, importToId, {
      terraformResourceType: 'ff_sdk_key',
      importId: importFromId,
      provider,
    });
  }

  private _environment?: string;
  private _kind?: string;
  private _name?: string;
  private _project?: string;

  constructor(scope: Construct, id: string, config: SdkKeyConfig) {
    super(scope, id, {
      terraformResourceType: 'ff_sdk_key',
      terraformGeneratorMetadata: { providerName: 'ff' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this._environment = config.environment;
    this._kind = config.kind;
    this._name = config.name;
    this._project = config.project;
  }

  /**
   * Environment key.
   *
   * `environment` (required)
   */
  get environment(): string {
    return this.getStringAttribute('environment');
  }
  set environment(value: string) {
    this._environment = value;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get environmentInput(): string | undefined {
    return this._environment;
  }

  /**
   * The resource's ID, `<project>/<env>/<key id>` (also its import ID).
   *
   * `id` (computed)
   */
  get id(): string {
    return this.getStringAttribute('id');
  }

  /**
   * The key's id.
   *
   * `key_id` (computed)
   */
  get keyId(): string {
    return this.getStringAttribute('key_id');
  }

  /**
   * `server` or `client`. Changing it issues a new key.
   *
   * `kind` (required)
   */
  get kind(): string {
    return this.getStringAttribute('kind');
  }
  set kind(value: string) {
    this._kind = value;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get kindInput(): string | undefined {
    return this._kind;
  }

  /**
   * A label to tell keys apart. Changing it issues a new key.
   *
   * `name` (optional, computed)
   */
  get name(): string {
    return this.getStringAttribute('name');
  }
  set name(value: string | undefined) {
    this._name = value;
  }
  resetName(): void {
    this._name = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get nameInput(): string | undefined {
    return this._name;
  }

  /**
   * The secret's first characters.
   *
   * `prefix` (computed)
   */
  get prefix(): string {
    return this.getStringAttribute('prefix');
  }

  /**
   * Project key.
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
   * The secret (known after creation only).
   *
   * `secret` (computed, sensitive)
   */
  get secret(): string {
    return this.getStringAttribute('secret');
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      environment: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._environment),
      kind: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._kind),
      name: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._name),
      project: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._project),
    };
  }
}
