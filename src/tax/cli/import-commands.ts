import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { type Cli, requireHostedRegion } from '../../cli/cli';
import { terminalProgress } from '../../cli/progress';
import { writeCsv } from '../../platform/csv';
import { SYSTEM_ACTOR } from '../../platform/users';
import { importTaxpayers } from '../registry/import-taxpayers';

/** `balai import taxpayers`: a legacy system's taxpayers and objects. */
export function importCommands(program: Command, cli: Cli): void {
  const importCommand = program.command('import').description('load data from a legacy system');
  importCommand
    .command('taxpayers <file>')
    .description(
      'taxpayers and their objects from a CSV (columns: README); if any row is bad nothing is written and the bad rows go to FILE.rejects.csv',
    )
    .requiredOption('--region <regionId>')
    .action((file: string, opts: { region: string }) =>
      cli.withDatabase(async ({ clock, db }) => {
        await requireHostedRegion(db, opts.region);
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
}
