import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Cli } from '../../cli/cli';
import { loadConfig } from '../../config';
import { openPglite } from '../../db/database';

/** `balai migrate`, `balai backup FILE`, `balai restore FILE`: the database as a whole. */
export function databaseCommands(program: Command, cli: Cli): void {
  program
    .command('migrate')
    .description('apply schema migrations and load the region catalogue')
    .action(() => cli.withDatabase(async () => console.log('balai: database is up to date')));

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
}

function runTool(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { stdio: 'inherit' });
  if (result.error)
    throw new Error(
      `${tool} is needed for a PostgreSQL server backup (apt-get install postgresql-client): ${result.error.message}`,
    );
  if (result.status !== 0) throw new Error(`${tool} failed with exit code ${result.status}`);
}
