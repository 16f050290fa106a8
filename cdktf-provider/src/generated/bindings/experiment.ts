// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktf';
import type { Construct } from 'constructs';

/**
 * Configuration of `resource "ff_experiment"`.
 */
export interface ExperimentConfig extends cdktf.TerraformMetaArguments {
  /**
   * Percent of the population enrolled (0 < allocation ≤ 100); the rest get control. Defaults to `100`.
   *
   * `allocation` (optional, computed)
   */
  readonly allocation?: number;
  /**
   * Archive a draft or stopped experiment (one-way). Defaults to `false`.
   *
   * `archived` (optional, computed)
   */
  readonly archived?: boolean | cdktf.IResolvable;
  /**
   * Stop the experiment (serving control) when a guardrail metric shows significant harm. Defaults to `false`.
   *
   * `auto_stop` (optional, computed)
   */
  readonly autoStop?: boolean | cdktf.IResolvable;
  /**
   * Free text. Defaults to `""`.
   *
   * `description` (optional, computed)
   */
  readonly description?: string;
  /**
   * Key of the environment the experiment runs in. Changing it re-creates the experiment.
   *
   * `environment` (required)
   */
  readonly environment: string;
  /**
   * Key of the flag the experiment runs on: its variations are the variants, in order. Left out, ff creates a string flag with the experiment's key and one variation per variant. Changing it re-creates the experiment.
   *
   * `flag` (optional, computed)
   */
  readonly flag?: string;
  /**
   * Keys of guardrail metrics. Defaults to none.
   *
   * `guardrail_metrics` (optional, computed)
   */
  readonly guardrailMetrics?: string[];
  /**
   * What the experiment is expected to show. Defaults to `""`.
   *
   * `hypothesis` (optional, computed)
   */
  readonly hypothesis?: string;
  /**
   * Experiment key (kebab-case: lowercase letters and digits in words joined by `-`). Changing it re-creates the experiment.
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
   * With `status = "stopped"`: the decision notes recorded when the experiment stops (left out: what ff holds).
   *
   * `notes` (optional, computed)
   */
  readonly notes?: string;
  /**
   * Key of the segment whose members can be enrolled; left out, everyone.
   *
   * `population_segment` (optional)
   */
  readonly populationSegment?: string;
  /**
   * Key of the primary metric (an `ff_metric`).
   *
   * `primary_metric` (optional)
   */
  readonly primaryMetric?: string;
  /**
   * Key of the project the experiment belongs to. Changing it re-creates the resource.
   *
   * `project` (required)
   */
  readonly project: string;
  /**
   * With `winner`: serve the winner to everyone in the same step that stops the experiment. Defaults to `false`.
   *
   * `roll_out_winner` (optional, computed)
   */
  readonly rollOutWinner?: boolean | cdktf.IResolvable;
  /**
   * The bucketing salt. Left out, ff picks `experiment:<key>`.
   *
   * `salt` (optional, computed)
   */
  readonly salt?: string;
  /**
   * Keys of secondary metrics. Defaults to none.
   *
   * `secondary_metrics` (optional, computed)
   */
  readonly secondaryMetrics?: string[];
  /**
   * One of "draft", "running", "paused", "stopped". Changing it runs the transition: draft → running (launch) ⇄ paused → stopped. A stopped experiment never runs again; nothing returns to draft. Defaults to `"draft"`.
   *
   * `status` (optional, computed)
   */
  readonly status?: string;
  /**
   * The variants, control first; variant i is the flag's variation i. Frozen once the experiment has run.
   *
   * `variants` (required)
   */
  readonly variants: ExperimentVariants[] | cdktf.IResolvable;
  /**
   * With `status = "stopped"`: the variant that won, recorded when the experiment stops.
   *
   * `winner` (optional)
   */
  readonly winner?: string;
}

export interface ExperimentVariants {
  /**
   * Variant key (the first variant is control).
   *
   * `key` (required)
   */
  readonly key: string;
  /**
   * Relative weight (the weights need not sum to 100).
   *
   * `weight` (required)
   */
  readonly weight: number;
}

export function experimentVariantsToTerraform(struct?: ExperimentVariants | cdktf.IResolvable): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported');
  }
  const s = struct as ExperimentVariants;
  return {
    key: ((v: string) => cdktf.stringToTerraform(v))(s.key),
    weight: ((v: number) => cdktf.numberToTerraform(v))(s.weight),
  };
}

/**
 * A reference to an element of `ff_experiment.variants`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class ExperimentVariantsOutputReference extends cdktf.ComplexObject {
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
 * A reference to `ff_experiment.variants` (a list): `get(i)` is element i.
 */
export class ExperimentVariantsList extends cdktf.ComplexList {
  /** The element at `index`. */
  get(index: number): ExperimentVariantsOutputReference {
    return new ExperimentVariantsOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}

/**
 * An experiment on a multi-variant flag in one environment. `status` drives the lifecycle: `"running"` launches (or resumes), `"paused"` pauses, `"stopped"` stops (with an optional `winner`, rolled out to everyone with `roll_out_winner`); a stopped experiment never runs again. Variants, allocation, population and salt cannot change while it runs (the API refuses). Destroying stops and archives it (ff keeps experiments; its flag stays). Import with `<project>/<experiment>`.
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_experiment} resource.
 */
export class Experiment extends cdktf.TerraformResource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_experiment';

  /**
   * Generates configuration for importing an existing ff_experiment (see the import IDs in the README).
   */
  static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktf.TerraformProvider,
  ): cdktf.ImportableResource {
    return new cdktf.ImportableResource(scope, importToId, {
      terraformResourceType: 'ff_experiment',
      importId: importFromId,
      provider,
    });
  }

  private _allocation?: number;
  private _archived?: boolean | cdktf.IResolvable;
  private _autoStop?: boolean | cdktf.IResolvable;
  private _description?: string;
  private _environment?: string;
  private _flag?: string;
  private _guardrailMetrics?: string[];
  private _hypothesis?: string;
  private _key?: string;
  private _name?: string;
  private _notes?: string;
  private _populationSegment?: string;
  private _primaryMetric?: string;
  private _project?: string;
  private _rollOutWinner?: boolean | cdktf.IResolvable;
  private _salt?: string;
  private _secondaryMetrics?: string[];
  private _status?: string;
  private _variants?: ExperimentVariants[] | cdktf.IResolvable;
  private _winner?: string;

  constructor(scope: Construct, id: string, config: ExperimentConfig) {
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
    this._allocation = config.allocation;
    this._archived = config.archived;
    this._autoStop = config.autoStop;
    this._description = config.description;
    this._environment = config.environment;
    this._flag = config.flag;
    this._guardrailMetrics = config.guardrailMetrics;
    this._hypothesis = config.hypothesis;
    this._key = config.key;
    this._name = config.name;
    this._notes = config.notes;
    this._populationSegment = config.populationSegment;
    this._primaryMetric = config.primaryMetric;
    this._project = config.project;
    this._rollOutWinner = config.rollOutWinner;
    this._salt = config.salt;
    this._secondaryMetrics = config.secondaryMetrics;
    this._status = config.status;
    this._variants = config.variants;
    this._winner = config.winner;
  }

  /**
   * Percent of the population enrolled (0 < allocation ≤ 100); the rest get control. Defaults to `100`.
   *
   * `allocation` (optional, computed)
   */
  get allocation(): number {
    return this.getNumberAttribute('allocation');
  }
  set allocation(value: number | undefined) {
    this._allocation = value;
  }
  resetAllocation(): void {
    this._allocation = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get allocationInput(): number | undefined {
    return this._allocation;
  }

  /**
   * Archive a draft or stopped experiment (one-way). Defaults to `false`.
   *
   * `archived` (optional, computed)
   */
  get archived(): cdktf.IResolvable {
    return this.getBooleanAttribute('archived');
  }
  set archived(value: boolean | cdktf.IResolvable | undefined) {
    this._archived = value;
  }
  resetArchived(): void {
    this._archived = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get archivedInput(): boolean | cdktf.IResolvable | undefined {
    return this._archived;
  }

  /**
   * Stop the experiment (serving control) when a guardrail metric shows significant harm. Defaults to `false`.
   *
   * `auto_stop` (optional, computed)
   */
  get autoStop(): cdktf.IResolvable {
    return this.getBooleanAttribute('auto_stop');
  }
  set autoStop(value: boolean | cdktf.IResolvable | undefined) {
    this._autoStop = value;
  }
  resetAutoStop(): void {
    this._autoStop = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get autoStopInput(): boolean | cdktf.IResolvable | undefined {
    return this._autoStop;
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
   * Key of the environment the experiment runs in. Changing it re-creates the experiment.
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
   * Key of the flag the experiment runs on: its variations are the variants, in order. Left out, ff creates a string flag with the experiment's key and one variation per variant. Changing it re-creates the experiment.
   *
   * `flag` (optional, computed)
   */
  get flag(): string {
    return this.getStringAttribute('flag');
  }
  set flag(value: string | undefined) {
    this._flag = value;
  }
  resetFlag(): void {
    this._flag = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get flagInput(): string | undefined {
    return this._flag;
  }

  /**
   * Keys of guardrail metrics. Defaults to none.
   *
   * `guardrail_metrics` (optional, computed)
   */
  get guardrailMetrics(): string[] {
    return this.getListAttribute('guardrail_metrics');
  }
  set guardrailMetrics(value: string[] | undefined) {
    this._guardrailMetrics = value;
  }
  resetGuardrailMetrics(): void {
    this._guardrailMetrics = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get guardrailMetricsInput(): string[] | undefined {
    return this._guardrailMetrics;
  }

  /**
   * What the experiment is expected to show. Defaults to `""`.
   *
   * `hypothesis` (optional, computed)
   */
  get hypothesis(): string {
    return this.getStringAttribute('hypothesis');
  }
  set hypothesis(value: string | undefined) {
    this._hypothesis = value;
  }
  resetHypothesis(): void {
    this._hypothesis = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get hypothesisInput(): string | undefined {
    return this._hypothesis;
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
   * With `status = "stopped"`: the decision notes recorded when the experiment stops (left out: what ff holds).
   *
   * `notes` (optional, computed)
   */
  get notes(): string {
    return this.getStringAttribute('notes');
  }
  set notes(value: string | undefined) {
    this._notes = value;
  }
  resetNotes(): void {
    this._notes = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get notesInput(): string | undefined {
    return this._notes;
  }

  /**
   * Key of the segment whose members can be enrolled; left out, everyone.
   *
   * `population_segment` (optional)
   */
  get populationSegment(): string {
    return this.getStringAttribute('population_segment');
  }
  set populationSegment(value: string | undefined) {
    this._populationSegment = value;
  }
  resetPopulationSegment(): void {
    this._populationSegment = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get populationSegmentInput(): string | undefined {
    return this._populationSegment;
  }

  /**
   * Key of the primary metric (an `ff_metric`).
   *
   * `primary_metric` (optional)
   */
  get primaryMetric(): string {
    return this.getStringAttribute('primary_metric');
  }
  set primaryMetric(value: string | undefined) {
    this._primaryMetric = value;
  }
  resetPrimaryMetric(): void {
    this._primaryMetric = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get primaryMetricInput(): string | undefined {
    return this._primaryMetric;
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
   * `roll_out_winner` (optional, computed)
   */
  get rollOutWinner(): cdktf.IResolvable {
    return this.getBooleanAttribute('roll_out_winner');
  }
  set rollOutWinner(value: boolean | cdktf.IResolvable | undefined) {
    this._rollOutWinner = value;
  }
  resetRollOutWinner(): void {
    this._rollOutWinner = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get rollOutWinnerInput(): boolean | cdktf.IResolvable | undefined {
    return this._rollOutWinner;
  }

  /**
   * The bucketing salt. Left out, ff picks `experiment:<key>`.
   *
   * `salt` (optional, computed)
   */
  get salt(): string {
    return this.getStringAttribute('salt');
  }
  set salt(value: string | undefined) {
    this._salt = value;
  }
  resetSalt(): void {
    this._salt = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get saltInput(): string | undefined {
    return this._salt;
  }

  /**
   * Keys of secondary metrics. Defaults to none.
   *
   * `secondary_metrics` (optional, computed)
   */
  get secondaryMetrics(): string[] {
    return this.getListAttribute('secondary_metrics');
  }
  set secondaryMetrics(value: string[] | undefined) {
    this._secondaryMetrics = value;
  }
  resetSecondaryMetrics(): void {
    this._secondaryMetrics = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get secondaryMetricsInput(): string[] | undefined {
    return this._secondaryMetrics;
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
   * `status` (optional, computed)
   */
  get status(): string {
    return this.getStringAttribute('status');
  }
  set status(value: string | undefined) {
    this._status = value;
  }
  resetStatus(): void {
    this._status = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get statusInput(): string | undefined {
    return this._status;
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
   * `variants` (required)
   */
  get variants(): ExperimentVariantsList {
    return new ExperimentVariantsList(this, 'variants', false);
  }
  /** Replaces the configured `variants`. */
  putVariants(value: ExperimentVariants[] | cdktf.IResolvable): void {
    this._variants = value;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get variantsInput(): ExperimentVariants[] | cdktf.IResolvable | undefined {
    return this._variants;
  }

  /**
   * With `status = "stopped"`: the variant that won, recorded when the experiment stops.
   *
   * `winner` (optional)
   */
  get winner(): string {
    return this.getStringAttribute('winner');
  }
  set winner(value: string | undefined) {
    this._winner = value;
  }
  resetWinner(): void {
    this._winner = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get winnerInput(): string | undefined {
    return this._winner;
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      allocation: ((v: number | undefined) => cdktf.numberToTerraform(v))(this._allocation),
      archived: ((v: boolean | cdktf.IResolvable | undefined) => cdktf.booleanToTerraform(v))(this._archived),
      auto_stop: ((v: boolean | cdktf.IResolvable | undefined) => cdktf.booleanToTerraform(v))(
        this._autoStop,
      ),
      description: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._description),
      environment: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._environment),
      flag: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._flag),
      guardrail_metrics: ((v: string[] | undefined) => cdktf.listMapper(cdktf.stringToTerraform, false)(v))(
        this._guardrailMetrics,
      ),
      hypothesis: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._hypothesis),
      key: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._key),
      name: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._name),
      notes: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._notes),
      population_segment: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._populationSegment),
      primary_metric: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._primaryMetric),
      project: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._project),
      roll_out_winner: ((v: boolean | cdktf.IResolvable | undefined) => cdktf.booleanToTerraform(v))(
        this._rollOutWinner,
      ),
      salt: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._salt),
      secondary_metrics: ((v: string[] | undefined) => cdktf.listMapper(cdktf.stringToTerraform, false)(v))(
        this._secondaryMetrics,
      ),
      status: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._status),
      variants: ((v: ExperimentVariants[] | cdktf.IResolvable | undefined) =>
        cdktf.listMapper(experimentVariantsToTerraform, false)(v))(this._variants),
      winner: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._winner),
    };
  }
}
