// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktn';
import type { Construct } from 'constructs';

/**
 * Configuration of `resource "ff_approval_settings"`.
 */
export interface ApprovalSettingsConfig extends cdktf.TerraformMetaArguments {
  /**
   * Environment key.
   *
   * `environment` (required)
   */
  readonly environment: string;
  /**
   * Key of the project the environment belongs to. Changing it re-creates the resource.
   *
   * `project` (required)
   */
  readonly project: string;
  /**
   * Defaults to `true`.
   *
   * `requires_approval` (optional, computed)
   */
  readonly requiresApproval?: boolean | cdktf.IResolvable;
  /**
   * Defaults to `false`.
   *
   * `requires_comment` (optional, computed)
   */
  readonly requiresComment?: boolean | cdktf.IResolvable;
}

/**
 * Change control of one environment: `requires_approval` (changes by anyone but project admins become change requests that another approver applies) and `requires_comment`. Destroying it turns both off. Import with `<project>/<environment>`.
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_approval_settings} resource.
 */
export class ApprovalSettings extends cdktf.TerraformResource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_approval_settings';

  /**
   * Generates configuration for importing an existing ff_approval_settings (see the import IDs in the README).
   */
  static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktf.TerraformProvider,
  ): cdktf.ImportableResource {
    return new cdktf.ImportableResource(scope, importToId, {
      terraformResourceType: 'ff_approval_settings',
      importId: importFromId,
      provider,
    });
  }

  private _environment?: string;
  private _project?: string;
  private _requiresApproval?: boolean | cdktf.IResolvable;
  private _requiresComment?: boolean | cdktf.IResolvable;

  constructor(scope: Construct, id: string, config: ApprovalSettingsConfig) {
    super(scope, id, {
      terraformResourceType: 'ff_approval_settings',
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
    this._project = config.project;
    this._requiresApproval = config.requiresApproval;
    this._requiresComment = config.requiresComment;
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
   * The resource's ID, `<project>/<environment>` (also its import ID).
   *
   * `id` (computed)
   */
  get id(): string {
    return this.getStringAttribute('id');
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
   * Defaults to `true`.
   *
   * `requires_approval` (optional, computed)
   */
  get requiresApproval(): cdktf.IResolvable {
    return this.getBooleanAttribute('requires_approval');
  }
  set requiresApproval(value: boolean | cdktf.IResolvable | undefined) {
    this._requiresApproval = value;
  }
  resetRequiresApproval(): void {
    this._requiresApproval = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get requiresApprovalInput(): boolean | cdktf.IResolvable | undefined {
    return this._requiresApproval;
  }

  /**
   * Defaults to `false`.
   *
   * `requires_comment` (optional, computed)
   */
  get requiresComment(): cdktf.IResolvable {
    return this.getBooleanAttribute('requires_comment');
  }
  set requiresComment(value: boolean | cdktf.IResolvable | undefined) {
    this._requiresComment = value;
  }
  resetRequiresComment(): void {
    this._requiresComment = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get requiresCommentInput(): boolean | cdktf.IResolvable | undefined {
    return this._requiresComment;
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      environment: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._environment),
      project: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._project),
      requires_approval: ((v: boolean | cdktf.IResolvable | undefined) => cdktf.booleanToTerraform(v))(
        this._requiresApproval,
      ),
      requires_comment: ((v: boolean | cdktf.IResolvable | undefined) => cdktf.booleanToTerraform(v))(
        this._requiresComment,
      ),
    };
  }
}
