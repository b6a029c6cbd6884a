import type { Command } from 'commander';
import type { Cli } from '../../cli/cli';
import { acquirersFor } from '../acquirers';
import { sweepPayments } from '../sweeper';

/** `balai payments sweep`: payments whose notification never came. */
export function paymentsCommands(program: Command, cli: Cli): void {
  program
    .command('payments')
    .description('bank and QRIS payments')
    .command('sweep')
    .description(
      'resolve payments expected through QRIS or VA whose notification never came (status check or flag)',
    )
    .action(() =>
      cli.withDatabase(async ({ config, clock, db }) => {
        const r = await sweepPayments(db, clock.now(), acquirersFor(config));
        console.log(
          `balai: swept ${r.checked} expected payments: ${r.posted} posted, ${r.expired} expired, ${r.stuck} stuck`,
        );
      }),
    );
}
