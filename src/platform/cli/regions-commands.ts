import { type Command, Option } from 'commander';
import type { Cli } from '../../cli/cli';
import { createRegion, findRegion, REGION_ID } from '../regions';

/** `balai regions add`: the Pemda hosted by this deployment. */
export function regionsCommands(program: Command, cli: Cli): void {
  const regions = program.command('regions').description('Pemda hosted by this deployment');
  regions
    .command('add <regionId>')
    .description('host a kabupaten/kota by its Kemendagri code, e.g. 35.07')
    .addOption(
      new Option('--time-zone <tz>', 'override the province time zone').choices([
        'Asia/Jakarta',
        'Asia/Makassar',
        'Asia/Jayapura',
      ]),
    )
    .action((regionId: string, opts: { timeZone?: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura' }) =>
      cli.withDatabase(async ({ clock, db }) => {
        if (!REGION_ID.test(regionId)) throw new Error('a region code has the form PP.KK, e.g. 35.73');
        if (await findRegion(db, regionId)) throw new Error(`region ${regionId} is already hosted`);
        const region = await db.transaction((tx) =>
          createRegion(tx, clock.now(), { regionId, timeZone: opts.timeZone, actor: 'cli', actorId: null }),
        );
        console.log(`balai: hosting ${region.regionId} ${region.name} (${region.timeZone})`);
      }),
    );
}
