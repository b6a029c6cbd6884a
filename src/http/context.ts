import type { Config } from '../config';
import type { Database } from '../db/database';
import type { DocumentRegistry } from '../documents/document-registry';
import type { AuditVocabulary } from '../platform/audit-vocabulary';
import type { Clock, TimeZone } from '../platform/clock';
import type { InstallationSecrets } from '../platform/installation-secrets';
import type { Role } from '../platform/roles';
import type { SessionUser } from '../platform/sessions';
import type { Actor } from '../platform/users';

/** What a server is built from: the database, the settings and the one clock. */
export interface ServerDeps {
  db: Database;
  config: Config;
  clock: Clock;
}

/**
 * What every route needs: the server's parts, this installation's keys, and the roles and kinds of document its areas
 * define.
 */
export interface AppContext extends ServerDeps {
  secrets: InstallationSecrets;
  roles: readonly Role[];
  documents: DocumentRegistry;
  /** Every area's audit vocabulary, merged: the audit browser's labels, subjects and fields. */
  audit: Required<AuditVocabulary>;
}

/** The region a region-scoped request acts in, and the caller's roles there (set by the tenancy guard). */
export interface RegionAccess {
  regionId: string;
  name: string;
  timeZone: TimeZone;
  roles: Role[];
}

declare module 'fastify' {
  interface FastifyRequest {
    session?: SessionUser;
    access?: RegionAccess;
  }
}

export function actorOf(session: SessionUser, ip: string): Actor {
  return { userId: session.userId, label: session.email, ip };
}
