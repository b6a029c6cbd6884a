import type { Command } from 'commander';
import type { Cli } from '../../cli/cli';
import { gatewayFor } from '../message-gateway';
import { runAllRegions } from '../run-reminders';

/** `balai reminders run`: send the day's reminders now (a serving process sends them daily at the reminder hour). */
export function remindersCommands(program: Command, cli: Cli): void {
  program
    .command('reminders')
    .description('reminders before and after due dates, by email and WhatsApp/SMS')
    .command('run')
    .description(
      'send the reminders due on a day, each once (a rerun sends nothing twice; failed ones are tried again)',
    )
    .option('--date <YYYY-MM-DD>', "the day (default: each region's today)")
    .option('--region <regionId>', 'one region (default: every hosted region)')
    .action((opts: { date?: string; region?: string }) =>
      cli.withDatabase(async ({ config, clock, db }) => {
        if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
          throw new Error(`--date must be YYYY-MM-DD, got ${opts.date}`);
        const deps = { db, config, gateway: gatewayFor(config) };
        const runs = await runAllRegions(deps, clock.now(), opts.date, opts.region);
        for (const run of runs) {
          console.log(
            `balai: reminders of ${run.regionId} for ${run.day}: ${run.sent} sent, ${run.failed} failed, ${run.optedOut} not sent (opted out)`,
          );
        }
      }),
    );
}
