// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktn';
import type { Construct } from 'constructs';

/**
 * Configuration of `resource "ff_project"`.
 */
export interface ProjectConfig extends cdktf.TerraformMetaArguments {
  /**
   * Free text. Defaults to `""`.
   *
   * `description` (optional, computed)
   */
  readonly description?: string;
  /**
   * Days raw SDK events (tracked events, exposures) are kept (1–3650), except what a running or paused experiment still reads. Left out, the server's default (`FF_EVENT_RETENTION_DAYS`).
   *
   * `event_retention_days` (optional)
   */
  readonly eventRetentionDays?: number;
  /**
   * Project key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit). Changing it re-creates the project.
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
}

/**
 * A project: the unit that holds environments, flags and segments. Import with the project key: `terraform import ff_project.x checkout`. Deleting it deletes everything in it.
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_project} resource.
 */
export class Project extends cdktf.TerraformResource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_project';

  /**
   * Generates configuration for importing an existing ff_project (see the import IDs in the README).
   */
  static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktf.TerraformProvider,
  ): cdktf.ImportableResource {
    return new cdktf.ImportableResource(scope, importToId, {
      terraformResourceType: 'ff_project',
      importId: importFromId,
      provider,
    });
  }

  private _description?: string;
  private _eventRetentionDays?: number;
  private _key?: string;
  private _name?: string;

  constructor(scope: Construct, id: string, config: ProjectConfig) {
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
    this._description = config.description;
    this._eventRetentionDays = config.eventRetentionDays;
    this._key = config.key;
    this._name = config.name;
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
   * Days raw SDK events (tracked events, exposures) are kept (1–3650), except what a running or paused experiment still reads. Left out, the server's default (`FF_EVENT_RETENTION_DAYS`).
   *
   * `event_retention_days` (optional)
   */
  get eventRetentionDays(): number {
    return this.getNumberAttribute('event_retention_days');
  }
  set eventRetentionDays(value: number | undefined) {
    this._eventRetentionDays = value;
  }
  resetEventRetentionDays(): void {
    this._eventRetentionDays = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get eventRetentionDaysInput(): number | undefined {
    return this._eventRetentionDays;
  }

  /**
   * The resource's ID, `<project>` (also its import ID).
   *
   * `id` (computed)
   */
  get id(): string {
    return this.getStringAttribute('id');
  }

  /**
   * Project key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit). Changing it re-creates the project.
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

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      description: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._description),
      event_retention_days: ((v: number | undefined) => cdktf.numberToTerraform(v))(this._eventRetentionDays),
      key: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._key),
      name: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._name),
    };
  }
}
