import type { Command } from 'commander';
import { type Cli, requireHostedRegion } from '../../cli/cli';
import { CHAIN_FAULT_TEXT } from '../audit';
import { takeAuditCheckpoint } from '../audit-checkpoint-store';
import { loadAuditSigningKey } from '../audit-signing-key';
import { listRegions } from '../regions';
import { auditVerify } from './audit-verify';

/** `balai audit verify|checkpoint`: the tamper-evident audit trail. */
export function auditCommands(program: Command, cli: Cli): void {
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
    .action(
      async (opts: { region?: string; file?: string; checkpoints?: string[]; publicKey?: string[] }) => {
        if (!(await auditVerify(opts, (work) => cli.withDatabase(({ db }) => work(db)))))
          process.exitCode = 1;
      },
    );
  audit
    .command('checkpoint')
    .description(
      "sign the head of each region's chain (or one) that moved since its last checkpoint; prints each checkpoint as a JSON line",
    )
    .option('--region <regionId>')
    .action((opts: { region?: string }) =>
      cli.withDatabase(async ({ config, clock, db }) => {
        if (opts.region) await requireHostedRegion(db, opts.region);
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
}
