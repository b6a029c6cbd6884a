import type { Command } from 'commander';
import type { Cli } from '../../cli/cli';
import { seedDemo } from '../../demo/seed-demo';
import { buildServer } from '../../http/server';
import { printDemoUsers, printDemoWarning } from './demo-commands';

/** `balai serve`: migrate, seed the demo on first start in demo mode, serve HTTP and run each area's background work. */
export function serveCommand(program: Command, cli: Cli): void {
  program
    .command('serve', { isDefault: true })
    .description('migrate, seed the demo on first start (in demo mode) and serve HTTP')
    .action(async () => {
      const started = Date.now();
      const { config, clock, db } = await cli.open();
      if (config.demo) {
        if (await seedDemo(db, clock, cli.areas)) printDemoUsers();
        printDemoWarning(config);
      }
      const app = await buildServer({ db, config, clock }, cli.areas);
      const stops = cli.areas.map((area) => area.background?.({ db, config, clock }, app.log) ?? (() => {}));
      const stop = async () => {
        for (const stopWork of stops) stopWork();
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
}
