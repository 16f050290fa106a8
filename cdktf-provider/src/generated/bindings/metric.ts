// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktf';
import type { Construct } from 'constructs';

/**
 * Configuration of `resource "ff_metric"`.
 */
export interface MetricConfig extends cdktf.TerraformMetaArguments {
  /**
   * Caps each unit's count or sum (outliers). Left out, no cap.
   *
   * `cap` (optional)
   */
  readonly cap?: number;
  /**
   * Free text. Defaults to `""`.
   *
   * `description` (optional, computed)
   */
  readonly description?: string;
  /**
   * Which way is better: `higher` or `lower`. Defaults to `"higher"`.
   *
   * `direction` (optional, computed)
   */
  readonly direction?: string;
  /**
   * The tracked event name.
   *
   * `event` (required)
   */
  readonly event: string;
  /**
   * Metric key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit). Changing it re-creates the metric.
   *
   * `key` (required)
   */
  readonly key: string;
  /**
   * One of `binomial`, `count`, `sum`. Changing it re-creates the metric.
   *
   * `kind` (required)
   */
  readonly kind: string;
  /**
   * Display name.
   *
   * `name` (required)
   */
  readonly name: string;
  /**
   * Key of the project the metric belongs to. Changing it re-creates the resource.
   *
   * `project` (required)
   */
  readonly project: string;
  /**
   * Events count within this many hours of the first exposure. Defaults to `168` (7 days).
   *
   * `window_hours` (optional, computed)
   */
  readonly windowHours?: number;
}

/**
 * A metric definition over tracked events, for experiments: `binomial` (did the unit send the event within `window_hours` of its first exposure), `count` (how many such events) or `sum` (the summed event values, e.g. revenue). ff keeps metric definitions: destroying one only removes it from the state. Import with `<project>/<metric>`.
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_metric} resource.
 */
export class Metric extends cdktf.TerraformResource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_metric';

  /**
   * Generates configuration for importing an existing ff_metric (see the import IDs in the README).
   */
  static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktf.TerraformProvider,
  ): cdktf.ImportableResource {
    return new cdktf.ImportableResource(scope, importToId, {
      terraformResourceType: 'ff_metric',
      importId: importFromId,
      provider,
    });
  }

  private _cap?: number;
  private _description?: string;
  private _direction?: string;
  private _event?: string;
  private _key?: string;
  private _kind?: string;
  private _name?: string;
  private _project?: string;
  private _windowHours?: number;

  constructor(scope: Construct, id: string, config: MetricConfig) {
    super(scope, id, {
      terraformResourceType: 'ff_metric',
      terraformGeneratorMetadata: { providerName: 'ff' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this._cap = config.cap;
    this._description = config.description;
    this._direction = config.direction;
    this._event = config.event;
    this._key = config.key;
    this._kind = config.kind;
    this._name = config.name;
    this._project = config.project;
    this._windowHours = config.windowHours;
  }

  /**
   * Caps each unit's count or sum (outliers). Left out, no cap.
   *
   * `cap` (optional)
   */
  get cap(): number {
    return this.getNumberAttribute('cap');
  }
  set cap(value: number | undefined) {
    this._cap = value;
  }
  resetCap(): void {
    this._cap = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get capInput(): number | undefined {
    return this._cap;
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
   * Which way is better: `higher` or `lower`. Defaults to `"higher"`.
   *
   * `direction` (optional, computed)
   */
  get direction(): string {
    return this.getStringAttribute('direction');
  }
  set direction(value: string | undefined) {
    this._direction = value;
  }
  resetDirection(): void {
    this._direction = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get directionInput(): string | undefined {
    return this._direction;
  }

  /**
   * The tracked event name.
   *
   * `event` (required)
   */
  get event(): string {
    return this.getStringAttribute('event');
  }
  set event(value: string) {
    this._event = value;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get eventInput(): string | undefined {
    return this._event;
  }

  /**
   * The resource's ID, `<project>/<metric>` (also its import ID).
   *
   * `id` (computed)
   */
  get id(): string {
    return this.getStringAttribute('id');
  }

  /**
   * Metric key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit). Changing it re-creates the metric.
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
   * One of `binomial`, `count`, `sum`. Changing it re-creates the metric.
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
   * Key of the project the metric belongs to. Changing it re-creates the resource.
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
   * Events count within this many hours of the first exposure. Defaults to `168` (7 days).
   *
   * `window_hours` (optional, computed)
   */
  get windowHours(): number {
    return this.getNumberAttribute('window_hours');
  }
  set windowHours(value: number | undefined) {
    this._windowHours = value;
  }
  resetWindowHours(): void {
    this._windowHours = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get windowHoursInput(): number | undefined {
    return this._windowHours;
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      cap: ((v: number | undefined) => cdktf.numberToTerraform(v))(this._cap),
      description: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._description),
      direction: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._direction),
      event: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._event),
      key: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._key),
      kind: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._kind),
      name: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._name),
      project: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._project),
      window_hours: ((v: number | undefined) => cdktf.numberToTerraform(v))(this._windowHours),
    };
  }
}
