// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktn';
import type { Construct } from 'constructs';

/**
 * Configuration of `resource "ff_flag"`.
 */
export interface FlagConfig extends cdktf.TerraformMetaArguments {
  /**
   * Archived flags are hidden and served by no SDK. Defaults to `false`.
   *
   * `archived` (optional, computed)
   */
  readonly archived?: boolean | cdktf.IResolvable;
  /**
   * Visible to client-side SDK keys. Defaults to `false`.
   *
   * `client_side` (optional, computed)
   */
  readonly clientSide?: boolean | cdktf.IResolvable;
  /**
   * Free text. Defaults to `""`.
   *
   * `description` (optional, computed)
   */
  readonly description?: string;
  /**
   * Flag key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit), what code asks for. Changing it re-creates the flag.
   *
   * `key` (required)
   */
  readonly key: string;
  /**
   * Value type: `boolean`, `string`, `number` or `json`. Changing it re-creates the flag.
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
   * Who owns the flag (an email or team name).
   *
   * `owner` (optional)
   */
  readonly owner?: string;
  /**
   * Key of the project the flag belongs to. Changing it re-creates the resource.
   *
   * `project` (required)
   */
  readonly project: string;
  /**
   * Tags (unordered). Defaults to none.
   *
   * `tags` (optional, computed)
   */
  readonly tags?: string[];
  /**
   * A release flag meant to be removed (as opposed to a permanent kill switch or config). Defaults to `true`.
   *
   * `temporary` (optional, computed)
   */
  readonly temporary?: boolean | cdktf.IResolvable;
  /**
   * The values the flag can serve, in order (indexes matter). Required unless `kind` is `boolean`, which defaults to `on` (true) and `off` (false). Variations in use cannot be removed.
   *
   * `variations` (optional, computed)
   */
  readonly variations?: FlagVariations[] | cdktf.IResolvable;
}

export interface FlagVariations {
  /**
   * Free text. Defaults to `""`.
   *
   * `description` (optional, computed)
   */
  readonly description?: string;
  /**
   * Variation name (`on`, `off`, `blue`, …).
   *
   * `name` (required)
   */
  readonly name: string;
  /**
   * The value served, as JSON: `jsonencode(true)`, `jsonencode("blue")`, `jsonencode({ max = 3 })`.
   *
   * `value` (required)
   */
  readonly value: string;
}

export function flagVariationsToTerraform(struct?: FlagVariations | cdktf.IResolvable): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported');
  }
  const s = struct as FlagVariations;
  return {
    description: ((v: string | undefined) => cdktf.stringToTerraform(v))(s.description),
    name: ((v: string) => cdktf.stringToTerraform(v))(s.name),
    value: ((v: string) => cdktf.stringToTerraform(v))(s.value),
  };
}

/**
 * A reference to an element of `ff_flag.variations`: its getters are the element's attributes, for use in other resources and outputs.
 */
export class FlagVariationsOutputReference extends cdktf.ComplexObject {
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
   * Free text. Defaults to `""`.
   *
   * `description` (optional, computed)
   */
  get description(): string {
    return this.getStringAttribute('description');
  }

  /**
   * Variation name (`on`, `off`, `blue`, …).
   *
   * `name` (required)
   */
  get name(): string {
    return this.getStringAttribute('name');
  }

  /**
   * The value served, as JSON: `jsonencode(true)`, `jsonencode("blue")`, `jsonencode({ max = 3 })`.
   *
   * `value` (required)
   */
  get value(): string {
    return this.getStringAttribute('value');
  }
}

/**
 * A reference to `ff_flag.variations` (a list): `get(i)` is element i.
 */
export class FlagVariationsList extends cdktf.ComplexList {
  /** The element at `index`. */
  get(index: number): FlagVariationsOutputReference {
    return new FlagVariationsOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}

/**
 * A feature flag's definition. Variations are referenced by index (0-based) from `ff_flag_environment`. Import with `<project>/<flag>`.
 *
 * Represents a {@link https://github.com/ff/ff/blob/main/cdktf-provider/docs/resources.md ff_flag} resource.
 */
export class Flag extends cdktf.TerraformResource {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff_flag';

  /**
   * Generates configuration for importing an existing ff_flag (see the import IDs in the README).
   */
  static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktf.TerraformProvider,
  ): cdktf.ImportableResource {
    return new cdktf.ImportableResource(scope, importToId, {
      terraformResourceType: 'ff_flag',
      importId: importFromId,
      provider,
    });
  }

  private _archived?: boolean | cdktf.IResolvable;
  private _clientSide?: boolean | cdktf.IResolvable;
  private _description?: string;
  private _key?: string;
  private _kind?: string;
  private _name?: string;
  private _owner?: string;
  private _project?: string;
  private _tags?: string[];
  private _temporary?: boolean | cdktf.IResolvable;
  private _variations?: FlagVariations[] | cdktf.IResolvable;

  constructor(scope: Construct, id: string, config: FlagConfig) {
    super(scope, id, {
      terraformResourceType: 'ff_flag',
      terraformGeneratorMetadata: { providerName: 'ff' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this._archived = config.archived;
    this._clientSide = config.clientSide;
    this._description = config.description;
    this._key = config.key;
    this._kind = config.kind;
    this._name = config.name;
    this._owner = config.owner;
    this._project = config.project;
    this._tags = config.tags;
    this._temporary = config.temporary;
    this._variations = config.variations;
  }

  /**
   * Archived flags are hidden and served by no SDK. Defaults to `false`.
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
   * Visible to client-side SDK keys. Defaults to `false`.
   *
   * `client_side` (optional, computed)
   */
  get clientSide(): cdktf.IResolvable {
    return this.getBooleanAttribute('client_side');
  }
  set clientSide(value: boolean | cdktf.IResolvable | undefined) {
    this._clientSide = value;
  }
  resetClientSide(): void {
    this._clientSide = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get clientSideInput(): boolean | cdktf.IResolvable | undefined {
    return this._clientSide;
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
   * The resource's ID, `<project>/<flag>` (also its import ID).
   *
   * `id` (computed)
   */
  get id(): string {
    return this.getStringAttribute('id');
  }

  /**
   * Flag key (lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit), what code asks for. Changing it re-creates the flag.
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
   * Value type: `boolean`, `string`, `number` or `json`. Changing it re-creates the flag.
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
   * Who owns the flag (an email or team name).
   *
   * `owner` (optional)
   */
  get owner(): string {
    return this.getStringAttribute('owner');
  }
  set owner(value: string | undefined) {
    this._owner = value;
  }
  resetOwner(): void {
    this._owner = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get ownerInput(): string | undefined {
    return this._owner;
  }

  /**
   * Key of the project the flag belongs to. Changing it re-creates the resource.
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
   * Tags (unordered). Defaults to none.
   *
   * `tags` (optional, computed)
   */
  get tags(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute('tags'));
  }
  set tags(value: string[] | undefined) {
    this._tags = value;
  }
  resetTags(): void {
    this._tags = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get tagsInput(): string[] | undefined {
    return this._tags;
  }

  /**
   * A release flag meant to be removed (as opposed to a permanent kill switch or config). Defaults to `true`.
   *
   * `temporary` (optional, computed)
   */
  get temporary(): cdktf.IResolvable {
    return this.getBooleanAttribute('temporary');
  }
  set temporary(value: boolean | cdktf.IResolvable | undefined) {
    this._temporary = value;
  }
  resetTemporary(): void {
    this._temporary = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get temporaryInput(): boolean | cdktf.IResolvable | undefined {
    return this._temporary;
  }

  /**
   * The values the flag can serve, in order (indexes matter). Required unless `kind` is `boolean`, which defaults to `on` (true) and `off` (false). Variations in use cannot be removed.
   *
   * `variations` (optional, computed)
   */
  get variations(): FlagVariationsList {
    return new FlagVariationsList(this, 'variations', false);
  }
  /** Replaces the configured `variations`. */
  putVariations(value: FlagVariations[] | cdktf.IResolvable): void {
    this._variations = value;
  }
  resetVariations(): void {
    this._variations = undefined;
  }
  /** The value given in the configuration (`undefined` when unset). */
  get variationsInput(): FlagVariations[] | cdktf.IResolvable | undefined {
    return this._variations;
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      archived: ((v: boolean | cdktf.IResolvable | undefined) => cdktf.booleanToTerraform(v))(this._archived),
      client_side: ((v: boolean | cdktf.IResolvable | undefined) => cdktf.booleanToTerraform(v))(
        this._clientSide,
      ),
      description: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._description),
      key: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._key),
      kind: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._kind),
      name: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._name),
      owner: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._owner),
      project: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._project),
      tags: ((v: string[] | undefined) => cdktf.listMapper(cdktf.stringToTerraform, false)(v))(this._tags),
      temporary: ((v: boolean | cdktf.IResolvable | undefined) => cdktf.booleanToTerraform(v))(
        this._temporary,
      ),
      variations: ((v: FlagVariations[] | cdktf.IResolvable | undefined) =>
        cdktf.listMapper(flagVariationsToTerraform, false)(v))(this._variations),
    };
  }
}
