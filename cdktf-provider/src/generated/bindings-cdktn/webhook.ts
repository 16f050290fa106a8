// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktn';
import type { Construct } from 'constructs';

/**
 * Configuration of `resource "ff_webhook"`.
 */
export interface WebhookConfig extends cdktf.TerraformMetaArguments {
  /**
   * Defaults to `true`.
   *
   * `enabled` (optional, computed)
   */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
   * Event kinds: `flag.changed`, `flag.killed`, `experiment.transition`, `schedule.executed`, `schedule.failed`, `change_request.opened`, `change_request.decided`.
   *
   * `events` (required)
   */
  readonly events: string[];
  /**
   * `json` (signed) or `slack`.
   *
   * `format` (optional, computed)
   */
  readonly format?: string;
  /**
   * Webhook key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit).
   *
   * `key` (required)
   */
  readonly key: string;
  /**
   * Key of the project the webhook belongs to. Changing it re-creates the resource.
   *
   * `project` (required)
   */
  readonly project: string;
  /**
   * The signing secret (at least 16 characters). Left out, ff generates one, kept here.
   *
   * `secret` (optional, computed, sensitive)
   */
  readonly secret?: string;
  /**
   * The http(s) URL that receives the POSTs.
   *
   * `url` (required)
   */
  readonly url: string;
}

/**
 * A webhook: change events of a project POSTed to a URL, signed with HMAC-SHA256 (`FF-Signature`), retried with backoff; or a Slack incoming-webhook message with `format = "slack"`. Import with `<project>/<webhook>`.
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_webhook} resource.
 */
export class Webhook extends cdktf.TerraformResource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_webhook';

  /**
   * Generates configuration for importing an existing ff_webhook (see the import IDs in the README).
   */
  static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktf.TerraformProvider,
  ): cdktf.ImportableResource {
    return new cdktf.ImportableResource(scope, importToId, {
      terraformResourceType: 'ff_webhook',
      importId: importFromId,
      provider,
    });
  }

  private _enabled?: boolean | cdktf.IResolvable;
  private _events?: string[];
  private _format?: string;
  private _key?: string;
  private _project?: string;
  private _secret?: string;
  private _url?: string;

  constructor(scope: Construct, id: string, config: WebhookConfig) {
    super(scope, id, {
      terraformResourceType: 'ff_webhook',
      terraformGeneratorMetadata: { providerName: 'ff' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this._enabled = config.enabled;
    this._events = config.events;
    this._format = config.format;
    this._key = config.key;
    this._project = config.project;
    this._secret = config.secret;
    this._url = config.url;
  }

  /**
   * Defaults to `true`.
   *
   * `enabled` (optional, computed)
   */
  get enabled(): cdktf.IResolvable {
    return this.getBooleanAttribute('enabled');
  }
  set enabled(value: boolean | cdktf.IResolvable | undefined) {
    this._enabled = value;
  }
  resetEnabled(): void {
    this._enabled = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get enabledInput(): boolean | cdktf.IResolvable | undefined {
    return this._enabled;
  }

  /**
   * Event kinds: `flag.changed`, `flag.killed`, `experiment.transition`, `schedule.executed`, `schedule.failed`, `change_request.opened`, `change_request.decided`.
   *
   * `events` (required)
   */
  get events(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute('events'));
  }
  set events(value: string[]) {
    this._events = value;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get eventsInput(): string[] | undefined {
    return this._events;
  }

  /**
   * `json` (signed) or `slack`.
   *
   * `format` (optional, computed)
   */
  get format(): string {
    return this.getStringAttribute('format');
  }
  set format(value: string | undefined) {
    this._format = value;
  }
  resetFormat(): void {
    this._format = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get formatInput(): string | undefined {
    return this._format;
  }

  /**
   * The resource's ID, `<project>/<webhook>` (also its import ID).
   *
   * `id` (computed)
   */
  get id(): string {
    return this.getStringAttribute('id');
  }

  /**
   * Webhook key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit).
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
   * Key of the project the webhook belongs to. Changing it re-creates the resource.
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
   * The signing secret (at least 16 characters). Left out, ff generates one, kept here.
   *
   * `secret` (optional, computed, sensitive)
   */
  get secret(): string {
    return this.getStringAttribute('secret');
  }
  set secret(value: string | undefined) {
    this._secret = value;
  }
  resetSecret(): void {
    this._secret = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get secretInput(): string | undefined {
    return this._secret;
  }

  /**
   * The http(s) URL that receives the POSTs.
   *
   * `url` (required)
   */
  get url(): string {
    return this.getStringAttribute('url');
  }
  set url(value: string) {
    this._url = value;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get urlInput(): string | undefined {
    return this._url;
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      enabled: ((v: boolean | cdktf.IResolvable | undefined) => cdktf.booleanToTerraform(v))(this._enabled),
      events: ((v: string[] | undefined) => cdktf.listMapper(cdktf.stringToTerraform, false)(v))(
        this._events,
      ),
      format: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._format),
      key: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._key),
      project: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._project),
      secret: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._secret),
      url: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._url),
    };
  }
}
