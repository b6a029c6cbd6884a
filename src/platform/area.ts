import type { Command } from 'commander';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { DocumentKind } from '../documents/document-kind';
import type { AppContext, ServerDeps } from '../http/context';
import type { AuditVocabulary } from './audit-vocabulary';
import type { Clock } from './clock';
import type { ProblemMessages } from './problem-messages';
import type { Role, RoleLabels } from './roles';

/**
 * A business area (platform, tax, payments…) as the rest of Balai sees it: one description that the server, the
 * command line and the demo are built from (src/app.ts lists them). An area owns its folder and its tables; other
 * areas reach it only through the functions it exports.
 */
export interface Area {
  /** Its folder under src/, and its name in logs, tests and docs. */
  readonly name: string;
  /** The roles it defines, named in Indonesian and English (declared to the compiler in its own roles.ts). */
  readonly roles?: RoleLabels;
  /**
   * The tables it owns: only its own code writes them (test/areas.test.ts checks every INSERT, UPDATE and DELETE
   * under its folder, and that every table of the schema has one owner). Others ask it through its functions.
   */
  readonly tables?: readonly string[];
  /** The problem codes it throws, worded in Indonesian and English (declared to the compiler in its own file). */
  readonly messages?: ProblemMessages;
  /**
   * What its audit entries mean in words: its actions labelled, its kinds of subject named and linked, the fields of
   * its before/after snapshots labelled (src/platform/audit-vocabulary.ts).
   */
  readonly audit?: AuditVocabulary;
  /** The kinds of document it prints, each with its verification code's letter (src/documents/document-kind.ts). */
  readonly documents?: readonly DocumentKind[];
  /** Routes outside any region: public pages and APIs, sign-in, the banks' APIs. */
  routes?(app: FastifyInstance, ctx: AppContext): void;
  /** Routes under /api/v1/regions/{regionId}, each behind the tenancy guard (src/http/tenancy.ts). */
  regionRoutes?(scope: FastifyInstance, ctx: AppContext): void;
  /** Its command groups of the `balai` command line. */
  commands?(program: Command, cli: Cli): void;
  /** What a serving process runs beside the server (sweeps, refreshes, checkpoints); returns how to stop it. */
  background?(deps: ServerDeps, log: FastifyBaseLogger): () => void;
  /** Its part of the demo (src/demo/seed-demo.ts). */
  readonly demo?: DemoPart;
}

/**
 * An area's part of the demo. Every area's configuration is seeded before any area's history, in the list's order:
 * the history of one area (taxpayers paying through banks) may stand on another's configuration (the banks).
 */
export interface DemoPart {
  /** What a region sets up before anyone files or pays: regions and people, policies, banks, accounts. */
  configure?(db: Database, at: Date): Promise<void>;
  /** The months of activity before today: filings, payments, a bank statement; bills are paid at `teller`. */
  history?(db: Database, at: Date, teller: DemoTeller): Promise<void>;
  /**
   * How the demo's taxpayers pay a bill at the bank's counter, for every area's history (payments gives it): tax's
   * history pays as it files, month by month, without depending on payments.
   */
  readonly teller?: DemoTeller;
}

/** Pays a bill in full on a day through the region's bank, as its teller would. */
export type DemoTeller = (db: Database, regionId: string, billId: number, day: string) => Promise<void>;

/** Every role the areas define, in the list's order. */
export function rolesOf(areas: readonly Area[]): Role[] {
  return areas.flatMap((area) => Object.keys(area.roles ?? {}) as Role[]);
}

/** The name of every role the areas define, in both languages. */
export function roleLabelsOf(areas: readonly Area[]): RoleLabels {
  return Object.assign({}, ...areas.map((area) => area.roles ?? {}));
}

/** Every kind of document the areas print, in the list's order (the server's DocumentRegistry checks them). */
export function documentsOf(areas: readonly Area[]): DocumentKind[] {
  return areas.flatMap((area) => area.documents ?? []);
}

/** What a command has once the database is open: the settings, the one clock and the migrated database. */
export interface Opened {
  config: Config;
  clock: Clock;
  db: Database;
}

/** What every area's commands are given (`commands` above); `cliFor` (src/cli/cli.ts) makes it. */
export interface Cli {
  /** The areas of this build: `serve` assembles the server and its background work from them. */
  readonly areas: readonly Area[];
  /** Reads the settings, opens the database and migrates it (with a progress bar on a terminal). */
  open(): Promise<Opened>;
  /** `open`, the work, and the database closed whatever happens. */
  withDatabase<T>(work: (o: Opened) => Promise<T>): Promise<T>;
}
