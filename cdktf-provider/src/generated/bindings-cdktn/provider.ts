// Generated from the schema of terraform-provider-ff by `npm run generate:bindings -w @ff/cdktf-provider`. Do not edit.
import * as cdktf from 'cdktn';
import type { Construct } from 'constructs';

/**
 * Configuration of the ff provider (`provider "ff"`).
 */
export interface FfProviderConfig {
  /**
   * The ff API, e.g. `http://127.0.0.1:4242`. Defaults to the `FF_API_URL` environment variable.
   *
   * `api_url` (optional)
   */
  readonly apiUrl?: string;
  /**
   * An API token (`ff_pat_…` or `ff_svc_…`). Defaults to the `FF_TOKEN` environment variable.
   *
   * `token` (optional, sensitive)
   */
  readonly token?: string;
  /** Alias name, for more than one ff provider in a stack. */
  readonly alias?: string;
}

/**
 * Manage ff projects, environments, flags, their targeting, segments, SDK keys, experiments and metrics.
 *
 * Represents the `ff` provider (source `ff/ff`).
 */
export class FfProvider extends cdktf.TerraformProvider {
  /** The Terraform type this class synthesizes. */
  static readonly tfResourceType = 'ff';

  private _apiUrl?: string;
  private _token?: string;
  private _alias?: string;

  constructor(scope: Construct, id: string, config: FfProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'ff',
      terraformGeneratorMetadata: { providerName: 'ff' },
      terraformProviderSource: 'ff/ff',
    });
    this._apiUrl = config.apiUrl;
    this._token = config.token;
    this._alias = config.alias;
  }

  /** Alias name, for more than one ff provider in a stack. */
  override get alias(): string | undefined {
    return this._alias;
  }
  override set alias(value: string | undefined) {
    this._alias = value;
  }

  /**
   * The ff API, e.g. `http://127.0.0.1:4242`. Defaults to the `FF_API_URL` environment variable.
   *
   * `api_url` (optional)
   */
  get apiUrl(): string | undefined {
    return this._apiUrl;
  }
  set apiUrl(value: string | undefined) {
    this._apiUrl = value;
  }
  resetApiUrl(): void {
    this._apiUrl = undefined;
  }
  get apiUrlInput(): string | undefined {
    return this._apiUrl;
  }

  /**
   * An API token (`ff_pat_…` or `ff_svc_…`). Defaults to the `FF_TOKEN` environment variable.
   *
   * `token` (optional, sensitive)
   */
  get token(): string | undefined {
    return this._token;
  }
  set token(value: string | undefined) {
    this._token = value;
  }
  resetToken(): void {
    this._token = undefined;
  }
  get tokenInput(): string | undefined {
    return this._token;
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      api_url: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._apiUrl),
      token: ((v: string | undefined) => cdktf.stringToTerraform(v))(this._token),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }
}
