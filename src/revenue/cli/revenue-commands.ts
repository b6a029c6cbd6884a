import type { Command } from 'commander';
import type { Cli } from '../../cli/cli';
import { formatMonth, formatRupiah } from '../../platform/human-format';
import { SYSTEM_ACTOR } from '../../platform/users';
import { refreshAllRegions, refreshRealisation } from '../realisation/rollup';
import { periodOf } from '../report/report-month';
import { generateReport } from '../report/reports';

/**
 * `balai revenue refresh`: bring the realisation the dashboards read up to date now. `balai revenue report`: make a
 * month's report now (a serving process makes the month before's on the 1st).
 */
export function revenueCommands(program: Command, cli: Cli): void {
  const revenue = program.command('revenue').description('the revenue command center');
  revenue
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
  revenue
    .command('report')
    .description(
      "make a month's revenue report for the mayor (PDF with charts), kept as issued; a serving process makes the " +
        "month before's on the 1st",
    )
    .requiredOption('--region <regionId>', 'the region, e.g. 35.73')
    .requiredOption('--year <year>', 'e.g. 2025')
    .requiredOption('--month <month>', '1–12: a month that is over, or the current one (through today)')
    .action((opts: { region: string; year: string; month: string }) =>
      cli.withDatabase(async ({ clock, db }) => {
        const year = Number(opts.year);
        const month = Number(opts.month);
        if (!Number.isInteger(year) || year < 2000 || year > 2999)
          throw new Error(`--year must be a year, got ${opts.year}`);
        if (!Number.isInteger(month) || month < 1 || month > 12)
          throw new Error(`--month must be 1–12, got ${opts.month}`);
        const report = await generateReport(db, clock.now(), { ...SYSTEM_ACTOR, label: 'cli' }, opts.region, {
          year,
          month,
        });
        if (!report) throw new Error('no report was made');
        console.log(
          `balai: report ${report.number} of ${opts.region} for ${formatMonth(periodOf(report), 'en')} made ` +
            `(id ${report.id}): realised ${formatRupiah(report.realised)} through ${report.day}; PDF at ` +
            `/api/v1/regions/${opts.region}/revenue/reports/${report.id}/pdf`,
        );
      }),
    );
}
