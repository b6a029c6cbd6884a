import type { Database } from '../../db/database';
import { SYSTEM_ACTOR } from '../../platform/users';
import { configureRkud } from './rkud';
import type { RkudAccount } from './rkud-account';

/**
 * Each demo region's treasury account at its regional bank (domain notes §2.1: Bank Jatim for Kota Malang). The
 * numbers are invented and plainly so; they are marked as examples, which the web and the STS say.
 */
const DEMO_RKUD: { regionId: string; account: RkudAccount }[] = [
  {
    regionId: '35.73',
    account: {
      bankName: 'Bank Jatim',
      accountNumber: '1234567890',
      accountName: 'RKUD Pemerintah Kota Malang',
    },
  },
  {
    regionId: '19.01',
    account: {
      bankName: 'Bank Sumsel Babel',
      accountNumber: '0987654321',
      accountName: 'RKUD Pemerintah Kabupaten Bangka',
    },
  },
];

export async function seedDemoRkud(db: Database, at: Date): Promise<void> {
  for (const { regionId, account } of DEMO_RKUD) {
    await db.transaction((tx) =>
      configureRkud(tx, at, SYSTEM_ACTOR, regionId, account, { exampleOnly: true }),
    );
  }
}
