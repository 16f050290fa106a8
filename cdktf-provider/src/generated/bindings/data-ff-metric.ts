// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktf';
import type { Construct } from 'constructs';

/**
 * Configuration of `data "ff_metric"`.
 */
export interface DataFfMetricConfig extends cdktf.TerraformMetaArguments {
  /**
   * Metric key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit). Changing it re-creates the metric.
   *
   * `key` (required)
   */
  readonly key: string;
  /**
   * Key of the project the metric belongs to. Changing it re-creates the resource.
   *
   * `project` (required)
   */
  readonly project: string;
}

/**
 * Reads a metric definition.
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_metric} data source.
 */
export class DataFfMetric extends cdktf.TerraformDataSource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_metric';

  private _key?: string;
  private _project?: string;

  constructor(scope: Construct, id: string, config: DataFfMetricConfig) {
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
    this._key = config.key;
    this._project = config.project;
  }

  /**
   * Caps each unit's count or sum (outliers). Left out, no cap.
   *
   * `cap` (computed)
   */
  get cap(): number {
    return this.getNumberAttribute('cap');
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
   * Which way is better: `higher` or `lower`. Defaults to `"higher"`.
   *
   * `direction` (computed)
   */
  get direction(): string {
    return this.getStringAttribute('direction');
  }

  /**
   * The tracked event name.
   *
   * `event` (computed)
   */
  get event(): string {
    return this.getStringAttribute('event');
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
   * `window_hours` (computed)
   */
  get windowHours(): number {
    return this.getNumberAttribute('window_hours');
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      key: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._key),
      project: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._project),
    };
  }
}
