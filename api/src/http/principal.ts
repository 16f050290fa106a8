import { unknownSource } from './request-source.ts';
import type { RequestSource } from './request-source.ts';

// Who a request acts as. Built once per request from the bearer token (modules/auth/authenticate.ts)
// and passed to every permission check and audit entry.

export type Role = 'owner' | 'admin' | 'project_admin' | 'developer' | 'viewer';

export interface Principal {
  organizationId: string;
  organizationName: string;
  /** Null for service tokens. */
  userId: string | null;
  email: string | null;
  tokenId: string;
  tokenName: string;
  tokenKind: 'personal' | 'service';
  /**
   * The organization-wide role. A user who is only a project admin has `project_admin` here and
   * reads everything else like a viewer.
   */
  role: Role;
  /** Ids of the projects this principal administers as a project admin. */
  adminProjects: ReadonlySet<string>;
}

/** What an audit entry records about who acted, from where, and under which request. */
export interface Actor {
  organizationId: string;
  userId: string | null;
  email: string | null;
  tokenId: string | null;
  tokenName: string | null;
  requestId: string | null;
  /** The client's IP and User-Agent (http/request-source.ts). */
  source: RequestSource;
}

/** The actor of a request by `principal`; `source` is unknown only outside a request (tests, jobs). */
export function actorOf(
  principal: Principal,
  requestId: string | null,
  source: RequestSource = unknownSource,
): Actor {
  return {
    organizationId: principal.organizationId,
    userId: principal.userId,
    email: principal.email,
    tokenId: principal.tokenId,
    tokenName: principal.tokenName,
    requestId,
    source,
  };
}
