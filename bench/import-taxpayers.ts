/**
 * Benchmark: import 100,000 taxpayers with one object each into Kota Malang (35.73) through the same use case as
 * `balai import taxpayers`, then time the registry search. Needs a PostgreSQL server:
 *
 *   scripts/pg-cluster.sh start            # prints postgres://postgres@127.0.0.1:54329/postgres
 *   DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres npx tsx bench/import-taxpayers.ts
 *
 * It creates and drops its own database (balai_bench_import). Prints one JSON line on stdout; the search plans
 * go to stderr, and the exit code is 1 if a text search does not use the trigram indexes. BENCH_ROWS=n for
 * another size.
 */
import { performance } from 'node:perf_hooks';
import { AREAS } from '../src/app';
import { openPostgres } from '../src/db/database';
import { prepareDatabase } from '../src/db/prepare';
import { seedDemo } from '../src/demo/seed-demo';
import { PinnedClock } from '../src/platform/clock';
import { writeCsv } from '../src/platform/csv';
import { IMPORT_COLUMNS } from '../src/tax/registry/import-columns';
import { importTaxpayers } from '../src/tax/registry/import-taxpayers';
import {
  searchTaxpayers,
  type TaxpayerSearch,
  taxpayerSearchSql,
} from '../src/tax/registry/search-taxpayers';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const REGION = '35.73';
const DATABASE = 'balai_bench_import';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error('DATABASE_URL must name a PostgreSQL server (scripts/pg-cluster.sh start prints one)');
  process.exit(2);
}

/** A small deterministic generator (mulberry32), so every run imports the same file. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const KINDS = ['Warung', 'Toko', 'Depot', 'Rumah Makan', 'Kafe', 'Hotel', 'Parkir', 'Karaoke', 'Salon'];
const WORDS = ['Barokah', 'Sumber Rejeki', 'Jaya', 'Makmur', 'Sentosa', 'Abadi', 'Indah', 'Lestari', 'Mulia'];
const TITLES = ['Bu', 'Pak', 'Mas', 'Mbak'];
const PEOPLE = ['Sari', 'Budi', 'Agus', 'Tini', 'Joko', 'Dewi', 'Rina', 'Hendra', 'Yanto', 'Wati', 'Slamet'];
const STREETS = ['Ijen', 'Kawi', 'Basuki Rahmat', 'Soekarno Hatta', 'Veteran', 'Dinoyo', 'Sukun', 'Tugu'];
const TAX_OF_KIND: Record<string, string> = {
  Hotel: 'pbjt_perhotelan',
  Parkir: 'pbjt_parkir',
  Karaoke: 'pbjt_kesenian_hiburan',
};

function legacyFile(villages: string[]): string {
  const next = random(20_250_311);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const rows: string[][] = [[...IMPORT_COLUMNS]];
  for (let i = 0; i < ROWS; i++) {
    const village = pick(villages);
    const kind = pick(KINDS);
    const name = `${kind} ${pick(WORDS)} ${pick(TITLES)} ${pick(PEOPLE)}`;
    const address = `Jl. ${pick(STREETS)} No. ${1 + Math.floor(next() * 300)}, Malang`;
    // NIK: kecamatan of the kelurahan, then a birth date and serial that map one-to-one from i.
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const year = 50 + (Math.floor(i / 336) % 50);
    const serial = 1 + Math.floor(i / 16_800);
    const nik = `3573${village.slice(6, 8)}${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${year}${String(serial).padStart(4, '0')}`;
    const taxCode = TAX_OF_KIND[kind] ?? 'pbjt_makanan_minuman';
    const opened = `${2000 + Math.floor(next() * 25)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-01`;
    rows.push([
      `LEGACY-${i + 1}`,
      'person',
      nik,
      '',
      name,
      address,
      village,
      `0341-${String(100_000 + i).slice(-6)}`,
      '',
      `OBJ-${i + 1}`,
      taxCode,
      kind === 'Karaoke' ? 'khusus' : 'umum',
      name,
      address,
      village,
      opened,
    ]);
  }
  return writeCsv(rows);
}

const admin = openPostgres(serverUrl, 1);
await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${DATABASE}`);
const url = new URL(serverUrl);
url.pathname = `/${DATABASE}`;
const db = openPostgres(url.toString(), 4);
try {
  const clock = new PinnedClock(new Date('2025-03-11T10:00:00+07:00'));
  await prepareDatabase(db);
  await seedDemo(db, clock, AREAS);
  const villages = (
    await db.query<{ code: string }>(
      'SELECT village_code AS code FROM region_village WHERE region_id = $1 ORDER BY 1',
      [REGION],
    )
  ).map((r) => r.code);
  const csv = legacyFile(villages);
  console.error(
    `bench: ${ROWS} rows, ${(csv.length / 1_048_576).toFixed(1)} MiB of CSV, ${villages.length} kelurahan`,
  );

  const started = performance.now();
  const outcome = await importTaxpayers(db, clock.now(), { userId: null, label: 'bench' }, REGION, csv);
  const seconds = (performance.now() - started) / 1000;
  if (!outcome.ok) throw new Error(`import rejected: ${JSON.stringify(outcome.rejects.slice(0, 5))}`);
  if (outcome.summary.taxpayers.new !== ROWS) throw new Error(`expected ${ROWS} new taxpayers`);

  const [sample] = await db.query<{ npwpd: string; nik: string }>(
    'SELECT npwpd, nik FROM taxpayer WHERE region_id = $1 ORDER BY id OFFSET 4242 LIMIT 1',
    [REGION],
  );
  const page = { limit: 20, offset: 0 };
  const searches: { label: string; search: TaxpayerSearch; trigram?: boolean }[] = [
    { label: 'name fragment', search: { q: 'barokah bu tini', ...page }, trigram: true },
    { label: 'misspelt name', search: { q: 'Dépot Sumber Rejki Pak Hendra', ...page }, trigram: true },
    { label: 'address fragment', search: { q: 'soekarno hatta no. 12', ...page }, trigram: true },
    { label: 'NPWPD', search: { q: sample?.npwpd ?? '', ...page } },
    { label: 'NPWPD prefix', search: { q: (sample?.npwpd ?? '').slice(0, -2), ...page } },
    { label: 'NIK', search: { q: sample?.nik ?? '', ...page } },
    { label: 'kelurahan', search: { villageCode: villages[7], ...page } },
    { label: 'tax type', search: { taxCode: 'pbjt_perhotelan', ...page } },
    { label: 'name + kelurahan', search: { q: 'warung', villageCode: villages[3], ...page } },
  ];
  const timings: number[] = [];
  let trigramMissing = false;
  for (const { label, search, trigram } of searches) {
    const sql = taxpayerSearchSql(REGION, search, { kind: 'staff' });
    const plan = (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql.text}`, sql.params))
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    const indexes = [...new Set(plan.match(/(?<=(?:on|using) )taxpayer_\w+/g) ?? [])];
    if (trigram && !indexes.includes('taxpayer_name_trgm')) trigramMissing = true;
    const runs: number[] = [];
    let total = 0;
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      total = (await searchTaxpayers(db, REGION, search, { kind: 'staff' })).total;
      runs.push(performance.now() - t0);
    }
    timings.push(...runs);
    console.error(
      `bench: search ${label.padEnd(17)} ${String(total).padStart(6)} hits, ${Math.min(...runs).toFixed(1)}–${Math.max(...runs).toFixed(1)} ms, indexes: ${indexes.join(', ') || '(none)'}`,
    );
  }
  timings.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  console.log(
    JSON.stringify({
      bench: 'import-taxpayers',
      rows: ROWS,
      seconds: round(seconds),
      rowsPerSecond: Math.round(ROWS / seconds),
      searchP50Ms: round(timings[Math.floor(timings.length / 2)] ?? 0),
      searchMaxMs: round(timings[timings.length - 1] ?? 0),
    }),
  );
  if (trigramMissing) {
    console.error('bench: a text search did not use taxpayer_name_trgm');
    process.exitCode = 1;
  }
} finally {
  await db.close();
  // BENCH_KEEP=1 leaves the database for a look at the plans with psql.
  if (!process.env.BENCH_KEEP) await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.close();
}
