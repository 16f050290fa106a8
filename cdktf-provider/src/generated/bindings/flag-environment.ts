// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktf';
import type { Construct } from 'constructs';

/**
 * Configuration of `resource "ff_flag_environment"`.
 */
export interface FlagEnvironmentConfig extends cdktf.TerraformMetaArguments {
  /**
   * Environment key.
   *
   * `environment` (required)
   */
  readonly environment: string;
  /**
   * What everyone no target or rule matched gets. Left out, the flag's default (its first variation) is kept.
   *
   * `fallthrough` (optional, computed)
   */
  readonly fallthrough?: FlagEnvironmentFallthrough;
  /**
   * Flag key.
   *
   * `flag` (required)
   */
  readonly flag: string;
  /**
   * Fields people may change outside Terraform (`on`, `off_variation`, `fallthrough`, `targets`, `rules`, `prerequisites`). Terraform writes them when the resource is created or when their value in the configuration changes, and otherwise keeps what is in ff (no drift is reported, and other updates preserve them).
   *
   * `ignore_changes_to` (optional, computed)
   */
  readonly ignoreChangesTo?: string[];
  /**
   * Variation index served while off or when a prerequisite fails. Left out, the flag's default (its last variation) is kept.
   *
   * `off_variation` (optional, computed)
   */
  readonly offVariation?: number;
  /**
   * Whether targeting is on (off serves `off_variation` to everyone). Defaults to `false`.
   *
   * `on` (optional, computed)
   */
  readonly on?: boolean | cdktf.IResolvable;
  /**
   * Flags that must serve a given variation for this one to be evaluated. Defaults to none.
   *
   * `prerequisites` (optional, computed)
   */
  readonly prerequisites?: FlagEnvironmentPrerequisites[] | cdktf.IResolvable;
  /**
   * Project key.
   *
   * `project` (required)
   */
  readonly project: string;
  /**
   * Rules, tried in order; the first match wins. Defaults to none.
   *
   * `rules` (optional, computed)
   */
  readonly rules?: FlagEnvironmentRules[] | cdktf.IResolvable;
  /**
   * Individual targets: context keys that get a variation before any rule is tried. Defaults to none.
   *
   * `targets` (optional, computed)
   */
  readonly targets?: FlagEnvironmentTargets[] | cdktf.IResolvable;
}

export interface FlagEnvironmentFallthrough {
  /**
   * Serve a percentage rollout. Set this or `variation`.
   *
   * `rollout` (optional)
   */
  readonly rollout?: FlagEnvironmentFallthroughRollout;
  /**
   * Serve this variation (index). Set this or `rollout`.
   *
   * `variation` (optional)
   */
  readonly variation?: number;
}

export function flagEnvironmentFallthroughToTerraform(
  struct?: FlagEnvironmentFallthrough | cdktf.IResolvable,
): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported');
  }
  const s = struct as FlagEnvironmentFallthrough;
  return {
    rollout: ((v: FlagEnvironmentFallthroughRollout | undefined) =>
      flagEnvironmentFallthroughRolloutToTerraform(v))(s.rollout),
    variation: ((v: number | undefined) => cdktf.numberToTerraform(v))(s.variation),
  };
}

/**
 * A reference to `ff_flag_environment.fallthrough`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class FlagEnvironmentFallthroughOutputReference extends cdktf.ComplexObject {
  /**
   * @param terraformResource the parent (the resource, data source or enclosing object)
   * @param terraformAttribute the object's attribute on the parent
   */
  constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  /**
   * Serve a percentage rollout. Set this or `variation`.
   *
   * `rollout` (optional)
   */
  get rollout(): FlagEnvironmentFallthroughRolloutOutputReference {
    return new FlagEnvironmentFallthroughRolloutOutputReference(this, 'rollout');
  }

  /**
   * Serve this variation (index). Set this or `rollout`.
   *
   * `variation` (optional)
   */
  get variation(): number {
    return this.getNumberAttribute('variation');
  }
}

export interface FlagEnvironmentPrerequisites {
  /**
   * Key of the prerequisite flag.
   *
   * `flag` (required)
   */
  readonly flag: string;
  /**
   * The variation it must serve.
   *
   * `variation` (required)
   */
  readonly variation: number;
}

export function flagEnvironmentPrerequisitesToTerraform(
  struct?: FlagEnvironmentPrerequisites | cdktf.IResolvable,
): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported');
  }
  const s = struct as FlagEnvironmentPrerequisites;
  return {
    flag: ((v: string) => cdktf.stringToTerraform(v))(s.flag),
    variation: ((v: number) => cdktf.numberToTerraform(v))(s.variation),
  };
}

/**
 * A reference to an element of `ff_flag_environment.prerequisites`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class FlagEnvironmentPrerequisitesOutputReference extends cdktf.ComplexObject {
  /**
   * @param terraformResource the parent of the set (the resource, data source or enclosing object)
   * @param terraformAttribute the set's attribute on the parent
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
   * Key of the prerequisite flag.
   *
   * `flag` (required)
   */
  get flag(): string {
    return this.getStringAttribute('flag');
  }

  /**
   * The variation it must serve.
   *
   * `variation` (required)
   */
  get variation(): number {
    return this.getNumberAttribute('variation');
  }
}

/**
 * A reference to `ff_flag_environment.prerequisites` (a set): `get(i)` is element i of `tolist()` of the set (in the order Terraform sorts set elements).
 */
export class FlagEnvironmentPrerequisitesList extends cdktf.ComplexList {
  /** The element at `index`. */
  get(index: number): FlagEnvironmentPrerequisitesOutputReference {
    return new FlagEnvironmentPrerequisitesOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}

export interface FlagEnvironmentRules {
  /**
   * All clauses must match for the rule to match.
   *
   * `clauses` (required)
   */
  readonly clauses: FlagEnvironmentRulesClauses[] | cdktf.IResolvable;
  /**
   * Free text. Defaults to `""`.
   *
   * `description` (optional, computed)
   */
  readonly description?: string;
  /**
   * Stable rule id (unique in this configuration); reordering rules keeps their ids.
   *
   * `id` (required)
   */
  readonly id: string;
  /**
   * What a match gets.
   *
   * `serve` (required)
   */
  readonly serve: FlagEnvironmentRulesServe;
}

export function flagEnvironmentRulesToTerraform(struct?: FlagEnvironmentRules | cdktf.IResolvable): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported');
  }
  const s = struct as FlagEnvironmentRules;
  return {
    clauses: ((v: FlagEnvironmentRulesClauses[] | cdktf.IResolvable) =>
      cdktf.listMapper(flagEnvironmentRulesClausesToTerraform, false)(v))(s.clauses),
    description: ((v: string | undefined) => cdktf.stringToTerraform(v))(s.description),
    id: ((v: string) => cdktf.stringToTerraform(v))(s.id),
    serve: ((v: FlagEnvironmentRulesServe) => flagEnvironmentRulesServeToTerraform(v))(s.serve),
  };
}

/**
 * A reference to an element of `ff_flag_environment.rules`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class FlagEnvironmentRulesOutputReference extends cdktf.ComplexObject {
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
   * All clauses must match for the rule to match.
   *
   * `clauses` (required)
   */
  get clauses(): FlagEnvironmentRulesClausesList {
    return new FlagEnvironmentRulesClausesList(this, 'clauses', false);
  }

  /**
   * Free text. Defaults to `""`.
   *
   * `description` (optional, computed)
   */
  get description(): string {
    return this.getStringAttribute('description');
  }

  /**
   * Stable rule id (unique in this configuration); reordering rules keeps their ids.
   *
   * `id` (required)
   */
  get id(): string {
    return this.getStringAttribute('id');
  }

  /**
   * What a match gets.
   *
   * `serve` (required)
   */
  get serve(): FlagEnvironmentRulesServeOutputReference {
    return new FlagEnvironmentRulesServeOutputReference(this, 'serve');
  }
}

/**
 * A reference to `ff_flag_environment.rules` (a list): `get(i)` is element i.
 */
export class FlagEnvironmentRulesList extends cdktf.ComplexList {
  /** The element at `index`. */
  get(index: number): FlagEnvironmentRulesOutputReference {
    return new FlagEnvironmentRulesOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}

export interface FlagEnvironmentTargets {
  /**
   * Context keys.
   *
   * `values` (required)
   */
  readonly values: string[];
  /**
   * Variation index these context keys get.
   *
   * `variation` (required)
   */
  readonly variation: number;
}

export function flagEnvironmentTargetsToTerraform(
  struct?: FlagEnvironmentTargets | cdktf.IResolvable,
): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported');
  }
  const s = struct as FlagEnvironmentTargets;
  return {
    values: ((v: string[]) => cdktf.listMapper(cdktf.stringToTerraform, false)(v))(s.values),
    variation: ((v: number) => cdktf.numberToTerraform(v))(s.variation),
  };
}

/**
 * A reference to an element of `ff_flag_environment.targets`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class FlagEnvironmentTargetsOutputReference extends cdktf.ComplexObject {
  /**
   * @param terraformResource the parent of the set (the resource, data source or enclosing object)
   * @param terraformAttribute the set's attribute on the parent
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
   * Context keys.
   *
   * `values` (required)
   */
  get values(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute('values'));
  }

  /**
   * Variation index these context keys get.
   *
   * `variation` (required)
   */
  get variation(): number {
    return this.getNumberAttribute('variation');
  }
}

/**
 * A reference to `ff_flag_environment.targets` (a set): `get(i)` is element i of `tolist()` of the set (in the order Terraform sorts set elements).
 */
export class FlagEnvironmentTargetsList extends cdktf.ComplexList {
  /** The element at `index`. */
  get(index: number): FlagEnvironmentTargetsOutputReference {
    return new FlagEnvironmentTargetsOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}

export interface FlagEnvironmentFallthroughRollout {
  /**
   * The context attribute users are bucketed by. Defaults to `key`.
   *
   * `bucket_by` (optional, computed)
   */
  readonly bucketBy?: string;
  /**
   * Bucketing salt; defaults (server-side) to the flag key. Change it to re-shuffle who is in.
   *
   * `salt` (optional)
   */
  readonly salt?: string;
  /**
   * Shares per variation, in order (the order decides who gets what); they sum to 100000.
   *
   * `weights` (required)
   */
  readonly weights: FlagEnvironmentFallthroughRolloutWeights[] | cdktf.IResolvable;
}

export function flagEnvironmentFallthroughRolloutToTerraform(
  struct?: FlagEnvironmentFallthroughRollout | cdktf.IResolvable,
): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported');
  }
  const s = struct as FlagEnvironmentFallthroughRollout;
  return {
    bucket_by: ((v: string | undefined) => cdktf.stringToTerraform(v))(s.bucketBy),
    salt: ((v: string | undefined) => cdktf.stringToTerraform(v))(s.salt),
    weights: ((v: FlagEnvironmentFallthroughRolloutWeights[] | cdktf.IResolvable) =>
      cdktf.listMapper(flagEnvironmentFallthroughRolloutWeightsToTerraform, false)(v))(s.weights),
  };
}

/**
 * A reference to `ff_flag_environment.fallthrough.rollout`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class FlagEnvironmentFallthroughRolloutOutputReference extends cdktf.ComplexObject {
  /**
   * @param terraformResource the parent (the resource, data source or enclosing object)
   * @param terraformAttribute the object's attribute on the parent
   */
  constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  /**
   * The context attribute users are bucketed by. Defaults to `key`.
   *
   * `bucket_by` (optional, computed)
   */
  get bucketBy(): string {
    return this.getStringAttribute('bucket_by');
  }

  /**
   * Bucketing salt; defaults (server-side) to the flag key. Change it to re-shuffle who is in.
   *
   * `salt` (optional)
   */
  get salt(): string {
    return this.getStringAttribute('salt');
  }

  /**
   * Shares per variation, in order (the order decides who gets what); they sum to 100000.
   *
   * `weights` (required)
   */
  get weights(): FlagEnvironmentFallthroughRolloutWeightsList {
    return new FlagEnvironmentFallthroughRolloutWeightsList(this, 'weights', false);
  }
}

export interface FlagEnvironmentRulesClauses {
  /**
   * Context attribute (`key`, `email`, `plan`, …; `key` for `segmentMatch`).
   *
   * `attribute` (required)
   */
  readonly attribute: string;
  /**
   * Invert the match. Defaults to `false`.
   *
   * `negate` (optional, computed)
   */
  readonly negate?: boolean | cdktf.IResolvable;
  /**
   * Operator: `in`, `notIn`, `contains`, `startsWith`, `endsWith`, `matches` (RE2), `lt`, `lte`, `gt`, `gte`, `before`, `after`, `semverEq`, `semverLt`, `semverGt`, `segmentMatch`.
   *
   * `op` (required)
   */
  readonly op: string;
  /**
   * How `values` are sent: `auto` (numbers for `lt`/`lte`/`gt`/`gte`, epoch milliseconds for an integer and ISO-8601 strings otherwise for `before`/`after`, strings for every other operator, so `in` with `"42"` is the string "42"), `string`, `number`, `boolean`, or `json` (each value is JSON). The `ff` CLI types `--clause` values by the same rule. Defaults to `auto`.
   *
   * `value_type` (optional, computed)
   */
  readonly valueType?: string;
  /**
   * Values to compare with (any of them matches); segment keys for `segmentMatch`.
   *
   * `values` (required)
   */
  readonly values: string[];
}

export function flagEnvironmentRulesClausesToTerraform(
  struct?: FlagEnvironmentRulesClauses | cdktf.IResolvable,
): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported');
  }
  const s = struct as FlagEnvironmentRulesClauses;
  return {
    attribute: ((v: string) => cdktf.stringToTerraform(v))(s.attribute),
    negate: ((v: boolean | cdktf.IResolvable | undefined) => cdktf.booleanToTerraform(v))(s.negate),
    op: ((v: string) => cdktf.stringToTerraform(v))(s.op),
    value_type: ((v: string | undefined) => cdktf.stringToTerraform(v))(s.valueType),
    values: ((v: string[]) => cdktf.listMapper(cdktf.stringToTerraform, false)(v))(s.values),
  };
}

/**
 * A reference to an element of `ff_flag_environment.rules.clauses`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class FlagEnvironmentRulesClausesOutputReference extends cdktf.ComplexObject {
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
   * Context attribute (`key`, `email`, `plan`, …; `key` for `segmentMatch`).
   *
   * `attribute` (required)
   */
  get attribute(): string {
    return this.getStringAttribute('attribute');
  }

  /**
   * Invert the match. Defaults to `false`.
   *
   * `negate` (optional, computed)
   */
  get negate(): cdktf.IResolvable {
    return this.getBooleanAttribute('negate');
  }

  /**
   * Operator: `in`, `notIn`, `contains`, `startsWith`, `endsWith`, `matches` (RE2), `lt`, `lte`, `gt`, `gte`, `before`, `after`, `semverEq`, `semverLt`, `semverGt`, `segmentMatch`.
   *
   * `op` (required)
   */
  get op(): string {
    return this.getStringAttribute('op');
  }

  /**
   * How `values` are sent: `auto` (numbers for `lt`/`lte`/`gt`/`gte`, epoch milliseconds for an integer and ISO-8601 strings otherwise for `before`/`after`, strings for every other operator, so `in` with `"42"` is the string "42"), `string`, `number`, `boolean`, or `json` (each value is JSON). The `ff` CLI types `--clause` values by the same rule. Defaults to `auto`.
   *
   * `value_type` (optional, computed)
   */
  get valueType(): string {
    return this.getStringAttribute('value_type');
  }

  /**
   * Values to compare with (any of them matches); segment keys for `segmentMatch`.
   *
   * `values` (required)
   */
  get values(): string[] {
    return this.getListAttribute('values');
  }
}

/**
 * A reference to `ff_flag_environment.rules.clauses` (a list): `get(i)` is element i.
 */
export class FlagEnvironmentRulesClausesList extends cdktf.ComplexList {
  /** The element at `index`. */
  get(index: number): FlagEnvironmentRulesClausesOutputReference {
    return new FlagEnvironmentRulesClausesOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}

export interface FlagEnvironmentRulesServe {
  /**
   * Serve a percentage rollout. Set this or `variation`.
   *
   * `rollout` (optional)
   */
  readonly rollout?: FlagEnvironmentRulesServeRollout;
  /**
   * Serve this variation (index). Set this or `rollout`.
   *
   * `variation` (optional)
   */
  readonly variation?: number;
}

export function flagEnvironmentRulesServeToTerraform(
  struct?: FlagEnvironmentRulesServe | cdktf.IResolvable,
): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported');
  }
  const s = struct as FlagEnvironmentRulesServe;
  return {
    rollout: ((v: FlagEnvironmentRulesServeRollout | undefined) =>
      flagEnvironmentRulesServeRolloutToTerraform(v))(s.rollout),
    variation: ((v: number | undefined) => cdktf.numberToTerraform(v))(s.variation),
  };
}

/**
 * A reference to `ff_flag_environment.rules.serve`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class FlagEnvironmentRulesServeOutputReference extends cdktf.ComplexObject {
  /**
   * @param terraformResource the parent (the resource, data source or enclosing object)
   * @param terraformAttribute the object's attribute on the parent
   */
  constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  /**
   * Serve a percentage rollout. Set this or `variation`.
   *
   * `rollout` (optional)
   */
  get rollout(): FlagEnvironmentRulesServeRolloutOutputReference {
    return new FlagEnvironmentRulesServeRolloutOutputReference(this, 'rollout');
  }

  /**
   * Serve this variation (index). Set this or `rollout`.
   *
   * `variation` (optional)
   */
  get variation(): number {
    return this.getNumberAttribute('variation');
  }
}

export interface FlagEnvironmentFallthroughRolloutWeights {
  /**
   * Variation index.
   *
   * `variation` (required)
   */
  readonly variation: number;
  /**
   * Share in thousandths of a percent (10% is `10000`).
   *
   * `weight` (required)
   */
  readonly weight: number;
}

export function flagEnvironmentFallthroughRolloutWeightsToTerraform(
  struct?: FlagEnvironmentFallthroughRolloutWeights | cdktf.IResolvable,
): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported');
  }
  const s = struct as FlagEnvironmentFallthroughRolloutWeights;
  return {
    variation: ((v: number) => cdktf.numberToTerraform(v))(s.variation),
    weight: ((v: number) => cdktf.numberToTerraform(v))(s.weight),
  };
}

/**
 * A reference to an element of `ff_flag_environment.fallthrough.rollout.weights`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class FlagEnvironmentFallthroughRolloutWeightsOutputReference extends cdktf.ComplexObject {
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
   * Variation index.
   *
   * `variation` (required)
   */
  get variation(): number {
    return this.getNumberAttribute('variation');
  }

  /**
   * Share in thousandths of a percent (10% is `10000`).
   *
   * `weight` (required)
   */
  get weight(): number {
    return this.getNumberAttribute('weight');
  }
}

/**
 * A reference to `ff_flag_environment.fallthrough.rollout.weights` (a list): `get(i)` is element i.
 */
export class FlagEnvironmentFallthroughRolloutWeightsList extends cdktf.ComplexList {
  /** The element at `index`. */
  get(index: number): FlagEnvironmentFallthroughRolloutWeightsOutputReference {
    return new FlagEnvironmentFallthroughRolloutWeightsOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}

export interface FlagEnvironmentRulesServeRollout {
  /**
   * The context attribute users are bucketed by. Defaults to `key`.
   *
   * `bucket_by` (optional, computed)
   */
  readonly bucketBy?: string;
  /**
   * Bucketing salt; defaults (server-side) to the flag key. Change it to re-shuffle who is in.
   *
   * `salt` (optional)
   */
  readonly salt?: string;
  /**
   * Shares per variation, in order (the order decides who gets what); they sum to 100000.
   *
   * `weights` (required)
   */
  readonly weights: FlagEnvironmentRulesServeRolloutWeights[] | cdktf.IResolvable;
}

export function flagEnvironmentRulesServeRolloutToTerraform(
  struct?: FlagEnvironmentRulesServeRollout | cdktf.IResolvable,
): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported');
  }
  const s = struct as FlagEnvironmentRulesServeRollout;
  return {
    bucket_by: ((v: string | undefined) => cdktf.stringToTerraform(v))(s.bucketBy),
    salt: ((v: string | undefined) => cdktf.stringToTerraform(v))(s.salt),
    weights: ((v: FlagEnvironmentRulesServeRolloutWeights[] | cdktf.IResolvable) =>
      cdktf.listMapper(flagEnvironmentRulesServeRolloutWeightsToTerraform, false)(v))(s.weights),
  };
}

/**
 * A reference to `ff_flag_environment.rules.serve.rollout`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class FlagEnvironmentRulesServeRolloutOutputReference extends cdktf.ComplexObject {
  /**
   * @param terraformResource the parent (the resource, data source or enclosing object)
   * @param terraformAttribute the object's attribute on the parent
   */
  constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  /**
   * The context attribute users are bucketed by. Defaults to `key`.
   *
   * `bucket_by` (optional, computed)
   */
  get bucketBy(): string {
    return this.getStringAttribute('bucket_by');
  }

  /**
   * Bucketing salt; defaults (server-side) to the flag key. Change it to re-shuffle who is in.
   *
   * `salt` (optional)
   */
  get salt(): string {
    return this.getStringAttribute('salt');
  }

  /**
   * Shares per variation, in order (the order decides who gets what); they sum to 100000.
   *
   * `weights` (required)
   */
  get weights(): FlagEnvironmentRulesServeRolloutWeightsList {
    return new FlagEnvironmentRulesServeRolloutWeightsList(this, 'weights', false);
  }
}

export interface FlagEnvironmentRulesServeRolloutWeights {
  /**
   * Variation index.
   *
   * `variation` (required)
   */
  readonly variation: number;
  /**
   * Share in thousandths of a percent (10% is `10000`).
   *
   * `weight` (required)
   */
  readonly weight: number;
}

export function flagEnvironmentRulesServeRolloutWeightsToTerraform(
  struct?: FlagEnvironmentRulesServeRolloutWeights | cdktf.IResolvable,
): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported');
  }
  const s = struct as FlagEnvironmentRulesServeRolloutWeights;
  return {
    variation: ((v: number) => cdktf.numberToTerraform(v))(s.variation),
    weight: ((v: number) => cdktf.numberToTerraform(v))(s.weight),
  };
}

/**
 * A reference to an element of `ff_flag_environment.rules.serve.rollout.weights`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class FlagEnvironmentRulesServeRolloutWeightsOutputReference extends cdktf.ComplexObject {
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
   * Variation index.
   *
   * `variation` (required)
   */
  get variation(): number {
    return this.getNumberAttribute('variation');
  }

  /**
   * Share in thousandths of a percent (10% is `10000`).
   *
   * `weight` (required)
   */
  get weight(): number {
    return this.getNumberAttribute('weight');
  }
}

/**
 * A reference to `ff_flag_environment.rules.serve.rollout.weights` (a list): `get(i)` is element i.
 */
export class FlagEnvironmentRulesServeRolloutWeightsList extends cdktf.ComplexList {
  /** The element at `index`. */
  get(index: number): FlagEnvironmentRulesServeRolloutWeightsOutputReference {
    return new FlagEnvironmentRulesServeRolloutWeightsOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}

/**
 * A flag's targeting in one environment: on/off, individual targets, ordered rules, the fallthrough and prerequisites. Import with `<project>/<env>/<flag>`.
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_flag_environment} resource.
 */
export class FlagEnvironment extends cdktf.TerraformResource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_flag_environment';

  /**
   * Generates configuration for importing an existing ff_flag_environment (see the import IDs in the README).
   */
  static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktf.TerraformProvider,
  ): cdktf.ImportableResource {
    return new cdktf.ImportableResource(scope, importToId, {
      terraformResourceType: 'ff_flag_environment',
      importId: importFromId,
      provider,
    });
  }

  private _environment?: string;
  private _fallthrough?: FlagEnvironmentFallthrough;
  private _flag?: string;
  private _ignoreChangesTo?: string[];
  private _offVariation?: number;
  private _on?: boolean | cdktf.IResolvable;
  private _prerequisites?: FlagEnvironmentPrerequisites[] | cdktf.IResolvable;
  private _project?: string;
  private _rules?: FlagEnvironmentRules[] | cdktf.IResolvable;
  private _targets?: FlagEnvironmentTargets[] | cdktf.IResolvable;

  constructor(scope: Construct, id: string, config: FlagEnvironmentConfig) {
    super(scope, id, {
      terraformResourceType: 'ff_flag_environment',
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
    this._fallthrough = config.fallthrough;
    this._flag = config.flag;
    this._ignoreChangesTo = config.ignoreChangesTo;
    this._offVariation = config.offVariation;
    this._on = config.on;
    this._prerequisites = config.prerequisites;
    this._project = config.project;
    this._rules = config.rules;
    this._targets = config.targets;
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
   * What everyone no target or rule matched gets. Left out, the flag's default (its first variation) is kept.
   *
   * `fallthrough` (optional, computed)
   */
  get fallthrough(): FlagEnvironmentFallthroughOutputReference {
    return new FlagEnvironmentFallthroughOutputReference(this, 'fallthrough');
  }
  /** Replaces the configured `fallthrough`. */
  putFallthrough(value: FlagEnvironmentFallthrough): void {
    this._fallthrough = value;
  }
  resetFallthrough(): void {
    this._fallthrough = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get fallthroughInput(): FlagEnvironmentFallthrough | undefined {
    return this._fallthrough;
  }

  /**
   * Flag key.
   *
   * `flag` (required)
   */
  get flag(): string {
    return this.getStringAttribute('flag');
  }
  set flag(value: string) {
    this._flag = value;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get flagInput(): string | undefined {
    return this._flag;
  }

  /**
   * The resource's ID, `<project>/<env>/<flag>` (also its import ID).
   *
   * `id` (computed)
   */
  get id(): string {
    return this.getStringAttribute('id');
  }

  /**
   * Fields people may change outside Terraform (`on`, `off_variation`, `fallthrough`, `targets`, `rules`, `prerequisites`). Terraform writes them when the resource is created or when their value in the configuration changes, and otherwise keeps what is in ff (no drift is reported, and other updates preserve them).
   *
   * `ignore_changes_to` (optional, computed)
   */
  get ignoreChangesTo(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute('ignore_changes_to'));
  }
  set ignoreChangesTo(value: string[] | undefined) {
    this._ignoreChangesTo = value;
  }
  resetIgnoreChangesTo(): void {
    this._ignoreChangesTo = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get ignoreChangesToInput(): string[] | undefined {
    return this._ignoreChangesTo;
  }

  /**
   * Variation index served while off or when a prerequisite fails. Left out, the flag's default (its last variation) is kept.
   *
   * `off_variation` (optional, computed)
   */
  get offVariation(): number {
    return this.getNumberAttribute('off_variation');
  }
  set offVariation(value: number | undefined) {
    this._offVariation = value;
  }
  resetOffVariation(): void {
    this._offVariation = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get offVariationInput(): number | undefined {
    return this._offVariation;
  }

  /**
   * Whether targeting is on (off serves `off_variation` to everyone). Defaults to `false`.
   *
   * `on` (optional, computed)
   */
  get on(): cdktf.IResolvable {
    return this.getBooleanAttribute('on');
  }
  set on(value: boolean | cdktf.IResolvable | undefined) {
    this._on = value;
  }
  resetOn(): void {
    this._on = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get onInput(): boolean | cdktf.IResolvable | undefined {
    return this._on;
  }

  /**
   * Flags that must serve a given variation for this one to be evaluated. Defaults to none.
   *
   * `prerequisites` (optional, computed)
   */
  get prerequisites(): FlagEnvironmentPrerequisitesList {
    return new FlagEnvironmentPrerequisitesList(this, 'prerequisites', true);
  }
  /** Replaces the configured `prerequisites`. */
  putPrerequisites(value: FlagEnvironmentPrerequisites[] | cdktf.IResolvable): void {
    this._prerequisites = value;
  }
  resetPrerequisites(): void {
    this._prerequisites = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get prerequisitesInput(): FlagEnvironmentPrerequisites[] | cdktf.IResolvable | undefined {
    return this._prerequisites;
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
   * Rules, tried in order; the first match wins. Defaults to none.
   *
   * `rules` (optional, computed)
   */
  get rules(): FlagEnvironmentRulesList {
    return new FlagEnvironmentRulesList(this, 'rules', false);
  }
  /** Replaces the configured `rules`. */
  putRules(value: FlagEnvironmentRules[] | cdktf.IResolvable): void {
    this._rules = value;
  }
  resetRules(): void {
    this._rules = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get rulesInput(): FlagEnvironmentRules[] | cdktf.IResolvable | undefined {
    return this._rules;
  }

  /**
   * Individual targets: context keys that get a variation before any rule is tried. Defaults to none.
   *
   * `targets` (optional, computed)
   */
  get targets(): FlagEnvironmentTargetsList {
    return new FlagEnvironmentTargetsList(this, 'targets', true);
  }
  /** Replaces the configured `targets`. */
  putTargets(value: FlagEnvironmentTargets[] | cdktf.IResolvable): void {
    this._targets = value;
  }
  resetTargets(): void {
    this._targets = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get targetsInput(): FlagEnvironmentTargets[] | cdktf.IResolvable | undefined {
    return this._targets;
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      environment: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._environment),
      fallthrough: ((v: FlagEnvironmentFallthrough | undefined) => flagEnvironmentFallthroughToTerraform(v))(
        this._fallthrough,
      ),
      flag: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._flag),
      ignore_changes_to: ((v: string[] | undefined) => cdktf.listMapper(cdktf.stringToTerraform, false)(v))(
        this._ignoreChangesTo,
      ),
      off_variation: ((v: number | undefined) => cdktf.numberToTerraform(v))(this._offVariation),
      on: ((v: boolean | cdktf.IResolvable | undefined) => cdktf.booleanToTerraform(v))(this._on),
      prerequisites: ((v: FlagEnvironmentPrerequisites[] | cdktf.IResolvable | undefined) =>
        cdktf.listMapper(flagEnvironmentPrerequisitesToTerraform, false)(v))(this._prerequisites),
      project: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._project),
      rules: ((v: FlagEnvironmentRules[] | cdktf.IResolvable | undefined) =>
        cdktf.listMapper(flagEnvironmentRulesToTerraform, false)(v))(this._rules),
      targets: ((v: FlagEnvironmentTargets[] | cdktf.IResolvable | undefined) =>
        cdktf.listMapper(flagEnvironmentTargetsToTerraform, false)(v))(this._targets),
    };
  }
}
