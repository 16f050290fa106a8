// Generated from openapi.yaml by npm run generate. Do not edit.
export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness; the process answers (no database). */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness; the database is reachable and migrations are current. */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics (request counts and latency by route and status, database pool). */
    get: operations['getMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exchange an email and password for a personal API token.
     * @description Rate-limited per account and per client IP (429 with `Retry-After`).
     */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/accept-invite': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a pending membership with its invite code, setting a password if the user has none. */
    post: operations['acceptInvite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who the token acts as. */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's personal tokens, and (for org admins) the organization's service tokens. */
    get: operations['listTokens'];
    put?: never;
    /** Create a personal token (any member) or a service token (`org:admin`). */
    post: operations['createToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens/{tokenId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tokenId: components['parameters']['TokenId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a token (your own, or any of the organization's for `org:admin`). */
    delete: operations['revokeToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organization's members, active and pending. */
    get: operations['listMembers'];
    put?: never;
    /** Invite someone by email; creates a pending membership and returns its invite code once. */
    post: operations['inviteMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{memberId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        memberId: components['parameters']['MemberId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member (and revoke their personal tokens). The last owner cannot be removed. */
    delete: operations['removeMember'];
    options?: never;
    head?: never;
    /** Change a member's role. */
    patch: operations['updateMember'];
    trace?: never;
  };
  '/api/v1/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List projects. */
    get: operations['listProjects'];
    put?: never;
    /** Create a project (optionally with environments). */
    post: operations['createProject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    /** Get a project with its environments. */
    get: operations['getProject'];
    put?: never;
    post?: never;
    /** Delete a project with its environments, flags, segments and SDK keys. */
    delete: operations['deleteProject'];
    options?: never;
    head?: never;
    /** Rename or describe a project. */
    patch: operations['updateProject'];
    trace?: never;
  };
  '/api/v1/projects/{project}/environments': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    /** List a project's environments. */
    get: operations['listEnvironments'];
    put?: never;
    /** Create an environment; every flag of the project gets an off configuration there. */
    post: operations['createEnvironment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/environments/{env}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    /** Get an environment. */
    get: operations['getEnvironment'];
    put?: never;
    post?: never;
    /** Delete an environment with its flag configurations and SDK keys. */
    delete: operations['deleteEnvironment'];
    options?: never;
    head?: never;
    /** Rename, recolor, reorder, protect/unprotect an environment, or set its allowed browser origins. */
    patch: operations['updateEnvironment'];
    trace?: never;
  };
  '/api/v1/projects/{project}/environments/{env}/clone': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a new environment with a copy of every flag configuration of `{env}`. */
    post: operations['cloneEnvironment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/environments/{env}/compare': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    /** Which flags are configured differently in `{env}` and `with`, and how. */
    get: operations['compareEnvironments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/environments/{env}/ruleset': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    /**
     * The ruleset SDKs of this environment evaluate (for `ff eval` on a workstation).
     * @description Exactly what `GET /sdk/v1/config` serves a server key of this environment, read with a management
     *     token instead. `ETag` is the environment's version; `If-None-Match` with it answers 304.
     */
    get: operations['getEnvironmentRuleset'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/environments/{env}/sdk-keys': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    /** List an environment's SDK keys. */
    get: operations['listSdkKeys'];
    put?: never;
    /** Create a server or client SDK key (secret shown once). */
    post: operations['createSdkKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/environments/{env}/sdk-keys/{keyId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
        keyId: components['parameters']['KeyId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a key at once. */
    delete: operations['revokeSdkKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/environments/{env}/sdk-keys/{keyId}/rotate': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
        keyId: components['parameters']['KeyId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue a replacement key; the old one keeps working for `overlapSeconds`, then expires. */
    post: operations['rotateSdkKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/flags': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    /** List flags, filtered by tag, archived state or search text. */
    get: operations['listFlags'];
    put?: never;
    /** Create a flag; it is off in every environment, serving its off variation. */
    post: operations['createFlag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/flags/{flag}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
      };
      cookie?: never;
    };
    /** Get a flag with every environment's configuration. */
    get: operations['getFlag'];
    put?: never;
    post?: never;
    /** Delete an archived flag (409 while it is live or another flag names it as a prerequisite). */
    delete: operations['deleteFlag'];
    options?: never;
    head?: never;
    /** Update metadata and variations (values and names; variations in use cannot be removed). */
    patch: operations['updateFlag'];
    trace?: never;
  };
  '/api/v1/projects/{project}/flags/{flag}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive a flag (409 while another live flag names it as a prerequisite). */
    post: operations['archiveFlag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/flags/{flag}/unarchive': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring an archived flag back. */
    post: operations['unarchiveFlag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/flags/{flag}/copy': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Promote a flag's configuration from one environment to another.
     * @description `If-Match` applies to the target environment's configuration.
     */
    post: operations['copyFlagConfig'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/flags/{flag}/environments/{env}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    /** Get a flag's configuration in one environment. */
    get: operations['getFlagConfig'];
    /** Replace the whole configuration (requires `If-Match`). */
    put: operations['replaceFlagConfig'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Apply semantic changes atomically (all or nothing).
     * @description Actions apply in order to the current configuration; the result is validated as a whole by the
     *     engine's schema and stored as one new version with one audit entry. A result that configures the
     *     same as the current configuration (e.g. `turnOff` of an off flag) is not written: the same
     *     version, no audit entry, `FF-Changed: false` (so for `PUT` and copy). Without `If-Match` the
     *     actions apply to whatever is current (they are written to make sense that way, e.g. `addTargets`).
     */
    patch: operations['changeFlagConfig'];
    trace?: never;
  };
  '/api/v1/projects/{project}/flags/{flag}/environments/{env}/schedules': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Schedule changes of this configuration (one step) or a progressive rollout (several).
     * @description Each step is a list of the semantic actions of `PATCH` (…/flags/{flag}/environments/{env}),
     *     applied at `at` by the API's scheduler (in whichever replica claims it first; each step runs
     *     exactly once), audited as the scheduler acting for the person who scheduled it. Steps run in
     *     order; `at` must not decrease from one step to the next, nor lie more than 60 s in the past (a
     *     tolerance for clocks that disagree: such a step is due at once).
     *
     *     **Base-changed rule.** A step expects the configuration the previous step left (or, for the
     *     first, the one current when it was scheduled). If someone changed the configuration meanwhile,
     *     the step is *rebased* (applied to the current configuration) when the change is independent:
     *     none of the top-level parts the step changes (`on`, `offVariation`, `fallthrough`, `rules`,
     *     `targets`, `prerequisites`) was changed by anyone else. Otherwise the step fails, the schedule
     *     stops (`failed`, with the reason) and a `schedule.failed` audit entry and webhook event notify.
     *
     *     **Missed steps.** A step more than 60 s overdue when a replica first sees it (every replica was
     *     down) is *missed*: `missedStepPolicy: run` (default) runs it late, `skip` marks it skipped and
     *     goes on with the next.
     */
    post: operations['createSchedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/schedules': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    /** List the project's schedules, newest first. */
    get: operations['listSchedules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/schedules/{schedule}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        schedule: components['parameters']['ScheduleId'];
      };
      cookie?: never;
    };
    /** One schedule with its steps. */
    get: operations['getSchedule'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/schedules/{schedule}/{transition}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        schedule: components['parameters']['ScheduleId'];
        transition: 'pause' | 'resume' | 'cancel';
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pause, resume or cancel (abort) a schedule.
     * @description `pause` stops the clock: on `resume`, the steps still to run move later by the time spent
     *     paused, so a progressive rollout keeps its intervals. `cancel` aborts: the steps still to run
     *     are cancelled and the configuration stays as the last executed step left it. Needs the right
     *     to change the schedule's environment (a protected one: a project admin). An active schedule
     *     can be paused or cancelled, a paused one resumed or cancelled; anything else is 409.
     */
    post: operations['transitionSchedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    /** List the project's webhooks (their URLs may carry secrets, e.g. Slack's: project admins only). */
    get: operations['listWebhooks'];
    put?: never;
    /**
     * Subscribe a URL to change events of this project.
     * @description Every change of a subscribed kind is written to an outbox in the change's own transaction and
     *     delivered at least once (a receiver must tolerate a repeat: `FF-Delivery` and the payload's `id`
     *     identify it). Deliveries are signed (`format: json`): `FF-Signature: t=<unix seconds>,v1=<hex>`
     *     where `<hex>` is HMAC-SHA256 with the webhook's secret over `<t>.<raw body>`. A response other
     *     than 2xx within 10 s is retried with exponential backoff (30 s, 1 min, 2 min, … capped at 1 h)
     *     and given up after 10 attempts (status `failed`; redeliver it by hand). `format: slack` posts a
     *     Slack incoming-webhook message (`{ "text": … }`) instead.
     *
     *     The secret is generated unless given, returned in this response only, and stored as is: the
     *     server needs it to sign every delivery, so it cannot be hashed. It is never logged nor returned
     *     again; rotate by replacing it (`PATCH` with a new `secret`).
     */
    post: operations['createWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/webhooks/{webhook}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        webhook: components['parameters']['WebhookKey'];
      };
      cookie?: never;
    };
    /** One webhook (never its secret). */
    get: operations['getWebhook'];
    put?: never;
    post?: never;
    /** Delete a webhook and its delivery log. */
    delete: operations['deleteWebhook'];
    options?: never;
    head?: never;
    /** Change a webhook's URL, events, format, enabled state or secret. */
    patch: operations['updateWebhook'];
    trace?: never;
  };
  '/api/v1/projects/{project}/webhooks/{webhook}/test': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        webhook: components['parameters']['WebhookKey'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a `ping` event now and answer with the delivery (status code, error). */
    post: operations['testWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/webhooks/{webhook}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        webhook: components['parameters']['WebhookKey'];
      };
      cookie?: never;
    };
    /** The delivery log, newest first, with each attempt's status code. */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/webhooks/{webhook}/deliveries/{delivery}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        webhook: components['parameters']['WebhookKey'];
        delivery: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue the same payload again as a new delivery (same event id, so receivers can deduplicate). */
    post: operations['redeliverWebhookDelivery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/environments/{env}/approval-settings': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    /** Whether changes in this environment need an approved change request, and a comment. */
    get: operations['getApprovalSettings'];
    /**
     * Turn approvals and required change comments on or off for this environment.
     * @description With `requiresApproval`, flag configuration changes in this environment by anyone who is not a
     *     project admin (or admin, owner) are refused directly (403 `approval-required`) and go through a
     *     change request instead (`POST /api/v1/projects/{project}/change-requests`), approved by a project
     *     admin who is not its author. With `requiresComment`, every configuration change there (direct or
     *     requested) needs a `comment`.
     */
    put: operations['putApprovalSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/change-requests': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    /** The project's change requests, newest first. */
    get: operations['listChangeRequests'];
    put?: never;
    /**
     * Propose a configuration change in an environment that requires approval.
     * @description The actions of `PATCH …/flags/{flag}/environments/{env}`, checked now against the current
     *     configuration (the request shows the diff: `before` and `after`), applied only when a project
     *     admin other than the author approves, and only if the configuration has not changed since
     *     (`baseVersion`). A request not decided within 7 days expires.
     */
    post: operations['createChangeRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/change-requests/{changeRequest}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        changeRequest: components['parameters']['ChangeRequestId'];
      };
      cookie?: never;
    };
    /** One change request with its diff. */
    get: operations['getChangeRequest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/change-requests/{changeRequest}/{decision}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        changeRequest: components['parameters']['ChangeRequestId'];
        decision: 'approve' | 'reject';
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve (apply atomically) or reject (with a comment) a pending change request.
     * @description Only a project admin (or admin, owner) who is not the author decides (403 otherwise). `approve`
     *     applies the change in one transaction, audited as the approver with the author named in the
     *     comment; 409 if the configuration changed since the request was made, or the request is no
     *     longer pending (decided, expired). `reject` needs a `comment`.
     */
    post: operations['decideChangeRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/segments': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    /** List segments. */
    get: operations['listSegments'];
    put?: never;
    /** Create a segment (with rules and initial members). */
    post: operations['createSegment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/segments/{segment}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        segment: components['parameters']['Segment'];
      };
      cookie?: never;
    };
    /** Get a segment. */
    get: operations['getSegment'];
    put?: never;
    post?: never;
    /** Delete a segment; 409 while a flag uses it, unless `force` (which removes those clauses). */
    delete: operations['deleteSegment'];
    options?: never;
    head?: never;
    /** Update a segment's name, description or rules. */
    patch: operations['updateSegment'];
    trace?: never;
  };
  '/api/v1/projects/{project}/segments/{segment}/members': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        segment: components['parameters']['Segment'];
      };
      cookie?: never;
    };
    /** List a segment's included or excluded keys. */
    get: operations['listSegmentMembers'];
    put?: never;
    /** Add and remove members in bulk (up to 10,000 keys per request), atomically. */
    post: operations['changeSegmentMembers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/segments/{segment}/members/export': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        segment: components['parameters']['Segment'];
      };
      cookie?: never;
    };
    /**
     * Every key of one of a segment's lists, as JSON lines, streamed.
     * @description One JSON string per line, in key order, read from the database in batches as the response is
     *     sent: a list of a million keys comes in one request (paging it takes 2,000) and never sits in
     *     the server's memory. Keys changed while it runs may or may not be in it; the segment's `version`,
     *     read before, tells whether anything changed.
     */
    get: operations['exportSegmentMembers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/segments/{segment}/members/import': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        segment: components['parameters']['Segment'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import member keys from CSV, streamed (a million lines never sit in memory).
     * @description One key per line, in the first column; a header line `key` is skipped; blank lines are ignored.
     *     With `mode=replace` the list is replaced, otherwise keys are added. The import is one
     *     transaction: a bad line (an empty or over-long key) aborts it with 422 naming the line.
     */
    post: operations['importSegmentMembers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/changes': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    /**
     * Server-Sent Events with every change of the project, one per audit entry (a user's token).
     * @description The management change stream: what dashboards and scripts watch. Events (`id:` is the audit entry id):
     *     - `change`: a `ChangeEvent`, one per audit entry about the project or anything in it (flags, their
     *       configurations, segments, environments, SDK keys), in id order.
     *     - `ready`: `{ lastId, replayed, truncated }`, once, after the entries missed since `Last-Event-ID` (at
     *       most 1,000) have been sent; `truncated` true means more were missed than sent: re-read everything.
     *       Without `Last-Event-ID` nothing is replayed and `lastId` is the newest entry id.
     *     - a comment line (`: ping`) every 15 s keeps proxies from closing the connection.
     *     Resume with `Last-Event-ID` set to the last id received. The caller sees what it may read (the
     *     audit log of its organization, scoped to this project); the stream ends when the token is revoked.
     */
    get: operations['streamProjectChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/experiments': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    /** List experiments (archived ones with `archived=true`). */
    get: operations['listExperiments'];
    put?: never;
    /**
     * Create an experiment (DRAFT) on a multi-variant flag in one environment.
     * @description Without `flag`, a string flag named after the experiment is created with one variation per variant
     *     (its value the variant's key) in the same write. With `flag`, the flag's variations are the
     *     variants, in order: `variants` must name as many as the flag has. Variant weights are relative (they
     *     need not sum to 100). A write to a protected environment's experiment needs `project:admin`. 409 when
     *     the key is taken, or the flag already runs another experiment that is not stopped in that
     *     environment.
     */
    post: operations['createExperiment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/experiments/{experiment}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        experiment: components['parameters']['Experiment'];
      };
      cookie?: never;
    };
    /** Get an experiment. */
    get: operations['getExperiment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change an experiment's fields (a merge patch).
     * @description Names, hypothesis, description and metrics can change at any time before the experiment stops.
     *     Variants, weights, allocation, population and salt are frozen once it has run: a change while
     *     RUNNING or PAUSED is 409 (`experiment-frozen`), as is any change to a STOPPED experiment.
     */
    patch: operations['updateExperiment'];
    trace?: never;
  };
  '/api/v1/projects/{project}/experiments/{experiment}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        experiment: components['parameters']['Experiment'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Launch, pause, resume, stop or archive an experiment (one audited step).
     * @description DRAFT → RUNNING (`launch`) ⇄ PAUSED (`pause`, `launch` resumes) → STOPPED (`stop`); `archive`
     *     hides a DRAFT or STOPPED experiment. Launching writes the flag's configuration in the experiment's
     *     environment (on, the fallthrough a rollout of the variants' weights with the experiment's salt), so
     *     SDKs evaluating locally serve the same variant `assign` gives. Pausing serves control to everyone
     *     (the flag's configuration keeps its variants but the fallthrough serves variation 0). Stopping
     *     serves control, or, with `winner` and `rollout: true`, the winner to everyone, in the same audited
     *     step. A STOPPED experiment never runs again (409 `experiment-stopped`); any other transition not
     *     allowed from the current status is 409 too.
     */
    post: operations['transitionExperiment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/experiments/{experiment}/results': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        experiment: components['parameters']['Experiment'];
      };
      cookie?: never;
    };
    /**
     * Results per variant and metric, with the sample-ratio check (aggregated in the database).
     * @description Units are those exposed (first exposure while the experiment ran). For each metric, each treatment
     *     is compared with control (the first variant): binomial metrics with the pooled two-proportion
     *     z-test, count and sum metrics with Welch's t-test; lifts with delta-method intervals; p-values
     *     Holm-adjusted across treatments and metrics; an always-valid sequential p-value; a Bayesian chance
     *     to beat control and expected loss. `srm` is a chi-square test of exposed units against the
     *     weights, a mismatch below p = 0.001. Computed by `@ff/stats` from SQL aggregates.
     */
    get: operations['getExperimentResults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/experiments/{experiment}/sample-size': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        experiment: components['parameters']['Experiment'];
      };
      cookie?: never;
    };
    /** Units needed per variant for a baseline and minimum detectable effect, and the days at the current enrollment rate. */
    get: operations['getExperimentSampleSize'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    /** List metric definitions. */
    get: operations['listMetricDefinitions'];
    put?: never;
    /** Define a metric over tracked events (binomial, count or sum per unit). */
    post: operations['createMetricDefinition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/metrics/{metric}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        metric: components['parameters']['Metric'];
      };
      cookie?: never;
    };
    /** Get a metric definition. */
    get: operations['getMetricDefinition'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a metric definition (409 while a running experiment uses it, except name and description). */
    patch: operations['updateMetricDefinition'];
    trace?: never;
  };
  '/api/v1/projects/{project}/insights/summary': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    /**
     * The project at a glance: counts, evaluations, most evaluated flags, flags never evaluated, open SDK streams.
     * @description Evaluations come from the summaries SDKs send (`POST /sdk/v1/events`). `last24h` counts the last 24
     *     whole and current hours; `last7d` and `last30d` count UTC days, today included. `topFlags` are the
     *     flags with the most evaluations over the last 30 days, each with its daily totals over the last
     *     `days` days (oldest first, today last) for a sparkline. `connections` are the SDK streams open now on
     *     every replica (each replica reports its count with a heartbeat every 15 s; a replica silent for 45 s
     *     no longer counts).
     */
    get: operations['getInsightsSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/insights/stale': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    /**
     * Flags that look ready for removal, each with the reason and the suggested action.
     * @description With N the project's `staleAfterDays`: `rolled-out` (a temporary flag that has served one variation
     *     to everyone in every environment, on or off, with no configuration change for N days),
     *     `not-evaluated` (evaluated before, but nowhere for N days), `never-evaluated` (created over N days
     *     ago and never evaluated), `archived-but-evaluated` (archived, and SDKs evaluated it since it was
     *     last changed). An archived flag is reported only for the last reason.
     */
    get: operations['listStaleFlags'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/insights/settings': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    /** The project's staleness window and usage retention (defaults until set). */
    get: operations['getInsightsSettings'];
    /** Set the project's staleness window and usage retention. */
    put: operations['updateInsightsSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/insights/sdk-keys': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    /**
     * Last use and request counts of the project's SDK keys (revoked and expired ones included).
     * @description Requests are counted per UTC day by every replica and added up every few seconds; `lastUsedAt` is
     *     the last request's time (to within those seconds). Days older than 400 are dropped.
     */
    get: operations['getSdkKeyUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/api-tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Last use and request counts of the organization's API tokens (personal and service). */
    get: operations['getApiTokenUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/flags/{flag}/usage': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
      };
      cookie?: never;
    };
    /**
     * A flag's evaluations per environment and variation, by hour or by day, and when it was last evaluated.
     * @description The key must name a flag of the project (404 otherwise), so `exists` is always true here. `from` defaults to 7 days (`hour`) or 90 days (`day`) before `to` (now); a range
     *     longer than 31 days by hour or 400 days by day is shortened from its start. Hours without
     *     evaluations are left out of `points`; hours older than the project's `hourlyRetentionDays` and days
     *     older than `dailyRetentionDays` are gone. Hours and days are UTC; a count is in the hour its SDK
     *     window started in. `variation` null counts evaluations that served the caller's default (an
     *     unknown flag, an error).
     */
    get: operations['getFlagUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/code-references': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    /**
     * Where code references the project's flags, from what `ff refs --push` stored per repository.
     * @description `repositories` lists every repository pushed, with the branch and commit of its last push.
     *     `flags` totals the references per flag key over all repositories (keys the project does not have
     *     are included with `exists: false`), each with up to 100 locations; `flag` narrows it to one key.
     */
    get: operations['listCodeReferences'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project}/code-references/{repository}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        /** @description A repository name as `ff refs` derives it (the git remote's last path segment). */
        repository: components['parameters']['Repository'];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Replace what one repository references (as `ff refs --push` sends it), with its branch and commit.
     * @description The body replaces everything stored for the repository: a flag no longer listed is no longer
     *     referenced there. `references` is each flag's full count; `locations` may be a sample (at most 100
     *     per flag). Keys need not be flags of the project: a reference to a deleted flag is what insights
     *     want to show. The response says which listed keys are archived or unknown.
     */
    put: operations['putCodeReferences'];
    post?: never;
    /** Forget a repository's references (it was removed or renamed). */
    delete: operations['deleteCodeReferences'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log, newest first. */
    get: operations['listAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every matching entry as JSON lines, oldest first, streamed. */
    get: operations['exportAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/{entryId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        entryId: components['parameters']['EntryId'];
      };
      cookie?: never;
    };
    /** Get one audit entry. */
    get: operations['getAuditEntry'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/{entryId}/revert': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        entryId: components['parameters']['EntryId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Restore the entry's `before` state as a new, audited change.
     * @description Refused with 409 when the resource changed after the entry, unless `force`. Needs the permission
     *     that writing the resource needs (e.g. `project:admin` for a protected environment's configuration).
     *     Reverting a creation deletes the resource; reverting a deletion recreates it.
     */
    post: operations['revertAuditEntry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sdk/v1/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The environment's whole ruleset, for SDKs that evaluate locally (server key).
     * @description Flags (definition + this environment's configuration) and the segments they use, in the shape
     *     `@ff/engine`'s `compileRuleset` takes. Served from memory keyed by the environment's version; the
     *     ETag is that version, and `If-None-Match` with it answers 304 without touching the database.
     */
    get: operations['getSdkConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sdk/v1/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Server-Sent Events with every change of the environment (server or client key).
     * @description Events (`id:` is the environment version after the change):
     *     - `put`: on connect, the whole state: for a server key an `SdkRuleset`; for a client key
     *       `{ version, flags: { key: ClientFlagValue } }` evaluated for `context`.
     *     - `patch`: `{ version, kind: 'flag' | 'segment', key, value }` (server key: the flag or segment;
     *       client key: `kind: 'flag'` with the re-evaluated `ClientFlagValue`).
     *     - `delete`: `{ version, kind, key }`.
     *     - a comment line (`: ping`) every 15 s keeps proxies from closing the connection.
     *     With `Last-Event-ID`, the stream resumes with the patches since that version when the server still
     *     has them, and with a fresh `put` otherwise. A revoked key's streams are closed within a second.
     */
    get: operations['streamSdkChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sdk/v1/evaluate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Evaluate every client-side flag for one context (client key). */
    post: operations['evaluateForClient'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sdk/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Evaluation summaries, experiment exposures and tracked events, in batches (either key).
     * @description Accepted asynchronously; stored in hourly per-flag-variation counters and an events table. Each
     *     accepted batch is stored whole or, if the database refuses it (its environment was deleted
     *     meanwhile, a fault), dropped alone: never with another client's batch. Dropped items are logged and
     *     counted in `/metrics` as `ff_sdk_events_dropped_total{reason}` (`environment_deleted`,
     *     `write_failed`). A client key's exposures of flags that are not client-side are ignored (that key
     *     never sees those flags), so a page's public key cannot skew a server-side experiment.
     */
    post: operations['postSdkEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sdk/v1/experiments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The environment's running experiments (server key), for SDKs that log exposures locally.
     * @description What an SDK needs to know that an evaluation is an exposure: the experiment's flag, salt,
     *     allocation and variants. The flag's configuration (in `/sdk/v1/config`) serves the variants.
     */
    get: operations['getSdkExperiments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sdk/v1/experiments/{experiment}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        experiment: components['parameters']['Experiment'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assigns a context to a variant of a running experiment and stores the assignment (server key).
     * @description Deterministic (the engine's bucketing with the experiment's salt) and sticky: a unit keeps its
     *     first variant. `isNew` says whether this call stored the assignment. `variant` is null when the
     *     experiment is not RUNNING or the unit is outside its allocation or population.
     */
    post: operations['assignExperiment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sdk/v1/experiments/{experiment}/variant': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        experiment: components['parameters']['Experiment'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The variant a context has or would get, without storing an assignment (null unless RUNNING). */
    post: operations['getExperimentVariant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sdk/v1/experiments/{experiment}/exposures': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        experiment: components['parameters']['Experiment'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Records that a context saw its variant of a running experiment (first and last seen).
     * @description The variant recorded is the unit's stored assignment, or the one its bucketing gives; a unit
     *     outside the allocation, or an experiment not RUNNING, records nothing (`variant` null).
     */
    post: operations['logExperimentExposure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ofrep/v1/evaluate/flags/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * OpenFeature Remote Evaluation Protocol, one flag (server or client key).
     * @description A client key sees only client-side flags (others are FLAG_NOT_FOUND). Authenticate with
     *     `Authorization: Bearer <sdk key>` or `X-API-Key: <sdk key>`.
     */
    post: operations['ofrepEvaluateFlag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ofrep/v1/evaluate/flags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** OpenFeature Remote Evaluation Protocol, every flag the key may see, with ETag. */
    post: operations['ofrepEvaluateAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ofrep/v1/configuration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** OFREP provider configuration (capabilities). */
    get: operations['ofrepConfiguration'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Problem: {
      /** @description A stable URI naming the kind of problem, e.g. https://ff.dev/problems/validation. */
      type: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      requestId?: string;
      /** @description For validation problems, every offending path. */
      errors?: {
        path: string;
        message: string;
        /** @description Present when the request matched the operation's schemas but broke a rule they cannot express; absent when the schemas themselves refused it. */
        rule?: components['schemas']['RefusalRule'];
      }[];
    } & {
      [key: string]: unknown;
    };
    /**
     * @description A rule, beyond the schemas, that can refuse a request (422, or 400 for a parameter). An operation lists the ones it applies in `x-ff-refusals`; a refusal names one in `errors[].rule`.
     *     - `storable-text`: strings (and property names) must not contain U+0000 or an unpaired UTF-16
     *       surrogate, which PostgreSQL cannot store. Every operation applies it, so none lists it.
     *
     *     - `flag-model`: the flag model's own rules, as `@ff/engine` states them: variations fit the
     *       flag's kind (a boolean flag has exactly `true` and `false`), variation indexes name an existing
     *       variation, rollout weights sum to 100000, clause values have the type their operator takes,
     *       regular expressions are safe, rule ids are unique, prerequisites and segment references name
     *       existing flags and segments without cycles, a variation in use cannot be removed.
     *
     *     - `role-scope`: a role and its project go together: only a `project_admin` (member or service
     *       token) has a project, and it must name an existing one; only service tokens have a role.
     *
     *     - `unique-keys`: keys a request lists must be distinct (the environments of a new project).
     *     - `disjoint-lists`: a context key can be in only one of a segment's lists, and a change cannot
     *       add and remove the same key.
     *
     *     - `distinct-environments`: a copy names two different environments.
     *     - `read-only-fields`: a body that carries a resource's read-only fields, as GET returned them,
     *       agrees with the request: `flag` and `environment` name the URL's, `version` the `If-Match`.
     *
     *     - `not-revertible`: the audit entry's kind of change has no snapshot to restore.
     *     - `context-encoding`: a `context` parameter is base64url-encoded JSON of a context object.
     *     - `csv-format`: a CSV body has one context key per line (a header line `key` is allowed).
     *     - `experiment-model`: an experiment's references exist in its project (metrics, the population's
     *       segment, the flag it runs on), its variant keys are distinct and, on an existing flag, one per
     *       variation in order; a stop names one of its variants as the winner, and `rollout` needs one; a
     *       sample size's baseline, effect, power and alpha give a finite size.
     *
     *     - `nesting-depth`: a JSON body nests objects and arrays at most 80 levels deep, which every
     *       operation with a body applies, so none lists it; a context (a body's or a `context` parameter)
     *       at most 65 (`@ff/engine`'s MAX_CONTEXT_DEPTH).
     *
     *     - `schedule-steps`: a schedule's steps are not in the past (60 s tolerated for clock skew), in an
     *       order that never goes back in time.
     *
     *     - `comment-required`: the environment requires a comment on every configuration change
     *       (approval settings), and a rejection of a change request needs one.
     *
     *     - `webhook-target`: a webhook's URL is `http` or `https`, and a literal IP address in it is not
     *       loopback, private, link-local (cloud metadata), unspecified, CGNAT, multicast or reserved
     *       (IPv4-mapped IPv6 forms included), unless the operator allows private targets
     *       (`FF_WEBHOOK_ALLOW_PRIVATE=1`). Host names are checked when delivering.
     *
     *     - `browser-origin`: an environment's allowed origins are origins exactly as a browser sends them
     *       (`scheme://host[:port]`: lower-case host, no default port, no user, path or trailing slash).
     * @enum {string}
     */
    RefusalRule:
      | 'storable-text'
      | 'flag-model'
      | 'role-scope'
      | 'unique-keys'
      | 'disjoint-lists'
      | 'distinct-environments'
      | 'read-only-fields'
      | 'not-revertible'
      | 'context-encoding'
      | 'csv-format'
      | 'nesting-depth'
      | 'experiment-model'
      | 'schedule-steps'
      | 'comment-required'
      | 'webhook-target'
      | 'browser-origin';
    /** @enum {string} */
    ScheduleStatus: 'active' | 'paused' | 'completed' | 'cancelled' | 'failed';
    ScheduleCreate: {
      comment?: components['schemas']['Comment'];
      /**
       * @description What a step missed while every replica was down does when one starts again.
       * @default run
       * @enum {string}
       */
      missedStepPolicy: 'run' | 'skip';
      steps: {
        at: components['schemas']['Timestamp'];
        actions: components['schemas']['FlagConfigAction'][];
      }[];
    };
    ScheduleStep: {
      position: number;
      at: components['schemas']['Timestamp'];
      actions: components['schemas']['FlagConfigAction'][];
      /** @enum {string} */
      status: 'pending' | 'done' | 'skipped' | 'failed' | 'cancelled';
      executedAt: components['schemas']['Timestamp'] | null;
      /** @description The configuration's version the step wrote (null if it wrote nothing). */
      resultVersion: number | null;
      /** @description Why a step was skipped or failed, or that it was rebased. */
      detail: string | null;
    };
    Schedule: {
      /** Format: uuid */
      id: string;
      flag: components['schemas']['Key'];
      environment: components['schemas']['Key'];
      status: components['schemas']['ScheduleStatus'];
      /** @enum {string} */
      missedStepPolicy: 'run' | 'skip';
      comment: string | null;
      createdBy: {
        email: string | null;
      };
      failure: string | null;
      createdAt: components['schemas']['Timestamp'];
      updatedAt: components['schemas']['Timestamp'];
      steps: components['schemas']['ScheduleStep'][];
    };
    /**
     * @description `flag.changed`: a flag or its configuration in an environment changed (created, updated,
     *     archived, deleted, a configuration written, reverted, copied). `flag.killed`: a configuration
     *     turned off (the kill switch). `experiment.transition`: an experiment launched, paused, stopped or
     *     archived. `schedule.executed`: a scheduled step changed a configuration. `schedule.failed`: a
     *     schedule stopped on a step it could not apply. `change_request.opened` / `change_request.decided`:
     *     a change request was created / approved, rejected or expired. `ping`: `ff webhooks test`.
     * @enum {string}
     */
    WebhookEvent:
      | 'flag.changed'
      | 'flag.killed'
      | 'experiment.transition'
      | 'schedule.executed'
      | 'schedule.failed'
      | 'change_request.opened'
      | 'change_request.decided'
      | 'ping';
    WebhookCreate: {
      key: components['schemas']['Key'];
      /** Format: uri */
      url: string;
      events: components['schemas']['WebhookEvent'][];
      /**
       * @default json
       * @enum {string}
       */
      format: 'json' | 'slack';
      /** @default true */
      enabled: boolean;
      /** @description Generated (`whsec_` and 43 characters) when left out. */
      secret?: string;
    };
    WebhookUpdate: {
      /** Format: uri */
      url?: string;
      events?: components['schemas']['WebhookEvent'][];
      /** @enum {string} */
      format?: 'json' | 'slack';
      enabled?: boolean;
      secret?: string;
    };
    Webhook: {
      key: components['schemas']['Key'];
      url: string;
      events: components['schemas']['WebhookEvent'][];
      /** @enum {string} */
      format: 'json' | 'slack';
      enabled: boolean;
      version: components['schemas']['Version'];
      createdAt: components['schemas']['Timestamp'];
      updatedAt: components['schemas']['Timestamp'];
    };
    WebhookWithSecret: components['schemas']['Webhook'] & {
      /** @description Signs deliveries; shown only in this response. */
      secret: string;
    };
    WebhookDelivery: {
      id: string;
      event: components['schemas']['WebhookEvent'];
      /** @description The payload's `id` (the audit entry's id, or `ping-…`). */
      eventId: string;
      /** @enum {string} */
      status: 'pending' | 'delivered' | 'failed';
      attempts: number;
      nextAttemptAt: components['schemas']['Timestamp'] | null;
      lastStatusCode: number | null;
      lastError: string | null;
      deliveredAt: components['schemas']['Timestamp'] | null;
      redeliveryOf: string | null;
      createdAt: components['schemas']['Timestamp'];
      attemptLog: {
        attempt: number;
        statusCode: number | null;
        error: string | null;
        durationMs: number;
        at: components['schemas']['Timestamp'];
      }[];
    };
    ApprovalSettings: {
      requiresApproval: boolean;
      requiresComment: boolean;
    };
    Person: {
      email: string | null;
    };
    /** @enum {string} */
    ChangeRequestStatus: 'pending' | 'applied' | 'rejected' | 'expired';
    ChangeRequestCreate: {
      flag: components['schemas']['Key'];
      environment: components['schemas']['Key'];
      comment?: components['schemas']['Comment'];
      actions: components['schemas']['FlagConfigAction'][];
    };
    ChangeRequest: {
      /** Format: uuid */
      id: string;
      flag: components['schemas']['Key'];
      environment: components['schemas']['Key'];
      status: components['schemas']['ChangeRequestStatus'];
      actions: components['schemas']['FlagConfigAction'][];
      before: components['schemas']['FlagEnvironment'];
      after: components['schemas']['FlagEnvironment'];
      baseVersion: components['schemas']['Version'];
      comment: string | null;
      author: components['schemas']['Person'];
      decidedBy: components['schemas']['Person'] | null;
      decisionComment: string | null;
      decidedAt: components['schemas']['Timestamp'] | null;
      expiresAt: components['schemas']['Timestamp'];
      createdAt: components['schemas']['Timestamp'];
    };
    Status: {
      status: string;
    };
    /** @description Lowercase letters, digits, `.`, `_`, `-`; starts with a letter or digit; at most 128. */
    Key: string;
    Name: string;
    Description: string;
    /** @description Recorded in the audit entry. */
    Comment: string;
    /** Format: date-time */
    Timestamp: string;
    Version: number;
    /** @description Pass as `cursor` for the next page; null on the last page. */
    NextCursor: string | null;
    /** @enum {string} */
    Role: 'owner' | 'admin' | 'project_admin' | 'developer' | 'viewer';
    /** @description Any JSON value. */
    Json: unknown;
    Me: {
      user?: components['schemas']['User'] | null;
      organization: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      role: components['schemas']['Role'];
      /** @description The project a project_admin administers. */
      project?: components['schemas']['Key'] | null;
      token: components['schemas']['ApiToken'];
    };
    User: {
      /** Format: uuid */
      id: string;
      email: string;
      name?: string | null;
    };
    ApiToken: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'personal' | 'service';
      name: string;
      /** @description The secret's first characters, to tell tokens apart. */
      prefix: string;
      /** @description Service tokens only. */
      role?: components['schemas']['Role'] | null;
      userEmail?: string | null;
      createdAt: components['schemas']['Timestamp'];
      lastUsedAt?: components['schemas']['Timestamp'] | null;
      expiresAt?: components['schemas']['Timestamp'] | null;
      revokedAt?: components['schemas']['Timestamp'] | null;
    };
    CreatedToken: components['schemas']['ApiToken'] & {
      /** @description The secret. Shown once; stored only as a hash. */
      token: string;
    };
    Member: {
      /** Format: uuid */
      id: string;
      email: string;
      name?: string | null;
      role: components['schemas']['Role'];
      project?: components['schemas']['Key'] | null;
      /** @enum {string} */
      status: 'pending' | 'active';
      version: components['schemas']['Version'];
      createdAt: components['schemas']['Timestamp'];
    };
    Invitation: components['schemas']['Member'] & {
      /** @description Give it to the invitee; shown once. */
      inviteCode: string;
    };
    Project: {
      key: components['schemas']['Key'];
      name: string;
      description: string;
      eventRetentionDays: components['schemas']['EventRetentionDays'];
      version: components['schemas']['Version'];
      createdAt: components['schemas']['Timestamp'];
      updatedAt: components['schemas']['Timestamp'];
      environments: components['schemas']['Environment'][];
    };
    ProjectCreate: {
      key: components['schemas']['Key'];
      name: components['schemas']['Name'];
      description?: components['schemas']['Description'];
      eventRetentionDays?: components['schemas']['EventRetentionDays'];
      /** @description Environments to create with the project (none by default). */
      environments?: components['schemas']['EnvironmentCreate'][];
    };
    ProjectUpdate: {
      name?: components['schemas']['Name'];
      description?: components['schemas']['Description'];
      eventRetentionDays?: components['schemas']['EventRetentionDays'];
    };
    /**
     * @description How many days raw SDK events (tracked events and exposures, `sdk_events`) are kept in this project's
     *     environments; null for the server's default (`FF_EVENT_RETENTION_DAYS`, or forever without it).
     *     Events a running or paused experiment still reads are kept regardless. Evaluation counts have their
     *     own retention (insights settings).
     */
    EventRetentionDays: number | null;
    Color: string;
    Environment: {
      key: components['schemas']['Key'];
      name: string;
      color: components['schemas']['Color'];
      /** @description Production-like: developers cannot change its flag configurations. */
      protected: boolean;
      sortOrder: number;
      /** @description Browser origins allowed to use this environment's client keys (CORS on /sdk/v1 and /ofrep/v1). null: the server-wide FF_CORS_ORIGINS decides. A request with a client key from another Origin is refused with 403 and answered without CORS headers. */
      allowedOrigins?: components['schemas']['AllowedOrigins'] | null;
      version: components['schemas']['Version'];
      createdAt: components['schemas']['Timestamp'];
      updatedAt: components['schemas']['Timestamp'];
    };
    AllowedOrigins: string[];
    EnvironmentCreate: {
      key: components['schemas']['Key'];
      name: components['schemas']['Name'];
      color?: components['schemas']['Color'];
      /** @default false */
      protected: boolean;
      sortOrder?: number;
    };
    EnvironmentUpdate: {
      name?: components['schemas']['Name'];
      color?: components['schemas']['Color'];
      protected?: boolean;
      sortOrder?: number;
      /** @description Browser origins allowed to use this environment's client keys; null removes the list. */
      allowedOrigins?: components['schemas']['AllowedOrigins'] | null;
    };
    EnvironmentComparison: {
      environment: components['schemas']['Key'];
      with: components['schemas']['Key'];
      /** @description How many flags are configured the same. */
      identical: number;
      differences: {
        flag: components['schemas']['Key'];
        /** @description One entry per top-level field of the configuration that differs. */
        changes: {
          /** @enum {string} */
          field: 'on' | 'offVariation' | 'prerequisites' | 'targets' | 'rules' | 'fallthrough';
          environment?: components['schemas']['Json'];
          with?: components['schemas']['Json'];
        }[];
      }[];
    };
    SdkKey: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'server' | 'client';
      name: string;
      prefix: string;
      environment: components['schemas']['Key'];
      createdAt: components['schemas']['Timestamp'];
      /** @description Set on a rotated-out key; it stops working then. */
      expiresAt?: components['schemas']['Timestamp'] | null;
      revokedAt?: components['schemas']['Timestamp'] | null;
    };
    CreatedSdkKey: components['schemas']['SdkKey'] & {
      /** @description The secret. Shown once; stored only as a hash. */
      key: string;
    };
    /** @enum {string} */
    FlagKind: 'boolean' | 'string' | 'number' | 'json';
    Variation: {
      name: string;
      value: components['schemas']['Json'];
      description?: string;
    };
    Tags: string[];
    Flag: {
      key: components['schemas']['Key'];
      name: string;
      description: string;
      kind: components['schemas']['FlagKind'];
      variations: components['schemas']['Variation'][];
      tags: string[];
      owner: string | null;
      temporary: boolean;
      clientSide: boolean;
      archived: boolean;
      version: components['schemas']['Version'];
      createdAt: components['schemas']['Timestamp'];
      updatedAt: components['schemas']['Timestamp'];
      /**
       * @description Every environment's configuration, by environment key in the project's order (on get, create
       *     and update, and in lists with `environments=true`).
       */
      environments?: {
        [key: string]: components['schemas']['FlagEnvironment'];
      };
    };
    FlagCreate: {
      key: components['schemas']['Key'];
      name: components['schemas']['Name'];
      description?: components['schemas']['Description'];
      kind: components['schemas']['FlagKind'];
      /** @description Required unless kind is boolean (which defaults to `on` true, `off` false). */
      variations?: components['schemas']['Variation'][];
      tags?: components['schemas']['Tags'];
      owner?: string;
      /** @default true */
      temporary: boolean;
      /** @default false */
      clientSide: boolean;
      /** @description What new configurations serve when on (fallthrough) and off. Default off = last variation, on = first. */
      defaults?: {
        onVariation?: number;
        offVariation?: number;
      };
    };
    FlagUpdate: {
      name?: components['schemas']['Name'];
      description?: components['schemas']['Description'];
      variations?: components['schemas']['Variation'][];
      tags?: components['schemas']['Tags'];
      owner?: string | null;
      temporary?: boolean;
      clientSide?: boolean;
      comment?: components['schemas']['Comment'];
    };
    Clause: {
      attribute: string;
      /** @enum {string} */
      op:
        | 'in'
        | 'notIn'
        | 'contains'
        | 'startsWith'
        | 'endsWith'
        | 'matches'
        | 'lt'
        | 'lte'
        | 'gt'
        | 'gte'
        | 'before'
        | 'after'
        | 'semverEq'
        | 'semverLt'
        | 'semverGt'
        | 'segmentMatch';
      values: components['schemas']['Json'][];
      negate?: boolean;
    };
    WeightedVariation: {
      variation: number;
      weight: number;
    };
    Rollout: {
      /** @default key */
      bucketBy: string;
      salt?: string;
      /** @description Thousandths of a percent; they sum to 100000. */
      weights: components['schemas']['WeightedVariation'][];
    };
    Serve:
      | {
          variation: number;
        }
      | {
          rollout: components['schemas']['Rollout'];
        };
    Rule: {
      id: string;
      description?: string;
      clauses: components['schemas']['Clause'][];
      serve: components['schemas']['Serve'];
    };
    Prerequisite: {
      flag: components['schemas']['Key'];
      variation: number;
    };
    Target: {
      variation: number;
      values: string[];
    };
    /**
     * @description A flag's targeting in one environment; variations are referenced by index. As a `PUT` body it may
     *     be a `FlagEnvironment` exactly as `GET` returned it: the read-only fields (`flag`, `environment`,
     *     `version`, `updatedAt`) are accepted when they agree with the request and ignored, and refused
     *     (422, rule `read-only-fields`) when they contradict it.
     */
    FlagConfig: {
      /** @description Read-only, as GET returns it; when sent, the flag the URL names. */
      flag?: components['schemas']['Key'];
      /** @description Read-only, as GET returns it; when sent, the environment the URL names. */
      environment?: components['schemas']['Key'];
      /** @description Read-only, as GET returns it; when sent, the version `If-Match` names. */
      version?: components['schemas']['Version'];
      /** @description Read-only, as GET returns it; ignored. */
      updatedAt?: components['schemas']['Timestamp'];
      on: boolean;
      offVariation: number;
      prerequisites?: components['schemas']['Prerequisite'][];
      targets?: components['schemas']['Target'][];
      rules?: components['schemas']['Rule'][];
      fallthrough: components['schemas']['Serve'];
      comment?: components['schemas']['Comment'];
    };
    FlagEnvironment: {
      flag: components['schemas']['Key'];
      environment: components['schemas']['Key'];
      version: components['schemas']['Version'];
      on: boolean;
      offVariation: number;
      prerequisites: components['schemas']['Prerequisite'][];
      targets: components['schemas']['Target'][];
      rules: components['schemas']['Rule'][];
      fallthrough: components['schemas']['Serve'];
      updatedAt: components['schemas']['Timestamp'];
    };
    FlagConfigChange: {
      comment?: components['schemas']['Comment'];
      actions: components['schemas']['FlagConfigAction'][];
    };
    FlagConfigAction:
      | components['schemas']['ActionTurnOn']
      | components['schemas']['ActionTurnOff']
      | components['schemas']['ActionSetOffVariation']
      | components['schemas']['ActionSetFallthrough']
      | components['schemas']['ActionSetRollout']
      | components['schemas']['ActionAddTargets']
      | components['schemas']['ActionRemoveTargets']
      | components['schemas']['ActionAddRule']
      | components['schemas']['ActionUpdateRule']
      | components['schemas']['ActionRemoveRule']
      | components['schemas']['ActionReorderRules']
      | components['schemas']['ActionAddPrerequisite']
      | components['schemas']['ActionRemovePrerequisite'];
    ActionTurnOn: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'turnOn';
    };
    ActionTurnOff: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'turnOff';
    };
    ActionSetOffVariation: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'setOffVariation';
      variation: number;
    };
    ActionSetFallthrough: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'setFallthrough';
      serve: components['schemas']['Serve'];
    };
    /** @description Sets the fallthrough to a rollout (or, with `ruleId`, that rule's serve). */
    ActionSetRollout: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'setRollout';
      ruleId?: string;
      bucketBy?: string;
      salt?: string;
      weights: components['schemas']['WeightedVariation'][];
    };
    /** @description Adds context keys to the target of `variation` (created if missing), removing them from other targets. */
    ActionAddTargets: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'addTargets';
      variation: number;
      values: string[];
    };
    /** @description Removes context keys from the target of `variation` (or from every target without `variation`). */
    ActionRemoveTargets: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'removeTargets';
      variation?: number;
      values: string[];
    };
    /** @description Adds a rule at `index` (default last). Its `id` must be new; omit it to get a generated one. */
    ActionAddRule: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'addRule';
      index?: number;
      rule: {
        id?: string;
        description?: string;
        clauses: components['schemas']['Clause'][];
        serve: components['schemas']['Serve'];
      };
    };
    ActionUpdateRule: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'updateRule';
      id: string;
      rule: {
        description?: string;
        clauses?: components['schemas']['Clause'][];
        serve?: components['schemas']['Serve'];
      };
    };
    ActionRemoveRule: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'removeRule';
      id: string;
    };
    /** @description The rule ids in their new order; it must name every rule exactly once. */
    ActionReorderRules: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'reorderRules';
      ids: string[];
    };
    /** @description Adds a prerequisite, or changes the required variation of an existing one on the same flag. */
    ActionAddPrerequisite: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'addPrerequisite';
      flag: components['schemas']['Key'];
      variation: number;
    };
    ActionRemovePrerequisite: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'removePrerequisite';
      flag: components['schemas']['Key'];
    };
    /**
     * @default included
     * @enum {string}
     */
    MemberList: 'included' | 'excluded';
    SegmentRule: {
      id?: string;
      clauses: components['schemas']['Clause'][];
    };
    Segment: {
      key: components['schemas']['Key'];
      name: string;
      description: string;
      rules: components['schemas']['SegmentRule'][];
      includedCount: number;
      excludedCount: number;
      version: components['schemas']['Version'];
      createdAt: components['schemas']['Timestamp'];
      updatedAt: components['schemas']['Timestamp'];
    };
    SegmentCreate: {
      key: components['schemas']['Key'];
      name: components['schemas']['Name'];
      description?: components['schemas']['Description'];
      rules?: components['schemas']['SegmentRule'][];
      included?: string[];
      excluded?: string[];
    };
    SegmentUpdate: {
      name?: components['schemas']['Name'];
      description?: components['schemas']['Description'];
      rules?: components['schemas']['SegmentRule'][];
      comment?: components['schemas']['Comment'];
    };
    SegmentMember: {
      key: string;
      list: components['schemas']['MemberList'];
    };
    SegmentMembersChange: {
      add?: {
        included?: string[];
        excluded?: string[];
      };
      remove?: {
        included?: string[];
        excluded?: string[];
      };
      comment?: components['schemas']['Comment'];
    };
    InsightsSettings: {
      /** @description N of the stale rules (default 30). */
      staleAfterDays: number;
      /** @description Hourly counts kept this long (default 31). */
      hourlyRetentionDays: number;
      /** @description Daily counts kept this long (default 400). */
      dailyRetentionDays: number;
      version: number;
      /** @description True until the project sets its own. */
      isDefault: boolean;
    };
    InsightsSettingsInput: {
      staleAfterDays: number;
      hourlyRetentionDays: number;
      dailyRetentionDays: number;
    };
    InsightsSummary: {
      project: components['schemas']['Key'];
      /** @description Flags not archived. */
      flags: number;
      archivedFlags: number;
      segments: number;
      environments: number;
      evaluations: {
        last24h: number;
        last7d: number;
        last30d: number;
      };
      topFlags: {
        flag: components['schemas']['Key'];
        /** @description Over the last 30 days. */
        evaluations: number;
        /** @description One total per day, oldest first. */
        daily: number[];
        lastEvaluatedAt: components['schemas']['Timestamp'] | null;
      }[];
      /** @description Flags (not archived) that no SDK has reported evaluating in any environment. */
      neverEvaluated: components['schemas']['Key'][];
      connections: {
        environment: components['schemas']['Key'];
        streams: number;
      }[];
      /** @description How many flags listStaleFlags reports. */
      staleFlags: number;
      /** @description Of those, how many pushed code references still name (`ff refs --push`). */
      staleButReferenced?: number;
      generatedAt: components['schemas']['Timestamp'];
    };
    StaleFlag: {
      flag: components['schemas']['Key'];
      /** @enum {string} */
      reason: 'rolled-out' | 'not-evaluated' | 'never-evaluated' | 'archived-but-evaluated';
      /** @description The evidence, in one sentence. */
      detail: string;
      suggestedAction: string;
      archived: boolean;
      temporary: boolean;
      lastEvaluatedAt?: components['schemas']['Timestamp'] | null;
      /** @description `rolled-out`: the variation each environment serves to everyone. */
      servedVariations?: {
        environment: components['schemas']['Key'];
        variation: number;
        name: string;
      }[];
      /** @description Code references (`ff refs --push`) in every pushed repository; null until one is pushed. */
      references?: number | null;
    };
    CredentialUsage: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'server' | 'client' | 'personal' | 'service';
      name: string;
      prefix: string;
      environment?: components['schemas']['Key'];
      revoked?: boolean;
      lastUsedAt: components['schemas']['Timestamp'] | null;
      /** @description Today and yesterday (UTC days). */
      requests24h: number;
      /** @description The last 7 UTC days, today included. */
      requests7d: number;
      /** @description The last 30 UTC days, today included. */
      requests30d: number;
    };
    FlagUsage: {
      flag: components['schemas']['Key'];
      exists: boolean;
      /** @enum {string} */
      granularity: 'hour' | 'day';
      from: components['schemas']['Timestamp'];
      to: components['schemas']['Timestamp'];
      environments: {
        environment: components['schemas']['Key'];
        /** @description Evaluations in the range. */
        total: number;
        firstEvaluatedAt: components['schemas']['Timestamp'] | null;
        lastEvaluatedAt: components['schemas']['Timestamp'] | null;
      }[];
      series: {
        environment: components['schemas']['Key'];
        variation: number | null;
        variationName: string | null;
        total: number;
        points: {
          time: components['schemas']['Timestamp'];
          count: number;
        }[];
      }[];
    };
    CodeReferencesPush: {
      branch: string;
      /** @description The scanned commit (hex). */
      commit: string;
      flags: {
        key: components['schemas']['Key'];
        references: number;
        locations: components['schemas']['CodeLocation'][];
      }[];
    };
    CodeLocation: {
      path: string;
      line: number;
      /**
       * @description How it names the flag: a quoted key, an alias (a codegen constant), an SDK call, a configured pattern.
       * @enum {string}
       */
      kind?: 'literal' | 'alias' | 'call' | 'pattern';
    };
    CodeReferenceRepository: {
      repository: string;
      branch: string;
      commit: string;
      /** Format: date-time */
      pushedAt: string;
      /** @description Flags referenced. */
      flags: number;
      /** @description References in all. */
      references: number;
      /** @description Referenced keys of archived flags. */
      archivedFlags: string[];
      /** @description Referenced keys the project has no flag for. */
      unknownFlags: string[];
    };
    CodeReferences: {
      repositories: components['schemas']['CodeReferenceRepository'][];
      flags: {
        key: string;
        /** @description Whether the project has a flag with this key. */
        exists: boolean;
        archived: boolean;
        references: number;
        repositories: number;
        locations: {
          repository: string;
          path: string;
          line: number;
          /** @enum {string} */
          kind?: 'literal' | 'alias' | 'call' | 'pattern';
        }[];
      }[];
    };
    /**
     * @description `organization` marks organization-wide events such as the first-start demo seed.
     * @enum {string}
     */
    ResourceType:
      | 'organization'
      | 'project'
      | 'environment'
      | 'flag'
      | 'flag_config'
      | 'segment'
      | 'segment_members'
      | 'sdk_key'
      | 'api_token'
      | 'member'
      | 'experiment'
      | 'metric'
      | 'insights_settings'
      | 'schedule'
      | 'webhook'
      | 'change_request'
      | 'code_references';
    /** @description One audit entry as the change stream sends it (`GET /api/v1/audit/{id}` has before/after). */
    ChangeEvent: {
      /** @description The audit entry id (the SSE event id). */
      id: string;
      /** @description e.g. flag.create, flag_config.change, segment.delete */
      action: string;
      resourceType: components['schemas']['ResourceType'];
      /** @description e.g. projects/demo/flags/new-checkout/environments/production */
      resource: string;
      actor: {
        email?: string | null;
        tokenName?: string | null;
      };
      comment?: string | null;
      revertOf?: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description The resource's version before and after the change, where it has one. */
      versions: {
        before?: number | null;
        after?: number | null;
      };
    };
    AuditEntry: {
      /** @description Monotonic; use it to revert. */
      id: string;
      /** @description e.g. flag.create, flag_config.change, segment.delete */
      action: string;
      resourceType: components['schemas']['ResourceType'];
      /** @description e.g. projects/demo/flags/new-checkout/environments/production */
      resource: string;
      actor: {
        userId?: string | null;
        email?: string | null;
        tokenId: string | null;
        tokenName?: string | null;
      };
      comment?: string | null;
      /** @description The entry this one reverted, if it is a revert. */
      revertOf?: string | null;
      before: components['schemas']['Json'];
      after: components['schemas']['Json'];
      requestId: string | null;
      /** @description Where the change came from. `ip` is the client's address: the connection's peer, or, when the peer is a proxy the server trusts (`FF_TRUSTED_PROXIES`), the address `X-Forwarded-For` names past the trusted proxies. `userAgent` is the request's `User-Agent`, at most 512 characters. Null when unknown (entries older than this field, changes made outside a request). */
      source: {
        ip: string | null;
        userAgent: string | null;
      };
      createdAt: components['schemas']['Timestamp'];
    };
    /**
     * @description Who or what a flag is evaluated for: `key` identifies it for targeting and bucketing; every other
     *     member is an attribute clauses may test (`emailDomain` is derived from `email`). It nests at most
     *     65 levels deep (422 beyond, rule `nesting-depth`).
     */
    EvaluationContext: {
      key?: string;
    } & {
      [key: string]: unknown;
    };
    SdkSegment: {
      key: components['schemas']['Key'];
      included: string[];
      excluded: string[];
      rules: components['schemas']['SegmentRule'][];
    };
    /** @description A flag's definition with its configuration in the ruleset's environment. */
    SdkRulesetFlag: {
      key: components['schemas']['Key'];
      kind: components['schemas']['FlagKind'];
      variations: components['schemas']['Variation'][];
      clientSide: boolean;
      version: components['schemas']['Version'];
      config: components['schemas']['FlagConfig'];
    };
    /**
     * @description One environment's ruleset, the document `@ff/engine`'s `compileRuleset` takes: every flag that is
     *     not archived, and the segments those flags reference (directly or through other segments).
     */
    SdkRuleset: {
      /** @description The environment's version. */
      version: number;
      flags: {
        [key: string]: components['schemas']['SdkRulesetFlag'];
      };
      segments: {
        [key: string]: components['schemas']['SdkSegment'];
      };
    };
    /** @enum {string} */
    EvaluationReason: 'DISABLED' | 'PREREQUISITE_FAILED' | 'TARGETING_MATCH' | 'SPLIT' | 'DEFAULT' | 'ERROR';
    /** @enum {string} */
    EvaluationErrorCode:
      | 'PROVIDER_NOT_READY'
      | 'FLAG_NOT_FOUND'
      | 'PARSE_ERROR'
      | 'TYPE_MISMATCH'
      | 'TARGETING_KEY_MISSING'
      | 'INVALID_CONTEXT'
      | 'PROVIDER_FATAL'
      | 'GENERAL';
    /**
     * @description OpenFeature's standard reasons, the only ones OFREP sends (other OpenFeature SDKs map the reason to
     *     an enum of these). ff's own reason is in the metadata's `ffReason`.
     * @enum {string}
     */
    OpenFeatureReason:
      | 'STATIC'
      | 'DEFAULT'
      | 'TARGETING_MATCH'
      | 'SPLIT'
      | 'CACHED'
      | 'DISABLED'
      | 'UNKNOWN'
      | 'STALE'
      | 'ERROR';
    /** @description One client-side flag evaluated for a context (the engine's result without its message). */
    ClientFlagValue: {
      value: components['schemas']['Json'];
      variant?: string;
      variationIndex?: number;
      reason: components['schemas']['EvaluationReason'];
      ruleId?: string;
      ruleIndex?: number;
      errorCode?: components['schemas']['EvaluationErrorCode'];
      /**
       * @description Present (true) when the value is this context's variant of a running experiment on the flag:
       *     served by the experiment's split, in the variant it enrolls the context's key in (the engine's
       *     `isExposure`). The browser SDK reports an exposure (`POST /sdk/v1/events`) the first time the
       *     page reads such a flag for a context. Experiment keys, salts and weights stay on the server.
       * @enum {boolean}
       */
      inExperiment?: true;
    };
    ClientEvaluation: {
      /** @description The environment's version. */
      version: number;
      flags: {
        [key: string]: components['schemas']['ClientFlagValue'];
      };
    };
    /**
     * @description Milliseconds since 1970-01-01T00:00:00Z, up to the last millisecond of the year 9999: the range
     *     ISO 8601 and PostgreSQL write with four-digit years (422 beyond).
     */
    EpochMillis: number;
    /** @enum {string} */
    ExperimentStatus: 'draft' | 'running' | 'paused' | 'stopped';
    ExperimentVariant: {
      key: components['schemas']['Key'];
      /** @description Relative weight; the weights need not sum to 100. */
      weight: number;
    };
    /** @description Who can be enrolled; null is everyone, `segment` the members of one segment. */
    ExperimentPopulation: null | {
      segment: components['schemas']['Key'];
    };
    ExperimentDecision: null | {
      winner: components['schemas']['Key'] | null;
      notes: string;
      /** @description The winner was rolled out to everyone in the stopping step. */
      rolledOut: boolean;
      /** @description `guardrail` when the guardrail worker stopped the experiment. */
      reason?: string;
      evidence?: {
        [key: string]: unknown;
      };
    };
    Experiment: {
      key: components['schemas']['Key'];
      name: string;
      hypothesis: string;
      description: string;
      environment: components['schemas']['Key'];
      flag: components['schemas']['Key'];
      variants: components['schemas']['ExperimentVariant'][];
      /** @description Percent of the population enrolled (0 < allocation ≤ 100). */
      allocation: number;
      population: components['schemas']['ExperimentPopulation'];
      salt: string;
      primaryMetric: components['schemas']['Key'] | null;
      secondaryMetrics: components['schemas']['Key'][];
      guardrailMetrics: components['schemas']['Key'][];
      /** @description A guardrail metric whose sequential test shows significant harm stops the experiment (control served). */
      autoStop: boolean;
      status: components['schemas']['ExperimentStatus'];
      archived: boolean;
      startedAt: components['schemas']['Timestamp'] | null;
      stoppedAt: components['schemas']['Timestamp'] | null;
      decision: components['schemas']['ExperimentDecision'];
      version: components['schemas']['Version'];
      createdAt: components['schemas']['Timestamp'];
      updatedAt: components['schemas']['Timestamp'];
    };
    ExperimentCreate: {
      /** @description kebab-case. */
      key: string;
      name?: string;
      hypothesis?: string;
      description?: string;
      environment: components['schemas']['Key'];
      /** @description An existing flag whose variations are the variants; absent, a string flag with the experiment's key is created. */
      flag?: components['schemas']['Key'];
      variants: components['schemas']['ExperimentVariant'][];
      /** @default 100 */
      allocation: number;
      population?: components['schemas']['ExperimentPopulation'];
      salt?: string;
      primaryMetric?: components['schemas']['Key'] | null;
      secondaryMetrics?: components['schemas']['Key'][];
      guardrailMetrics?: components['schemas']['Key'][];
      /** @default false */
      autoStop: boolean;
    };
    ExperimentUpdate: {
      name?: string;
      hypothesis?: string;
      description?: string;
      variants?: components['schemas']['ExperimentVariant'][];
      allocation?: number;
      population?: components['schemas']['ExperimentPopulation'];
      salt?: string;
      primaryMetric?: components['schemas']['Key'] | null;
      secondaryMetrics?: components['schemas']['Key'][];
      guardrailMetrics?: components['schemas']['Key'][];
      autoStop?: boolean;
    };
    ExperimentTransition: {
      /** @enum {string} */
      action: 'launch' | 'pause' | 'stop' | 'archive';
      /** @description `stop` only: the variant that won. */
      winner?: components['schemas']['Key'];
      /**
       * @description `stop` with `winner`: serve the winner to everyone in the same step.
       * @default false
       */
      rollout: boolean;
      notes?: string;
    };
    ExperimentInterval: {
      lower: number;
      upper: number;
      estimate: number;
    };
    ExperimentVariantResult: {
      variant: components['schemas']['Key'];
      units: number;
      /** @description Binomial metrics. */
      conversions?: number;
      rate?: number;
      /** @description Count and sum metrics (per unit). */
      mean?: number;
      sum?: number;
      sumSquares?: number;
      control?: boolean;
      /** @description Pooled two-proportion z (binomial, treatments). */
      zScore?: number;
      tStatistic?: number;
      pValue?: number;
      /** @description Holm-adjusted across treatments and metrics. */
      adjustedPValue?: number;
      /** @description Always valid: may be looked at any time. */
      sequentialPValue?: number;
      absoluteLift?: components['schemas']['ExperimentInterval'];
      relativeLift?: components['schemas']['ExperimentInterval'];
      chanceToWin?: number;
      expectedLoss?: number;
      significant?: boolean;
    };
    ExperimentMetricResult: {
      metric: components['schemas']['Key'];
      kind: components['schemas']['MetricKind'];
      /** @enum {string} */
      role: 'primary' | 'secondary' | 'guardrail';
      /** @enum {string} */
      direction: 'higher' | 'lower';
      variants: components['schemas']['ExperimentVariantResult'][];
      /** @description The treatment significantly better than control in the metric's direction, if any. */
      winner?: components['schemas']['Key'] | null;
    };
    ExperimentResults: {
      experiment: components['schemas']['Key'];
      status: components['schemas']['ExperimentStatus'];
      computedAt: components['schemas']['Timestamp'];
      alpha: number;
      /** @description Exposed units per variant, in variant order. */
      units: {
        variant: components['schemas']['Key'];
        units: number;
        expectedShare: number;
      }[];
      srm: {
        chiSquare: number;
        pValue: number;
        /** @description p < 0.001: the split does not match the weights. */
        mismatch: boolean;
      };
      metrics: components['schemas']['ExperimentMetricResult'][];
    };
    ExperimentSampleSize: {
      perVariant: number;
      total: number;
      variants: number;
      /** @description Units exposed per day since launch (null before it ran). */
      enrollmentPerDay: number | null;
      /** @description Days to reach `total` at that rate (null without a rate). */
      days: number | null;
    };
    /**
     * @description `binomial`: the unit sent the event within `windowHours` of its first exposure (the seed's
     *     conversions within 7 days); `count`: how many such events per unit (clicks); `sum`: the summed
     *     `value` per unit (revenue), its mean compared. `cap` caps each unit's count or sum.
     * @enum {string}
     */
    MetricKind: 'binomial' | 'count' | 'sum';
    MetricDefinition: {
      key: components['schemas']['Key'];
      name: string;
      description: string;
      kind: components['schemas']['MetricKind'];
      /** @description The tracked event name (`track(name, value?)`). */
      event: string;
      windowHours: number;
      cap: number | null;
      /** @enum {string} */
      direction: 'higher' | 'lower';
      version: components['schemas']['Version'];
      createdAt: components['schemas']['Timestamp'];
      updatedAt: components['schemas']['Timestamp'];
    };
    MetricDefinitionCreate: {
      key: components['schemas']['Key'];
      name?: string;
      description?: string;
      kind: components['schemas']['MetricKind'];
      event: string;
      /** @default 168 */
      windowHours: number;
      cap?: number | null;
      /**
       * @default higher
       * @enum {string}
       */
      direction: 'higher' | 'lower';
    };
    MetricDefinitionUpdate: {
      name?: string;
      description?: string;
      event?: string;
      windowHours?: number;
      cap?: number | null;
      /** @enum {string} */
      direction?: 'higher' | 'lower';
    };
    SdkExperiment: {
      key: components['schemas']['Key'];
      flag: components['schemas']['Key'];
      salt: string;
      allocation: number;
      variants: components['schemas']['ExperimentVariant'][];
      population: components['schemas']['ExperimentPopulation'];
    };
    SdkExperimentRequest: {
      context: components['schemas']['EvaluationContext'];
    };
    SdkAssignment: {
      variant: components['schemas']['Key'] | null;
      /** @description This call stored the assignment (assign only). */
      isNew: boolean;
    };
    /**
     * @description At most 10,000 items in all (summaries + exposures + events) and 1 MiB; a larger batch is refused
     *     whole (413), as is one with an invalid item (422). A time (`start`, `end`, `timestamp`) later than
     *     the moment the server receives the batch is stored as that moment: nothing happens after it is
     *     reported, so a later time is a device clock running ahead.
     */
    SdkEventBatch: {
      /**
       * @description The SDK's id of this batch, sent again unchanged on a retry: a batch whose id the environment
       *     already counted (within a day) is accepted and not counted again, on any replica.
       */
      batchId?: string;
      summaries?: {
        flag: components['schemas']['Key'];
        /** @description The index of the variation served, or null when the default was. */
        variation: number | null;
        count: number;
        start: components['schemas']['EpochMillis'];
        end: components['schemas']['EpochMillis'];
      }[];
      exposures?: {
        flag: components['schemas']['Key'];
        variation: number;
        contextKey: string;
        timestamp: components['schemas']['EpochMillis'];
      }[];
      events?: {
        name: string;
        contextKey: string;
        value?: number;
        timestamp: components['schemas']['EpochMillis'];
      }[];
    };
    /**
     * @description OpenFeature's evaluation context; `targetingKey` is ff's context `key`. It nests at most 65 levels
     *     deep (INVALID_CONTEXT beyond).
     */
    OfrepContext: {
      targetingKey?: string;
    } & {
      [key: string]: unknown;
    };
    OfrepRequest: {
      context?: components['schemas']['OfrepContext'];
    };
    /**
     * @description Flag metadata (OpenFeature allows strings, numbers and booleans), named as `@ff/engine/openfeature`'s
     *     FLAG_METADATA: `ffReason` (ff's own reason, e.g. PREREQUISITE_FAILED where `reason` is DISABLED),
     *     `variationIndex`, `ruleId`, `ruleIndex`, `prerequisiteKey` (server keys only), `flagVersion`,
     *     `environmentVersion`.
     */
    OfrepMetadata: {
      [key: string]: string | number | boolean;
    };
    OfrepSuccess: {
      key: string;
      value: components['schemas']['Json'];
      reason: components['schemas']['OpenFeatureReason'];
      variant?: string;
      metadata?: components['schemas']['OfrepMetadata'];
    };
    OfrepFailure: {
      key: string;
      errorCode: components['schemas']['EvaluationErrorCode'];
      errorDetails?: string;
      metadata?: components['schemas']['OfrepMetadata'];
    };
    OfrepBulkFailure: {
      errorCode: components['schemas']['EvaluationErrorCode'];
      errorDetails?: string;
    };
    OfrepGeneralError: {
      errorDetails?: string;
    };
  };
  responses: {
    /** @description An error, as RFC 9457 problem details. */
    Problem: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description An OFREP error (unknown or revoked key, a key of the wrong kind, a server fault). */
    OfrepError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['OfrepGeneralError'];
      };
    };
    /** @description Too many requests: the credential used its requests for the current window (then with the `RateLimit-*` fields), or a route's own limit was reached (failed sign-ins, open streams per key). Retry after `Retry-After` seconds. */
    TooManyRequests: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        'RateLimit-Limit': components['headers']['RateLimitLimit'];
        'RateLimit-Remaining': components['headers']['RateLimitRemaining'];
        'RateLimit-Reset': components['headers']['RateLimitReset'];
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The SDK key used its requests for the current window; retry after `Retry-After` seconds. */
    OfrepTooManyRequests: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        'RateLimit-Limit': components['headers']['RateLimitLimit'];
        'RateLimit-Remaining': components['headers']['RateLimitRemaining'];
        'RateLimit-Reset': components['headers']['RateLimitReset'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['OfrepGeneralError'];
      };
    };
  };
  parameters: {
    Project: components['schemas']['Key'];
    Env: components['schemas']['Key'];
    Flag: components['schemas']['Key'];
    Segment: components['schemas']['Key'];
    KeyId: string;
    TokenId: string;
    MemberId: string;
    EntryId: string;
    Experiment: components['schemas']['Key'];
    Metric: components['schemas']['Key'];
    /** @description A repository name as `ff refs` derives it (the git remote's last path segment). */
    Repository: string;
    WebhookKey: components['schemas']['Key'];
    ChangeRequestId: string;
    ScheduleId: string;
    /** @description The `ETag` you last received; an unchanged resource answers 304 with no body. */
    IfNoneMatch: string;
    /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
    IfMatch: string;
    /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
    IfMatchRequired: string;
    Limit: number;
    /** @description `nextCursor` from the previous page. */
    Cursor: string;
    /** @description A resource path such as `projects/demo/flags/new-checkout`; matches it and everything under it. */
    AuditResource: string;
    AuditResourceType: components['schemas']['ResourceType'];
    /** @description A user's email, or a token id. */
    AuditActor: string;
    AuditAction: string;
    AuditSince: string;
    AuditUntil: string;
  };
  requestBodies: never;
  headers: {
    /** @description The resource's version, quoted (`"7"`); send it back in `If-Match`. */
    ETag: string;
    /** @description The URL of the created resource. */
    Location: string;
    /** @description Seconds to wait before trying again. */
    RetryAfter: number;
    /** @description Requests the credential may make per window (sent on every rate-limited route). */
    RateLimitLimit: number;
    /** @description Requests the credential has left in the current window. */
    RateLimitRemaining: number;
    /** @description Seconds until the current window ends and the count starts again. */
    RateLimitReset: number;
    /**
     * @description `false` when the write asked for what the resource already is: nothing was written (the same
     *     version and `ETag`, no audit entry, no change event for SDKs). `true` when it changed.
     */
    Changed: 'true' | 'false';
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ready. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      503: components['responses']['Problem'];
    };
  };
  getMetrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus text exposition format. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          password: string;
          /** @default login */
          tokenName?: string;
        };
      };
    };
    responses: {
      /** @description Signed in; the token secret is shown once. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedToken'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  acceptInvite: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          inviteCode: string;
          name?: string;
          password?: string;
        };
      };
    };
    responses: {
      /** @description Membership active; a personal token is returned once. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedToken'];
        };
      };
      400: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The caller. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      401: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Tokens (never their secrets). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ApiToken'][];
          };
        };
      };
      401: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  createToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /**
           * @default personal
           * @enum {string}
           */
          kind?: 'personal' | 'service';
          /** @description Service tokens only; the role they act with. */
          role?: components['schemas']['Role'];
          /** @description Service tokens with role project_admin only. */
          project?: components['schemas']['Key'];
          expiresInDays?: number;
        };
      };
    };
    responses: {
      /** @description Created; the secret is shown once. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedToken'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  revokeToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tokenId: components['parameters']['TokenId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listMembers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Members. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Member'][];
          };
        };
      };
      401: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  inviteMember: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          role: components['schemas']['Role'];
          /** @description Required for project_admin, forbidden otherwise. */
          project?: components['schemas']['Key'];
        };
      };
    };
    responses: {
      /** @description Pending membership. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Invitation'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  removeMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        memberId: components['parameters']['MemberId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  updateMember: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        memberId: components['parameters']['MemberId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          role: components['schemas']['Role'];
          project?: components['schemas']['Key'];
        };
      };
    };
    responses: {
      /** @description Updated. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Member'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      412: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listProjects: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Projects of the organization. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Project'][];
          };
        };
      };
      401: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  createProject: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "key": "checkout",
         *       "name": "Checkout",
         *       "environments": [
         *         {
         *           "key": "development",
         *           "name": "Development"
         *         },
         *         {
         *           "key": "production",
         *           "name": "Production",
         *           "protected": true
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['ProjectCreate'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          ETag: components['headers']['ETag'];
          Location: components['headers']['Location'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Project'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The project with its environments. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Project'];
        };
      };
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  deleteProject: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      412: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  updateProject: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProjectUpdate'];
        'application/merge-patch+json': components['schemas']['ProjectUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Project'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      412: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listEnvironments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Environments in display order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Environment'][];
          };
        };
      };
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  createEnvironment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EnvironmentCreate'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          ETag: components['headers']['ETag'];
          Location: components['headers']['Location'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getEnvironment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The environment. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  deleteEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      412: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  updateEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EnvironmentUpdate'];
        'application/merge-patch+json': components['schemas']['EnvironmentUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      412: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  cloneEnvironment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EnvironmentCreate'];
      };
    };
    responses: {
      /** @description The new environment. */
      201: {
        headers: {
          ETag: components['headers']['ETag'];
          Location: components['headers']['Location'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  compareEnvironments: {
    parameters: {
      query: {
        with: components['schemas']['Key'];
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The differences. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnvironmentComparison'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getEnvironmentRuleset: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last received; an unchanged resource answers 304 with no body. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The ruleset. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SdkRuleset'];
        };
      };
      /** @description Not modified since the ETag in If-None-Match. */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listSdkKeys: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The environment's SDK keys (never their secrets). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SdkKey'][];
          };
        };
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  createSdkKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'server' | 'client';
          name?: string;
        };
      };
    };
    responses: {
      /** @description Created; the secret is shown once. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedSdkKey'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  revokeSdkKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
        keyId: components['parameters']['KeyId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  rotateSdkKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
        keyId: components['parameters']['KeyId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** @default 3600 */
          overlapSeconds?: number;
        };
      };
    };
    responses: {
      /** @description The new key (secret shown once); the old key now has `expiresAt`. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedSdkKey'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listFlags: {
    parameters: {
      query?: {
        /** @description Only flags with this tag. */
        tag?: string;
        /** @description `false` (default) lists live flags, `true` archived ones. */
        archived?: boolean;
        /** @description Case-insensitive search in key, name and description. */
        q?: string;
        /**
         * @description `true` includes each flag's configuration in every environment (`environments`, as GET of
         *     one flag returns it), so a list of flags with their state needs one request, not one per flag.
         */
        environments?: boolean;
        limit?: components['parameters']['Limit'];
        /** @description `nextCursor` from the previous page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Flags by key, with their per-environment configurations when `environments=true`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Flag'][];
            nextCursor: components['schemas']['NextCursor'];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  createFlag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "key": "checkout-flow",
         *       "name": "Checkout flow",
         *       "kind": "string",
         *       "variations": [
         *         {
         *           "name": "control",
         *           "value": "classic"
         *         },
         *         {
         *           "name": "treatment",
         *           "value": "one-page"
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['FlagCreate'];
      };
    };
    responses: {
      /** @description Created, with every environment's configuration. */
      201: {
        headers: {
          ETag: components['headers']['ETag'];
          Location: components['headers']['Location'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flag'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getFlag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The flag with every environment's configuration. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flag'];
        };
      };
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  deleteFlag: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      412: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  updateFlag: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FlagUpdate'];
        'application/merge-patch+json': components['schemas']['FlagUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'FF-Changed': components['headers']['Changed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flag'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      412: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  archiveFlag: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Archived (`FF-Changed: false` for archiving an archived flag: nothing is written). */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'FF-Changed': components['headers']['Changed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flag'];
        };
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      412: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  unarchiveFlag: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Live again (`FF-Changed: false` for bringing back a live flag: nothing is written). */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'FF-Changed': components['headers']['Changed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flag'];
        };
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      412: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  copyFlagConfig: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          from: components['schemas']['Key'];
          to: components['schemas']['Key'];
          comment?: components['schemas']['Comment'];
        };
      };
    };
    responses: {
      /** @description The target environment's configuration after the copy. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'FF-Changed': components['headers']['Changed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlagEnvironment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      412: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getFlagConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The flag's configuration in this environment. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlagEnvironment'];
        };
      };
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  replaceFlagConfig: {
    parameters: {
      query?: never;
      header: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match': components['parameters']['IfMatchRequired'];
      };
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FlagConfig'];
      };
    };
    responses: {
      /** @description Replaced. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'FF-Changed': components['headers']['Changed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlagEnvironment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      412: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      428: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  changeFlagConfig: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "comment": "25% of production",
         *       "actions": [
         *         {
         *           "kind": "turnOn"
         *         },
         *         {
         *           "kind": "setRollout",
         *           "weights": [
         *             {
         *               "variation": 0,
         *               "weight": 25000
         *             },
         *             {
         *               "variation": 1,
         *               "weight": 75000
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['FlagConfigChange'];
      };
    };
    responses: {
      /** @description The configuration after the change. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'FF-Changed': components['headers']['Changed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlagEnvironment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      412: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  createSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "comment": "canary",
         *       "steps": [
         *         {
         *           "at": "2026-12-03T09:00:00Z",
         *           "actions": [
         *             {
         *               "kind": "setRollout",
         *               "weights": [
         *                 {
         *                   "variation": 0,
         *                   "weight": 5000
         *                 },
         *                 {
         *                   "variation": 1,
         *                   "weight": 95000
         *                 }
         *               ]
         *             }
         *           ]
         *         },
         *         {
         *           "at": "2026-12-04T09:00:00Z",
         *           "actions": [
         *             {
         *               "kind": "setRollout",
         *               "weights": [
         *                 {
         *                   "variation": 0,
         *                   "weight": 25000
         *                 },
         *                 {
         *                   "variation": 1,
         *                   "weight": 75000
         *                 }
         *               ]
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['ScheduleCreate'];
      };
    };
    responses: {
      /** @description The schedule, active. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Schedule'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listSchedules: {
    parameters: {
      query?: {
        /** @description Only schedules in this state. */
        status?: components['schemas']['ScheduleStatus'];
        flag?: components['schemas']['Key'];
        limit?: components['parameters']['Limit'];
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Schedules with their steps. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Schedule'][];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        schedule: components['parameters']['ScheduleId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The schedule. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Schedule'];
        };
      };
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  transitionSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        schedule: components['parameters']['ScheduleId'];
        transition: 'pause' | 'resume' | 'cancel';
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          comment?: components['schemas']['Comment'];
        };
      };
    };
    responses: {
      /** @description The schedule after the transition. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Schedule'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Webhooks by key (never their secrets). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Webhook'][];
          };
        };
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookCreate'];
      };
    };
    responses: {
      /** @description The webhook, with its secret (shown this once). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookWithSecret'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        webhook: components['parameters']['WebhookKey'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Webhook'];
        };
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        webhook: components['parameters']['WebhookKey'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      412: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  updateWebhook: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        webhook: components['parameters']['WebhookKey'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookUpdate'];
      };
    };
    responses: {
      /** @description The webhook after the change. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Webhook'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      412: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  testWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        webhook: components['parameters']['WebhookKey'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The test delivery, attempted once (not retried). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDelivery'];
        };
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        limit?: components['parameters']['Limit'];
        status?: 'pending' | 'delivered' | 'failed';
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
        webhook: components['parameters']['WebhookKey'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deliveries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['WebhookDelivery'][];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  redeliverWebhookDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        webhook: components['parameters']['WebhookKey'];
        delivery: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new delivery, pending. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDelivery'];
        };
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getApprovalSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The settings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalSettings'];
        };
      };
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  putApprovalSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        env: components['parameters']['Env'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApprovalSettings'];
      };
    };
    responses: {
      /** @description The settings now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalSettings'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listChangeRequests: {
    parameters: {
      query?: {
        status?: components['schemas']['ChangeRequestStatus'];
        limit?: components['parameters']['Limit'];
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Change requests. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ChangeRequest'][];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  createChangeRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeRequestCreate'];
      };
    };
    responses: {
      /** @description The pending request. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangeRequest'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getChangeRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        changeRequest: components['parameters']['ChangeRequestId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The change request. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangeRequest'];
        };
      };
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  decideChangeRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        changeRequest: components['parameters']['ChangeRequestId'];
        decision: 'approve' | 'reject';
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          comment?: components['schemas']['Comment'];
        };
      };
    };
    responses: {
      /** @description The change request after the decision. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangeRequest'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listSegments: {
    parameters: {
      query?: {
        limit?: components['parameters']['Limit'];
        /** @description `nextCursor` from the previous page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Segments by key (member counts, not members). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Segment'][];
            nextCursor: components['schemas']['NextCursor'];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  createSegment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SegmentCreate'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          ETag: components['headers']['ETag'];
          Location: components['headers']['Location'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Segment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getSegment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        segment: components['parameters']['Segment'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The segment (member counts; members are listed separately). */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Segment'];
        };
      };
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  deleteSegment: {
    parameters: {
      query?: {
        force?: boolean;
      };
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        segment: components['parameters']['Segment'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      412: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  updateSegment: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        segment: components['parameters']['Segment'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SegmentUpdate'];
        'application/merge-patch+json': components['schemas']['SegmentUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'FF-Changed': components['headers']['Changed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Segment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      412: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listSegmentMembers: {
    parameters: {
      query?: {
        list?: components['schemas']['MemberList'];
        limit?: components['parameters']['Limit'];
        /** @description `nextCursor` from the previous page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
        segment: components['parameters']['Segment'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Members in key order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SegmentMember'][];
            nextCursor: components['schemas']['NextCursor'];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  changeSegmentMembers: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        segment: components['parameters']['Segment'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SegmentMembersChange'];
      };
    };
    responses: {
      /** @description The segment after the change. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Segment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      412: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  exportSegmentMembers: {
    parameters: {
      query?: {
        list?: components['schemas']['MemberList'];
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
        segment: components['parameters']['Segment'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One key per line, as a JSON string. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': string;
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  importSegmentMembers: {
    parameters: {
      query?: {
        list?: components['schemas']['MemberList'];
        mode?: 'merge' | 'replace';
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
        segment: components['parameters']['Segment'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description Imported. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            list: components['schemas']['MemberList'];
            /** @enum {string} */
            mode: 'merge' | 'replace';
            lines: number;
            added: number;
            removed: number;
            segment: components['schemas']['Segment'];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  streamProjectChanges: {
    parameters: {
      query?: never;
      header?: {
        'Last-Event-ID'?: string;
      };
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An event stream. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Problem'];
    };
  };
  listExperiments: {
    parameters: {
      query?: {
        limit?: components['parameters']['Limit'];
        /** @description `nextCursor` from the previous page. */
        cursor?: components['parameters']['Cursor'];
        status?: components['schemas']['ExperimentStatus'];
        archived?: boolean;
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Experiments by key. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Experiment'][];
            nextCursor: components['schemas']['NextCursor'];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  createExperiment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExperimentCreate'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          ETag: components['headers']['ETag'];
          Location: components['headers']['Location'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Experiment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getExperiment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        experiment: components['parameters']['Experiment'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The experiment. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Experiment'];
        };
      };
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  updateExperiment: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        experiment: components['parameters']['Experiment'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExperimentUpdate'];
        'application/merge-patch+json': components['schemas']['ExperimentUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'FF-Changed': components['headers']['Changed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Experiment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      412: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  transitionExperiment: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        experiment: components['parameters']['Experiment'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExperimentTransition'];
      };
    };
    responses: {
      /** @description The experiment after the transition. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Experiment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      412: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getExperimentResults: {
    parameters: {
      query?: {
        alpha?: number;
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
        experiment: components['parameters']['Experiment'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The results. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExperimentResults'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getExperimentSampleSize: {
    parameters: {
      query: {
        /** @description The control conversion rate (0..1). */
        baseline: number;
        /** @description The relative minimum detectable effect (0.1 = 10 %). */
        mde: number;
        power?: number;
        alpha?: number;
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
        experiment: components['parameters']['Experiment'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sample size. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExperimentSampleSize'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listMetricDefinitions: {
    parameters: {
      query?: {
        limit?: components['parameters']['Limit'];
        /** @description `nextCursor` from the previous page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Metric definitions by key. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['MetricDefinition'][];
            nextCursor: components['schemas']['NextCursor'];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  createMetricDefinition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MetricDefinitionCreate'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          ETag: components['headers']['ETag'];
          Location: components['headers']['Location'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricDefinition'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getMetricDefinition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        metric: components['parameters']['Metric'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The metric definition. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricDefinition'];
        };
      };
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  updateMetricDefinition: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
        metric: components['parameters']['Metric'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MetricDefinitionUpdate'];
        'application/merge-patch+json': components['schemas']['MetricDefinitionUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'FF-Changed': components['headers']['Changed'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricDefinition'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      412: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getInsightsSummary: {
    parameters: {
      query?: {
        top?: number;
        days?: number;
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The summary. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InsightsSummary'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listStaleFlags: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stale flags, by flag key. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            staleAfterDays: number;
            items: components['schemas']['StaleFlag'][];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getInsightsSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The settings. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InsightsSettings'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  updateInsightsSettings: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last saw; the write is refused with 412 if the resource changed since. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InsightsSettingsInput'];
      };
    };
    responses: {
      /** @description The settings now. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InsightsSettings'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      412: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getSdkKeyUsage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One item per key. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['CredentialUsage'][];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getApiTokenUsage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One item per token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['CredentialUsage'][];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getFlagUsage: {
    parameters: {
      query?: {
        granularity?: 'hour' | 'day';
        from?: components['schemas']['Timestamp'];
        to?: components['schemas']['Timestamp'];
        environment?: components['schemas']['Key'];
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
        flag: components['parameters']['Flag'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The series. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlagUsage'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listCodeReferences: {
    parameters: {
      query?: {
        flag?: components['schemas']['Key'];
      };
      header?: never;
      path: {
        project: components['parameters']['Project'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The references. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CodeReferences'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  putCodeReferences: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        /** @description A repository name as `ff refs` derives it (the git remote's last path segment). */
        repository: components['parameters']['Repository'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CodeReferencesPush'];
      };
    };
    responses: {
      /** @description Stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CodeReferenceRepository'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  deleteCodeReferences: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project: components['parameters']['Project'];
        /** @description A repository name as `ff refs` derives it (the git remote's last path segment). */
        repository: components['parameters']['Repository'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listAudit: {
    parameters: {
      query?: {
        /** @description A resource path such as `projects/demo/flags/new-checkout`; matches it and everything under it. */
        resource?: components['parameters']['AuditResource'];
        resourceType?: components['parameters']['AuditResourceType'];
        /** @description A user's email, or a token id. */
        actor?: components['parameters']['AuditActor'];
        action?: components['parameters']['AuditAction'];
        since?: components['parameters']['AuditSince'];
        until?: components['parameters']['AuditUntil'];
        limit?: components['parameters']['Limit'];
        /** @description `nextCursor` from the previous page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Entries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AuditEntry'][];
            nextCursor: components['schemas']['NextCursor'];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  exportAudit: {
    parameters: {
      query?: {
        /** @description A resource path such as `projects/demo/flags/new-checkout`; matches it and everything under it. */
        resource?: components['parameters']['AuditResource'];
        resourceType?: components['parameters']['AuditResourceType'];
        /** @description A user's email, or a token id. */
        actor?: components['parameters']['AuditActor'];
        action?: components['parameters']['AuditAction'];
        since?: components['parameters']['AuditSince'];
        until?: components['parameters']['AuditUntil'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One `AuditEntry` per line. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': string;
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getAuditEntry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        entryId: components['parameters']['EntryId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The entry. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntry'];
        };
      };
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  revertAuditEntry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        entryId: components['parameters']['EntryId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** @default false */
          force?: boolean;
          comment?: components['schemas']['Comment'];
        };
      };
    };
    responses: {
      /** @description The audit entry of the revert. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntry'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getSdkConfig: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last received; an unchanged resource answers 304 with no body. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The ruleset. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SdkRuleset'];
        };
      };
      /** @description Not modified since the ETag in If-None-Match. */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  streamSdkChanges: {
    parameters: {
      query?: {
        /** @description Client keys only; the evaluation context as base64url-encoded JSON. */
        context?: string;
      };
      header?: {
        'Last-Event-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An event stream. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  evaluateForClient: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          context: components['schemas']['EvaluationContext'];
        };
      };
    };
    responses: {
      /** @description Evaluated values, by flag key. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientEvaluation'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  postSdkEvents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SdkEventBatch'];
      };
    };
    responses: {
      /** @description Accepted. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      /** @description Over 1 MiB or over 10,000 items in all; nothing of the batch is stored. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
      /** @description The server's event queue is full; send the batch again later. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSdkExperiments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Running experiments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            experiments: components['schemas']['SdkExperiment'][];
          };
        };
      };
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  assignExperiment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        experiment: components['parameters']['Experiment'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SdkExperimentRequest'];
      };
    };
    responses: {
      /** @description The assignment. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SdkAssignment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getExperimentVariant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        experiment: components['parameters']['Experiment'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SdkExperimentRequest'];
      };
    };
    responses: {
      /** @description The variant. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SdkAssignment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  logExperimentExposure: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        experiment: components['parameters']['Experiment'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SdkExperimentRequest'];
      };
    };
    responses: {
      /** @description The variant the exposure was recorded for. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SdkAssignment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['TooManyRequests'];
    };
  };
  ofrepEvaluateFlag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['OfrepRequest'];
      };
    };
    responses: {
      /** @description Evaluated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfrepSuccess'];
        };
      };
      /**
       * @description The request cannot be evaluated: a context of the wrong shape (INVALID_CONTEXT), a body that is
       *     not JSON (PARSE_ERROR), or a malformed flag (GENERAL). A context without `targetingKey` is not
       *     an error: it evaluates as ff's SDKs do (no target matches, rollouts serve their last variation).
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfrepFailure'];
        };
      };
      401: components['responses']['OfrepError'];
      403: components['responses']['OfrepError'];
      /** @description FLAG_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfrepFailure'];
        };
      };
      429: components['responses']['OfrepTooManyRequests'];
      500: components['responses']['OfrepError'];
    };
  };
  ofrepEvaluateAll: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` you last received; an unchanged resource answers 304 with no body. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['OfrepRequest'];
      };
    };
    responses: {
      /** @description Every flag, evaluated (or its error). */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            flags: (components['schemas']['OfrepSuccess'] | components['schemas']['OfrepFailure'])[];
          };
        };
      };
      /** @description Not modified since the ETag in If-None-Match. */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The context cannot be used. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfrepBulkFailure'];
        };
      };
      401: components['responses']['OfrepError'];
      403: components['responses']['OfrepError'];
      429: components['responses']['OfrepTooManyRequests'];
      500: components['responses']['OfrepError'];
    };
  };
  ofrepConfiguration: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Capabilities. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            name: string;
            capabilities: Record<string, never>;
          };
        };
      };
      401: components['responses']['OfrepError'];
      429: components['responses']['OfrepTooManyRequests'];
    };
  };
}
