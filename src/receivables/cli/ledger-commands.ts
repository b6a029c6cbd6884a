import type { Command } from 'commander';
import type { Cli } from '../../cli/cli';
import { verifyLedger } from '../ledger/verify-ledger';

/** `balai ledger verify`: the receivables ledger. */
export function ledgerCommands(program: Command, cli: Cli): void {
  program
    .command('ledger')
    .description('the receivables ledger')
    .command('verify')
    .description(
      "prove every journal balances and every bill's status agrees with its ledger balance; exits 1 if not",
    )
    .requiredOption('--region <regionId>')
    .action((opts: { region: string }) =>
      cli.withDatabase(async ({ db }) => {
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
        console.error(
          `balai: ledger of ${opts.region} does NOT verify (${verdict.findings.length} findings)`,
        );
        process.exitCode = 1;
      }),
    );
}
