import type { Database } from '../../db/database';
import { SYSTEM_ACTOR } from '../../platform/users';
import { configureQris } from './configure-qris';
import { encodeQris } from './qris';

/**
 * A plausible static QRIS for Kota Malang's Bapenda at Bank Jatim, built here so that its CRC is right. The PAN,
 * merchant ID and NMID are made up: no payment can reach them. MCC 9311 is "Tax payments" (ISO 18245).
 */
export function malangDemoQris(): string {
  return encodeQris([
    { tag: '00', value: '01' },
    { tag: '01', value: '11' },
    {
      tag: '26',
      children: [
        { tag: '00', value: 'ID.CO.BANKJATIM.WWW' },
        { tag: '01', value: '936001140000357301' },
        { tag: '02', value: '000357301' },
        { tag: '03', value: 'URE' },
      ],
    },
    {
      tag: '51',
      children: [
        { tag: '00', value: 'ID.CO.QRIS.WWW' },
        { tag: '02', value: 'ID1025357300001' },
        { tag: '03', value: 'URE' },
      ],
    },
    { tag: '52', value: '9311' },
    { tag: '53', value: '360' },
    { tag: '58', value: 'ID' },
    { tag: '59', value: 'BAPENDA KOTA MALANG' },
    { tag: '60', value: 'MALANG' },
    { tag: '61', value: '65119' },
  ]);
}

/** Kota Malang takes QRIS in the demo; Kabupaten Bangka has not set it up (its bills show no QRIS). */
export async function seedDemoQris(db: Database, at: Date): Promise<void> {
  await db.transaction((tx) => configureQris(tx, at, SYSTEM_ACTOR, '35.73', malangDemoQris()));
}
