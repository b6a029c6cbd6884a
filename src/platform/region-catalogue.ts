import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Database, Sql } from '../db/database';

/**
 * Indonesia's provinces, kabupaten/kota, kecamatan and kelurahan/desa with their Kemendagri codes, from the
 * `idn-area-data` package (code MIT; data under the Open Database License, ODbL 1.0 — credited in the README).
 * Loaded once into the reference tables, when they are empty (db/prepare.ts).
 */
const require = createRequire(import.meta.url);
const DATA_DIR = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');

/** The package's CSVs are plain `a,b,c` with no quoted commas in these four files; a row that disagrees is refused. */
function readCsv(file: string, columns: number): string[][] {
  const lines = fs.readFileSync(path.join(DATA_DIR, file), 'utf8').split(/\r?\n/).slice(1);
  const rows: string[][] = [];
  for (const line of lines) {
    if (!line) continue;
    const cells = line.split(',');
    if (cells.length !== columns) throw new Error(`${file}: unexpected row "${line}"`);
    rows.push(cells);
  }
  return rows;
}

const BATCH = 20_000;

async function insertColumns(db: Sql, table: string, names: string[], rows: string[][]): Promise<void> {
  const casts = names.map((_, i) => `$${i + 1}::text[]`).join(', ');
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const columns = names.map((_, i) => batch.map((r) => r[i]));
    await db.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${casts})`, columns);
  }
}

export interface CatalogueCounts {
  provinces: number;
  regencies: number;
  districts: number;
  villages: number;
}

export async function loadRegionCatalogue(
  db: Database,
  progress?: (done: number, total: number) => void,
): Promise<CatalogueCounts> {
  const provinces = readCsv('provinces.csv', 2);
  const regencies = readCsv('regencies.csv', 3);
  const districts = readCsv('districts.csv', 3);
  const villages = readCsv('villages.csv', 3);
  const total = provinces.length + regencies.length + districts.length + villages.length;
  await db.transaction(async (tx) => {
    let done = 0;
    for (const [table, names, rows] of [
      ['province', ['code', 'name'], provinces],
      ['regency', ['code', 'province_code', 'name'], regencies],
      ['district', ['code', 'regency_code', 'name'], districts],
      ['village', ['code', 'district_code', 'name'], villages],
    ] as const) {
      await insertColumns(tx, table, [...names], rows);
      done += rows.length;
      progress?.(done, total);
    }
  });
  return {
    provinces: provinces.length,
    regencies: regencies.length,
    districts: districts.length,
    villages: villages.length,
  };
}
