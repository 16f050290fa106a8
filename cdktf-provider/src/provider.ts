// terraform-provider-ff: the provider's configuration schema, its resources and data sources.
import { dataSources } from './data-sources.ts';
import type { ProviderDefinition } from './plugin/provider.ts';
import { environmentResource } from './resources/environment.ts';
import { experimentResource } from './resources/experiment.ts';
import { flagEnvironmentResource } from './resources/flag-environment.ts';
import { flagResource } from './resources/flag.ts';
import { metricResource } from './resources/metric.ts';
import { webhookResource } from './resources/webhook.ts';
import { approvalSettingsResource } from './resources/approval-settings.ts';
import { projectResource } from './resources/project.ts';
import { sdkKeyResource } from './resources/sdk-key.ts';
import { segmentResource } from './resources/segment.ts';

/** The provider's version (sent in the User-Agent). */
export const VERSION = '0.1.0';

export const provider: ProviderDefinition = {
  version: VERSION,
  schema: {
    description:
      'Manage ff projects, environments, flags, their targeting, segments, SDK keys, experiments and metrics.',
    attributes: {
      api_url: {
        type: 'string',
        optional: true,
        description:
          'The ff API, e.g. `http://127.0.0.1:4242`. Defaults to the `FF_API_URL` environment variable.',
      },
      token: {
        type: 'string',
        optional: true,
        sensitive: true,
        description:
          'An API token (`ff_pat_…` or `ff_svc_…`). Defaults to the `FF_TOKEN` environment variable.',
      },
    },
  },
  resources: {
    ff_project: projectResource,
    ff_environment: environmentResource,
    ff_flag: flagResource,
    ff_flag_environment: flagEnvironmentResource,
    ff_segment: segmentResource,
    ff_sdk_key: sdkKeyResource,
    ff_experiment: experimentResource,
    ff_metric: metricResource,
    ff_webhook: webhookResource,
    ff_approval_settings: approvalSettingsResource,
  },
  dataSources,
};
