import type { Command } from 'commander';
import { type Cli, requireHostedRegion } from '../../cli/cli';
import { refreshVirtualAccounts } from '../va/refresh-virtual-accounts';
import { vaRegistries } from '../va/va-registries';

/** `balai va refresh`: virtual accounts registered with the banks. */
export function vaCommands(program: Command, cli: Cli): void {
  program
    .command('va')
    .description('virtual accounts registered with the banks (SNAP BI, Bank Jatim)')
    .command('refresh')
    .description(
      "register each open bill's VA at every VA bank of the region for its amount due today, re-register those whose amount or expiry changed, delete those of bills no longer open",
    )
    .requiredOption('--region <regionId>')
    .action((opts: { region: string }) =>
      cli.withDatabase(async ({ config, clock, db }) => {
        await requireHostedRegion(db, opts.region);
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
}
