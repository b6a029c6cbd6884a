import type { Command } from 'commander';
import type { Cli } from '../../cli/cli';
import { refreshAllRegions, refreshRealisation } from '../realisation/rollup';

/** `balai revenue refresh`: bring the realisation the dashboards read up to date now. */
export function revenueCommands(program: Command, cli: Cli): void {
  program
    .command('revenue')
    .description('the revenue command center')
    .command('refresh')
    .description(
      'bring the realisation rollup up to date from the payments (a serving process does it every 30 s)',
    )
    .option('--region <regionId>', 'one region (default: every hosted region)')
    .option('--full', 'recompute every day, not only those touched since the last run')
    .action((opts: { region?: string; full?: boolean }) =>
      cli.withDatabase(async ({ clock, db }) => {
        const now = clock.now();
        const options = { full: opts.full === true };
        const runs = opts.region
          ? [await refreshRealisation(db, opts.region, now, options)]
          : await refreshAllRegions(db, now, options);
        for (const run of runs) {
          console.log(
            `balai: realisation of ${run.regionId} ${run.full ? 'rebuilt' : 'refreshed'}: ${run.days} days, ${run.months} months`,
          );
        }
      }),
    );
}
