// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktn';
import type { Construct } from 'constructs';

/**
 * Configuration of `data "ff_project"`.
 */
export interface DataFfProjectConfig extends cdktf.TerraformMetaArguments {
  /**
   * Project key.
   *
   * `key` (required)
   */
  readonly key: string;
}

/**
 * Reads a project and the keys of its environments.
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_project} data source.
 */
export class DataFfProject extends cdktf.TerraformDataSource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_project';

  private _key?: string;

  constructor(scope: Construct, id: string, config: DataFfProjectConfig) {
    super(scope, id, {
      terraformResourceType: 'ff_project',
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
  }

  /**
   * Free text.
   *
   * `description` (computed)
   */
  get description(): string {
    return this.getStringAttribute('description');
  }

  /**
   * Environment keys, in display order.
   *
   * `environments` (computed)
   */
  get environments(): string[] {
    return this.getListAttribute('environments');
  }

  /**
   * Days raw SDK events are kept; null: the server's default.
   *
   * `event_retention_days` (computed)
   */
  get eventRetentionDays(): number {
    return this.getNumberAttribute('event_retention_days');
  }

  /**
   * Project key.
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

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      key: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._key),
    };
  }
}
