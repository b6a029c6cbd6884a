import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { auditVerify } from './cli/audit-verify';
import { terminalProgress } from './cli/progress';
import { type Config, ConfigError, loadConfig } from './config';
import { type Database, DataDirBusyError, openDatabase, openPglite } from './db/database';
import { prepareDatabase } from './db/prepare';
import { buildServer } from './http/server';
import { acquirersFor } from './payments/acquirers';
import { SANDBOX_PARTNER_ID } from './payments/sandbox';
import { sweepPayments } from './payments/sweeper';
import { refreshVirtualAccountsDaily } from './payments/va/daily-va-refresh';
import { refreshVirtualAccounts } from './payments/va/refresh-virtual-accounts';
import { vaRegistries } from './payments/va/virtual-account-registry';
import { CHAIN_FAULT_TEXT } from './platform/audit';
import { scheduleAuditCheckpoints } from './platform/audit-checkpoint-schedule';
import { takeAuditCheckpoint } from './platform/audit-checkpoint-store';
import { loadAuditSigningKey } from './platform/audit-signing-key';
import { type Clock, clockFromSetting } from './platform/clock';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './platform/demo';
import { Problem, problemText } from './platform/problem';
import { createRegion, findRegion, listRegions, REGION_ID } from './platform/regions';
import { ROLES, type Role } from './platform/roles';
import { createUser, grantRoles, listRegionUsers, SYSTEM_ACTOR, setPassword } from './platform/users';
import { verifyLedger } from './tax/ledger/verify-ledger';
import { writeCsv } from './tax/registry/csv';
import { importTaxpayers } from './tax/registry/import-taxpayers';

/** The `balai` command line. Every command reads the same configuration (environment) as the server. */
const program = new Command('balai')
  .description('Balai: regional revenue and performance platform')
  .showHelpAfterError();

interface Opened {
  config: Config;
  clock: Clock;
  db: Database;
}

async function open(): Promise<Opened> {
  const config = loadConfig();
  const clock = clockFromSetting(config.clock);
  const db = await openDatabase(config);
  const progress = terminalProgress();
  await prepareDatabase(db, progress);
  progress.stop();
  return { config, clock, db };
}

async function withDatabase<T>(work: (o: Opened) => Promise<T>): Promise<T> {
  const o = await open();
  try {
    return await work(o);
  } finally {
    await o.db.close();
  }
}

/**
 * Said at every start in demo mode, loudly: the demo's passwords and bank secrets are in the README, so anyone can
 * sign in, and mark a bill paid without money, on this server.
 */
function printDemoWarning(config: Config): void {
  const where = config.databaseUrl ? 'on a PostgreSQL server (BALAI_DEMO=true)' : 'on the embedded database';
  const bar = '!'.repeat(100);
  console.warn(`${bar}
!! DEMO MODE ${where}: PUBLIC CREDENTIALS EXIST ON THIS SERVER.
!! Demo users sign in with the public password "${DEMO_PASSWORD}"; the sandbox bank ${SANDBOX_PARTNER_ID} and the
!! demo banks, whose secrets are public, can mark any bill paid without money; taxpayers can simulate QRIS payments.
!! Never keep real taxpayers or real money here. A real installation runs without BALAI_DEMO (see README).
${bar}`);
}

function printDemoUsers(): void {
  console.log('\nDemo users (password for all: %s):', DEMO_PASSWORD);
  for (const u of DEMO_USERS)
    console.log(`  ${u.email.padEnd(26)} ${u.roles.join(',').padEnd(10)} ${u.regions.join(', ')}`);
  console.log();
}

program
  .command('serve', { isDefault: true })
  .description('migrate, seed the demo on first start (in demo mode) and serve HTTP')
  .action(async () => {
    const started = Date.now();
    const { config, clock, db } = await open();
    if (config.demo) {
      if (await seedDemo(db, clock)) printDemoUsers();
      printDemoWarning(config);
    }
    const app = await buildServer({ db, config, clock });
    const sweeper = config.paymentSweepMinutes > 0 ? scheduleSweeps(db, clock, config) : null;
    // Only the sandbox VA registry exists so far, so only a demo keeps VAs in step by itself.
    const stopVaRefresh = config.demo
      ? refreshVirtualAccountsDaily(db, clock, vaRegistries(config, db, clock), app.log)
      : () => {};
    const stopCheckpoints = scheduleAuditCheckpoints(db, clock, config, app.log);
    const stop = async () => {
      if (sweeper) clearInterval(sweeper);
      stopVaRefresh();
      stopCheckpoints();
      await app.close();
      await db.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await app.listen({ port: config.port, host: config.host });
    const where = config.databaseUrl ? 'PostgreSQL server' : `embedded PGlite in ${config.dataDir}`;
    console.log(
      `Balai is serving http://localhost:${config.port} on ${where} (ready in ${Date.now() - started} ms; clock ${config.clock ? `pinned at ${config.clock}` : 'real time'})`,
    );
  });

program
  .command('migrate')
  .description('apply schema migrations and load the region catalogue')
  .action(() => withDatabase(async () => console.log('balai: database is up to date')));

program
  .command('seed')
  .description('seed data')
  .requiredOption('--demo', 'the demo regions (Kota Malang, Kabupaten Bangka) and one user per role')
  .action(() => {
    // Refused before anything is opened: a real database is never touched by the demo.
    const config = loadConfig();
    if (!config.demo) {
      throw new Error(
        config.production
          ? 'production never seeds demo users'
          : 'demo data goes only into a demo: on a PostgreSQL server set BALAI_DEMO=true (it has public passwords)',
      );
    }
    return withDatabase(async ({ clock, db }) => {
      printDemoWarning(config);
      if (await seedDemo(db, clock)) printDemoUsers();
      else console.log('balai: demo data is already present');
    });
  });

const regions = program.command('regions').description('Pemda hosted by this deployment');
regions
  .command('add <regionId>')
  .description('host a kabupaten/kota by its Kemendagri code, e.g. 35.07')
  .addOption(
    new Option('--time-zone <tz>', 'override the province time zone').choices([
      'Asia/Jakarta',
      'Asia/Makassar',
      'Asia/Jayapura',
    ]),
  )
  .action((regionId: string, opts: { timeZone?: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura' }) =>
    withDatabase(async ({ clock, db }) => {
      if (!REGION_ID.test(regionId)) throw new Error('a region code has the form PP.KK, e.g. 35.73');
      if (await findRegion(db, regionId)) throw new Error(`region ${regionId} is already hosted`);
      const region = await db.transaction((tx) =>
        createRegion(tx, clock.now(), { regionId, timeZone: opts.timeZone, actor: 'cli', actorId: null }),
      );
      console.log(`balai: hosting ${region.regionId} ${region.name} (${region.timeZone})`);
    }),
  );

const users = program.command('users').description('people and their roles');
users
  .command('add')
  .description('create a user (or give an existing one roles) in a region')
  .requiredOption('--region <regionId>')
  .requiredOption('--email <email>')
  .option('--name <name>')
  .addOption(new Option('--role <role...>', 'one or more roles').choices(ROLES).makeOptionMandatory())
  .option('--password <password>', 'initial password (default: a generated one, printed once)')
  .action((opts: { region: string; email: string; name?: string; role: Role[]; password?: string }) =>
    withDatabase(async ({ clock, db }) => {
      if (!(await findRegion(db, opts.region))) throw new Error(`region ${opts.region} is not hosted here`);
      const email = opts.email.toLowerCase();
      const [existing] = await db.query<{ id: number }>('SELECT id FROM app_user WHERE email = $1', [email]);
      const actor = { ...SYSTEM_ACTOR, label: 'cli' };
      if (existing) {
        await grantRoles(db, clock.now(), actor, opts.region, existing.id, opts.role);
        console.log(`balai: ${email} now holds ${opts.role.join(', ')} in ${opts.region}`);
        return;
      }
      const password = opts.password ?? randomBytes(12).toString('base64url');
      await createUser(db, clock.now(), actor, opts.region, {
        email,
        name: opts.name ?? email,
        password,
        roles: opts.role,
      });
      console.log(`balai: created ${email} (${opts.role.join(', ')}) in ${opts.region}`);
      if (!opts.password) console.log(`balai: initial password: ${password}`);
    }),
  );
users
  .command('list')
  .requiredOption('--region <regionId>')
  .action((opts: { region: string }) =>
    withDatabase(async ({ clock, db }) => {
      for (const u of await listRegionUsers(db, opts.region, clock.now())) {
        console.log(
          `${String(u.id).padStart(5)}  ${u.email.padEnd(30)} ${u.roles.join(',').padEnd(20)} ${u.active ? '' : '(disabled)'} ${u.name}`,
        );
      }
    }),
  );
users
  .command('reset-password')
  .requiredOption('--email <email>')
  .option('--password <password>', 'the new password (default: a generated one, printed once)')
  .action((opts: { email: string; password?: string }) =>
    withDatabase(async ({ clock, db }) => {
      const [user] = await db.query<{ id: number }>('SELECT id FROM app_user WHERE email = $1', [
        opts.email.toLowerCase(),
      ]);
      if (!user) throw new Error(`no user with email ${opts.email}`);
      const password = opts.password ?? randomBytes(12).toString('base64url');
      await setPassword(
        db,
        clock.now(),
        { ...SYSTEM_ACTOR, label: 'cli' },
        user.id,
        password,
        'user.password_reset',
      );
      console.log(`balai: password reset for ${opts.email}; sessions ended, lockout lifted`);
      if (!opts.password) console.log(`balai: new password: ${password}`);
    }),
  );

const importCommand = program.command('import').description('load data from a legacy system');
importCommand
  .command('taxpayers <file>')
  .description(
    'taxpayers and their objects from a CSV (columns: README); if any row is bad nothing is written and the bad rows go to FILE.rejects.csv',
  )
  .requiredOption('--region <regionId>')
  .action((file: string, opts: { region: string }) =>
    withDatabase(async ({ clock, db }) => {
      if (!(await findRegion(db, opts.region))) throw new Error(`region ${opts.region} is not hosted here`);
      const progress = terminalProgress();
      progress.step(`importing ${file} into ${opts.region}`);
      const outcome = await importTaxpayers(
        db,
        clock.now(),
        { ...SYSTEM_ACTOR, label: 'cli' },
        opts.region,
        fs.readFileSync(file, 'utf8'),
        progress.progress,
      );
      progress.stop();
      if (outcome.ok) {
        const { taxpayers, objects, rows } = outcome.summary;
        console.log(
          `balai: imported ${rows} rows: ${taxpayers.new} new taxpayers (${taxpayers.existing} already present), ${objects.new} new objects (${objects.existing} already present)`,
        );
        return;
      }
      const rejectsFile = path.join(
        path.dirname(file),
        `${path.basename(file, path.extname(file))}.rejects.csv`,
      );
      fs.writeFileSync(
        rejectsFile,
        writeCsv([
          ['line', 'alasan', 'reason'],
          ...outcome.rejects.map((r) => [String(r.line), r.reason.id, r.reason.en]),
        ]),
      );
      console.error(`balai: ${outcome.rejects.length} bad rows, nothing imported; see ${rejectsFile}`);
      process.exitCode = 1;
    }),
  );

const audit = program.command('audit').description('the tamper-evident audit trail');
audit
  .command('verify')
  .description(
    "recompute a region's hash chain (from the database, or an export with --file) and check it against signed checkpoints; exits 1 and names the first fault",
  )
  .option('--region <regionId>', 'the region (with --file: the region of its first entry by default)')
  .option('--file <export>', 'an export (GET …/audit/export) to verify without the database')
  .option('--checkpoints <file...>', 'checkpoints kept: JSON arrays, API pages or JSON lines')
  .option('--public-key <key...>', 'the public key they are signed by: a PEM file, or base64 as published')
  .action(async (opts: { region?: string; file?: string; checkpoints?: string[]; publicKey?: string[] }) => {
    if (!(await auditVerify(opts, (work) => withDatabase(({ db }) => work(db))))) process.exitCode = 1;
  });
audit
  .command('checkpoint')
  .description(
    "sign the head of each region's chain (or one) that moved since its last checkpoint; prints each checkpoint as a JSON line",
  )
  .option('--region <regionId>')
  .action((opts: { region?: string }) =>
    withDatabase(async ({ config, clock, db }) => {
      if (opts.region && !(await findRegion(db, opts.region)))
        throw new Error(`region ${opts.region} is not hosted here`);
      const key = loadAuditSigningKey(config, console.error);
      const regionIds = opts.region ? [opts.region] : (await listRegions(db)).map((r) => r.regionId);
      for (const regionId of regionIds) {
        const outcome = await takeAuditCheckpoint(db, clock.now(), key, regionId);
        if (outcome.status === 'taken') console.log(JSON.stringify(outcome.checkpoint));
        if (outcome.status === 'unchanged')
          console.error(`balai: ${regionId}: head unchanged since its last checkpoint`);
        if (outcome.status === 'refused') {
          const v = outcome.verdict;
          console.error(
            `balai: ${regionId}: checkpoint REFUSED, the chain does not extend its last checkpoint: entry ${v.brokenAt}: ${CHAIN_FAULT_TEXT[v.fault].en}`,
          );
          process.exitCode = 1;
        }
      }
    }),
  );

program
  .command('ledger')
  .description('the receivables ledger')
  .command('verify')
  .description(
    "prove every journal balances and every bill's status agrees with its ledger balance; exits 1 if not",
  )
  .requiredOption('--region <regionId>')
  .action((opts: { region: string }) =>
    withDatabase(async ({ db }) => {
      const verdict = await verifyLedger(db, opts.region);
      if (verdict.ok) {
        console.log(
          `balai: ledger of ${opts.region} verifies: ${verdict.journals} journals, ${verdict.bills} bills`,
        );
        return;
      }
      for (const f of verdict.findings) {
        console.error(
          `balai: ${f.kind} ${f.journalId ? `journal ${f.journalId}` : `bill ${f.billId}`}: ${f.detail}`,
        );
      }
      console.error(`balai: ledger of ${opts.region} does NOT verify (${verdict.findings.length} findings)`);
      process.exitCode = 1;
    }),
  );

program
  .command('payments')
  .description('bank and QRIS payments')
  .command('sweep')
  .description(
    'resolve payments expected through QRIS or VA whose notification never came (status check or flag)',
  )
  .action(() =>
    withDatabase(async ({ config, clock, db }) => {
      const r = await sweepPayments(db, clock.now(), acquirersFor(config));
      console.log(
        `balai: swept ${r.checked} expected payments: ${r.posted} posted, ${r.expired} expired, ${r.stuck} stuck`,
      );
    }),
  );

program
  .command('va')
  .description('virtual accounts registered with the banks (SNAP BI, Bank Jatim)')
  .command('refresh')
  .description(
    "register each open bill's VA at every VA bank of the region for its amount due today, re-register those whose amount or expiry changed, delete those of bills no longer open",
  )
  .requiredOption('--region <regionId>')
  .action((opts: { region: string }) =>
    withDatabase(async ({ config, clock, db }) => {
      if (!(await findRegion(db, opts.region))) throw new Error(`region ${opts.region} is not hosted here`);
      const summaries = await refreshVirtualAccounts(
        db,
        clock.now(),
        opts.region,
        vaRegistries(config, db, clock),
      );
      if (summaries.length === 0) console.log(`balai: no bank of ${opts.region} has a VA prefix`);
      for (const s of summaries)
        console.log(
          s.busy
            ? `balai: VAs at ${s.partnerId}: another refresh is running; nothing done, try again when it ends`
            : `balai: VAs at ${s.partnerId}: ${s.created} created, ${s.updated} updated, ${s.deleted} deleted, ${s.unchanged} unchanged`,
        );
    }),
  );

program
  .command('backup <file>')
  .description('PGlite: a gzipped copy of the data directory; PostgreSQL server: pg_dump SQL')
  .action(async (file: string) => {
    const config = loadConfig();
    if (config.databaseUrl) {
      runTool('pg_dump', ['--no-owner', '--no-privileges', '--dbname', config.databaseUrl, '--file', file]);
    } else {
      const db = await openPglite(config.dataDir);
      try {
        const dump = await db.db.dumpDataDir('gzip');
        fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
      } finally {
        await db.close();
      }
    }
    console.log(`balai: backup written to ${file} (${fs.statSync(file).size} bytes)`);
  });

program
  .command('restore <file>')
  .description(
    'restore a backup made by `balai backup` into an empty database (PGlite: an empty data directory)',
  )
  .option('--force', 'PGlite: move the existing data directory aside first')
  .action(async (file: string, opts: { force?: boolean }) => {
    const config = loadConfig();
    if (!fs.existsSync(file)) throw new Error(`no such file: ${file}`);
    if (config.databaseUrl) {
      runTool('psql', [
        '--quiet',
        '--set',
        'ON_ERROR_STOP=1',
        '--dbname',
        config.databaseUrl,
        '--file',
        file,
      ]);
    } else {
      const pgdata = path.join(config.dataDir, 'pgdata');
      if (fs.existsSync(pgdata)) {
        if (!opts.force)
          throw new Error(`${pgdata} exists; restore into an empty BALAI_DATA_DIR or pass --force`);
        const db = await openPglite(config.dataDir); // takes the lock: refuses while a server runs
        await db.close();
        const aside = `${pgdata}.before-restore-${Date.now()}`;
        fs.renameSync(pgdata, aside);
        console.log(`balai: moved the previous database to ${aside}`);
      }
      const db = await openPglite(config.dataDir, { loadDataDir: new Blob([fs.readFileSync(file)]) });
      await db.close();
    }
    console.log(`balai: restored ${file}`);
  });

function runTool(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { stdio: 'inherit' });
  if (result.error)
    throw new Error(
      `${tool} is needed for a PostgreSQL server backup (apt-get install postgresql-client): ${result.error.message}`,
    );
  if (result.status !== 0) throw new Error(`${tool} failed with exit code ${result.status}`);
}

program.parseAsync().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirBusyError) console.error(`balai: ${err.message}`);
  else if (err instanceof Problem) console.error(`balai: ${problemText(err.code, 'en', err.params).detail}`);
  else console.error(`balai: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

/** The server sweeps for payments in an unknown state every few minutes; a failed sweep is retried next time. */
function scheduleSweeps(db: Database, clock: Clock, config: Config): NodeJS.Timeout {
  const acquirers = acquirersFor(config);
  const timer = setInterval(() => {
    sweepPayments(db, clock.now(), acquirers).catch((err) =>
      console.error('balai: payment sweep failed', err),
    );
  }, config.paymentSweepMinutes * 60_000);
  timer.unref();
  return timer;
}
