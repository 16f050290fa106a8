// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktn';
import type { Construct } from 'constructs';

/**
 * Configuration of `data "ff_experiment"`.
 */
export interface DataFfExperimentConfig extends cdktf.TerraformMetaArguments {
  /**
   * Experiment key (kebab-case: lowercase letters and digits in words joined by `-`). Changing it re-creates the experiment.
   *
   * `key` (required)
   */
  readonly key: string;
  /**
   * Key of the project the experiment belongs to. Changing it re-creates the resource.
   *
   * `project` (required)
   */
  readonly project: string;
}

/**
 * A reference to an element of `data.ff_experiment.variants`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class DataFfExperimentVariantsOutputReference extends cdktf.ComplexObject {
  /**
   * @param terraformResource the parent of the list (the resource, data source or enclosing object)
   * @param terraformAttribute the list's attribute on the parent
   * @param complexObjectIndex the element's index
   * @param complexObjectIsFromSet the attribute is a set (elements are read through `tolist()`)
   */
  constructor(
    terraformResource: cdktf.IInterpolatingParent,
    terraformAttribute: string,
    complexObjectIndex: number,
    complexObjectIsFromSet: boolean,
  ) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  /**
   * Variant key (the first variant is control).
   *
   * `key` (required)
   */
  get key(): string {
    return this.getStringAttribute('key');
  }

  /**
   * Relative weight (the weights need not sum to 100).
   *
   * `weight` (required)
   */
  get weight(): number {
    return this.getNumberAttribute('weight');
  }
}

/**
 * A reference to `data.ff_experiment.variants` (a list): `get(i)` is element i.
 */
export class DataFfExperimentVariantsList extends cdktf.ComplexList {
  /** The element at `index`. */
  get(index: number): DataFfExperimentVariantsOutputReference {
    return new DataFfExperimentVariantsOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}

/**
 * Reads an experiment: its variants, metrics, status and decision.
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_experiment} data source.
 */
export class DataFfExperiment extends cdktf.TerraformDataSource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_experiment';

  private _key?: string;
  private _project?: string;

  constructor(scope: Construct, id: string, config: DataFfExperimentConfig) {
    super(scope, id, {
      terraformResourceType: 'ff_experiment',
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
   * Percent of the population enrolled (0 < allocation ≤ 100); the rest get control. Defaults to `100`.
   *
   * `allocation` (computed)
   */
  get allocation(): number {
    return this.getNumberAttribute('allocation');
  }

  /**
   * Archive a draft or stopped experiment (one-way). Defaults to `false`.
   *
   * `archived` (computed)
   */
  get archived(): cdktf.IResolvable {
    return this.getBooleanAttribute('archived');
  }

  /**
   * Stop the experiment (serving control) when a guardrail metric shows significant harm. Defaults to `false`.
   *
   * `auto_stop` (computed)
   */
  get autoStop(): cdktf.IResolvable {
    return this.getBooleanAttribute('auto_stop');
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
   * Key of the environment the experiment runs in. Changing it re-creates the experiment.
   *
   * `environment` (computed)
   */
  get environment(): string {
    return this.getStringAttribute('environment');
  }

  /**
   * Key of the flag the experiment runs on: its variations are the variants, in order. Left out, ff creates a string flag with the experiment's key and one variation per variant. Changing it re-creates the experiment.
   *
   * `flag` (computed)
   */
  get flag(): string {
    return this.getStringAttribute('flag');
  }

  /**
   * Keys of guardrail metrics. Defaults to none.
   *
   * `guardrail_metrics` (computed)
   */
  get guardrailMetrics(): string[] {
    return this.getListAttribute('guardrail_metrics');
  }

  /**
   * What the experiment is expected to show. Defaults to `""`.
   *
   * `hypothesis` (computed)
   */
  get hypothesis(): string {
    return this.getStringAttribute('hypothesis');
  }

  /**
   * The resource's ID, `<project>/<experiment>` (also its import ID).
   *
   * `id` (computed)
   */
  get id(): string {
    return this.getStringAttribute('id');
  }

  /**
   * Experiment key (kebab-case: lowercase letters and digits in words joined by `-`). Changing it re-creates the experiment.
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
   * With `status = "stopped"`: the decision notes recorded when the experiment stops (left out: what ff holds).
   *
   * `notes` (computed)
   */
  get notes(): string {
    return this.getStringAttribute('notes');
  }

  /**
   * Key of the segment whose members can be enrolled; left out, everyone.
   *
   * `population_segment` (computed)
   */
  get populationSegment(): string {
    return this.getStringAttribute('population_segment');
  }

  /**
   * Key of the primary metric (an `ff_metric`).
   *
   * `primary_metric` (computed)
   */
  get primaryMetric(): string {
    return this.getStringAttribute('primary_metric');
  }

  /**
   * Key of the project the experiment belongs to. Changing it re-creates the resource.
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
   * With `winner`: serve the winner to everyone in the same step that stops the experiment. Defaults to `false`.
   *
   * `roll_out_winner` (computed)
   */
  get rollOutWinner(): cdktf.IResolvable {
    return this.getBooleanAttribute('roll_out_winner');
  }

  /**
   * The bucketing salt. Left out, ff picks `experiment:<key>`.
   *
   * `salt` (computed)
   */
  get salt(): string {
    return this.getStringAttribute('salt');
  }

  /**
   * Keys of secondary metrics. Defaults to none.
   *
   * `secondary_metrics` (computed)
   */
  get secondaryMetrics(): string[] {
    return this.getListAttribute('secondary_metrics');
  }

  /**
   * When it was first launched (RFC 3339), or null.
   *
   * `started_at` (computed)
   */
  get startedAt(): string {
    return this.getStringAttribute('started_at');
  }

  /**
   * One of "draft", "running", "paused", "stopped". Changing it runs the transition: draft → running (launch) ⇄ paused → stopped. A stopped experiment never runs again; nothing returns to draft. Defaults to `"draft"`.
   *
   * `status` (computed)
   */
  get status(): string {
    return this.getStringAttribute('status');
  }

  /**
   * When it stopped (RFC 3339), or null.
   *
   * `stopped_at` (computed)
   */
  get stoppedAt(): string {
    return this.getStringAttribute('stopped_at');
  }

  /**
   * The variants, control first; variant i is the flag's variation i. Frozen once the experiment has run.
   *
   * `variants` (computed)
   */
  get variants(): DataFfExperimentVariantsList {
    return new DataFfExperimentVariantsList(this, 'variants', false);
  }

  /**
   * With `status = "stopped"`: the variant that won, recorded when the experiment stops.
   *
   * `winner` (computed)
   */
  get winner(): string {
    return this.getStringAttribute('winner');
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      key: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._key),
      project: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._project),
    };
  }
}
