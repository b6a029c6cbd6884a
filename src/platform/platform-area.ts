import { accountRoutes } from './account-routes';
import type { Area } from './area';
import { publicAuditCheckpointRoutes } from './audit-checkpoint-routes';
import { scheduleAuditCheckpoints } from './audit-checkpoint-schedule';
import { auditRoutes } from './audit-routes';
import { authRoutes } from './auth-routes';
import { auditCommands } from './cli/audit-commands';
import { databaseCommands } from './cli/database-commands';
import { demoCommands } from './cli/demo-commands';
import { regionsCommands } from './cli/regions-commands';
import { serveCommand } from './cli/serve-command';
import { usersCommands } from './cli/users-commands';
import { seedPlatformDemo } from './demo';
import { mailRoutes } from './mail/mail-routes';
import { PLATFORM_AUDIT_VOCABULARY } from './platform-audit-vocabulary';
import { PLATFORM_MESSAGES } from './problem-messages';
import { regionContactRoutes } from './region-contact-routes';
import { publicLogoRoutes, regionLogoRoutes } from './region-logo-routes';
import { publicRegionRoutes, regionRoutes } from './region-routes';
import { PLATFORM_ROLES } from './roles';
import { userRoutes } from './user-routes';

/** The platform: regions, people, roles and sign-in, the audit trail and its checkpoints, the database itself. */
export const platformArea: Area = {
  name: 'platform',
  tables: [
    // The Kemendagri catalogue and the regions hosted, with the districts and villages each serves.
    'province',
    'regency',
    'district',
    'village',
    'region',
    'region_district',
    'region_village',
    // The region's Bapenda office as taxpayers are shown it.
    'region_contact',
    // People, their roles per region, sessions and sign-in throttling.
    'app_user',
    'role_grant',
    'user_session',
    'sign_in_throttle',
    // Self-service sign-up and password reset: their emailed tokens and request counts; the mail each region sends.
    'account_token',
    'account_request_throttle',
    'mail_message',
    // The audit trail and its signed checkpoints, the installation's keys, the numbering of legal documents.
    'audit_entry',
    'audit_checkpoint',
    'installation_secret',
    'region_counter',
    // The region's logo (migration 0029).
    'region_logo',
  ],
  roles: PLATFORM_ROLES,
  messages: PLATFORM_MESSAGES,
  audit: PLATFORM_AUDIT_VOCABULARY,
  routes(app, ctx) {
    authRoutes(app, ctx);
    accountRoutes(app, ctx);
    publicRegionRoutes(app, ctx);
    publicAuditCheckpointRoutes(app, ctx);
    publicLogoRoutes(app, ctx);
  },
  regionRoutes(scope, ctx) {
    regionRoutes(scope, ctx);
    regionContactRoutes(scope, ctx);
    userRoutes(scope, ctx);
    auditRoutes(scope, ctx);
    regionLogoRoutes(scope, ctx);
    mailRoutes(scope, ctx);
  },
  commands(program, cli) {
    serveCommand(program, cli);
    databaseCommands(program, cli);
    demoCommands(program, cli);
    regionsCommands(program, cli);
    usersCommands(program, cli);
    auditCommands(program, cli);
  },
  background: ({ db, clock, config }, log) => scheduleAuditCheckpoints(db, clock, config, log),
  demo: { configure: seedPlatformDemo },
};
