import type { Database } from '../../db/database';
import { SYSTEM_ACTOR } from '../../platform/users';
import type { Polarity } from '../rules/capaian';
import {
  type Cascading,
  createIndicator,
  createNode,
  type IndicatorSource,
  type NodeKind,
} from './tree-writes';

/*
 * The demo's performance trees (issue 16): Kota Malang's from one RPJMD goal (human development and public services)
 * down through Dinas Kesehatan, Dinas Pendidikan dan Kebudayaan and Bapenda (whose PAD realisation a later part feeds
 * from the revenue ledger: `source: 'revenue_pad'`), with a crosscutting stunting indicator shared by Dinas Kesehatan
 * (60 %) and Dinas Sosial-P3AP2KB (40 %); Kabupaten Bangka's smaller. Targets for last year and this year, each with
 * Tw1–Tw4. The figures are invented, of a plausible size.
 */

/** An indicator: `last` and `now` are [target, Tw1, Tw2, Tw3] (Tw4 is the target), or [lower, upper] for a range. */
interface DemoIndicator {
  name: string;
  unit: string;
  polarity: Polarity;
  cumulative?: boolean;
  iku?: boolean;
  baseline: number;
  dataSource: string;
  evidence: string;
  source?: IndicatorSource;
  /** Crosscutting owners by short name and share. */
  owners?: Record<string, number>;
  last: readonly number[];
  now: readonly number[];
}
interface DemoNode {
  kind: NodeKind;
  opd?: string;
  cascading?: Cascading;
  name: string;
  indicators?: readonly DemoIndicator[];
  children?: readonly DemoNode[];
}

const KOTA_MALANG: DemoNode = {
  kind: 'tujuan_rpjmd',
  name: 'Meningkatnya kualitas pembangunan manusia dan pelayanan publik',
  indicators: [
    {
      name: 'Indeks Pembangunan Manusia (IPM)',
      unit: 'indeks',
      polarity: 'higher',
      iku: true,
      baseline: 82.04,
      dataSource: 'BPS Kota Malang',
      evidence: 'Berita resmi statistik IPM',
      last: [82.6, 82.3, 82.4, 82.5],
      now: [83.1, 82.8, 82.9, 83],
    },
  ],
  children: [
    {
      kind: 'sasaran_opd',
      opd: 'Dinkes',
      cascading: 'direct',
      name: 'Meningkatnya derajat kesehatan masyarakat',
      indicators: [
        {
          name: 'Prevalensi stunting pada balita',
          unit: '%',
          polarity: 'lower',
          iku: true,
          baseline: 14.2,
          dataSource: 'e-PPGBM (elektronik Pencatatan dan Pelaporan Gizi Berbasis Masyarakat)',
          evidence: 'Rekap e-PPGBM bulan penimbangan, per kelurahan',
          owners: { Dinkes: 60, 'Dinsos-P3AP2KB': 40 },
          last: [13, 13.9, 13.6, 13.3],
          now: [11.5, 12.7, 12.3, 11.9],
        },
        {
          name: 'Angka kematian ibu',
          unit: 'per 100.000 kelahiran hidup',
          polarity: 'lower',
          baseline: 58,
          dataSource: 'Laporan KIA puskesmas',
          evidence: 'Laporan audit maternal perinatal',
          last: [55, 57, 56, 56],
          now: [52, 54, 54, 53],
        },
      ],
      children: [
        {
          kind: 'program',
          opd: 'Dinkes',
          cascading: 'direct',
          name: 'Program pemenuhan upaya kesehatan perorangan dan upaya kesehatan masyarakat',
          indicators: [
            {
              name: 'Persentase balita ditimbang di posyandu',
              unit: '%',
              polarity: 'higher',
              baseline: 78,
              dataSource: 'Laporan posyandu',
              evidence: 'Rekap SKDN posyandu',
              last: [82, 79, 80, 81],
              now: [86, 83, 84, 85],
            },
          ],
          children: [
            {
              kind: 'kegiatan',
              opd: 'Dinkes',
              cascading: 'non_direct',
              name: 'Penyediaan layanan kesehatan untuk UKM dan UKP rujukan',
              indicators: [
                {
                  name: 'Jumlah kelurahan dengan posyandu aktif',
                  unit: 'kelurahan',
                  polarity: 'higher',
                  cumulative: true,
                  baseline: 40,
                  dataSource: 'Laporan bidang kesehatan masyarakat',
                  evidence: 'SK pembentukan posyandu',
                  last: [50, 42, 45, 48],
                  now: [57, 51, 53, 55],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: 'sasaran_opd',
      opd: 'Disdikbud',
      cascading: 'direct',
      name: 'Meningkatnya akses dan mutu pendidikan',
      indicators: [
        {
          name: 'Angka partisipasi murni SMP',
          unit: '%',
          polarity: 'higher',
          iku: true,
          baseline: 86.5,
          dataSource: 'Dapodik',
          evidence: 'Rekap Dapodik semester',
          last: [88, 87, 87.5, 87.8],
          now: [89.5, 88.5, 89, 89.2],
        },
        {
          name: 'Rasio murid per guru SD',
          unit: 'murid per guru',
          polarity: 'range',
          baseline: 24,
          dataSource: 'Dapodik',
          evidence: 'Rekap Dapodik semester',
          last: [20, 24],
          now: [20, 23],
        },
      ],
    },
    {
      kind: 'sasaran_opd',
      opd: 'Bapenda',
      cascading: 'non_direct',
      name: 'Meningkatnya kemandirian keuangan daerah',
      indicators: [
        {
          name: 'Realisasi Pendapatan Asli Daerah',
          // In millions, at the demo ledger's scale (a few dozen businesses, some Rp 4 bn a year), not the real city's
          // Rp 1.1 trillion: the figure is fed from that ledger, so the targets are set where it stands.
          unit: 'Rp juta',
          polarity: 'higher',
          cumulative: true,
          iku: true,
          baseline: 3600,
          dataSource: 'Buku besar penerimaan Balai (realisasi pendapatan)',
          evidence: 'Laporan realisasi pendapatan bulanan',
          source: 'revenue_pad',
          last: [4000, 850, 1850, 2900],
          now: [4200, 1000, 2050, 3100],
        },
      ],
    },
  ],
};

const KABUPATEN_BANGKA: DemoNode = {
  kind: 'tujuan_rpjmd',
  name: 'Meningkatnya derajat kesehatan dan tata kelola keuangan daerah',
  children: [
    {
      kind: 'sasaran_opd',
      opd: 'Dinkes',
      cascading: 'direct',
      name: 'Menurunnya prevalensi stunting',
      indicators: [
        {
          name: 'Prevalensi stunting pada balita',
          unit: '%',
          polarity: 'lower',
          iku: true,
          baseline: 18.4,
          dataSource: 'e-PPGBM',
          evidence: 'Rekap e-PPGBM bulan penimbangan',
          last: [17, 18.1, 17.7, 17.4],
          now: [15.5, 16.8, 16.3, 15.9],
        },
      ],
    },
    {
      kind: 'sasaran_opd',
      opd: 'BPKAD',
      cascading: 'non_direct',
      name: 'Meningkatnya kualitas pengelolaan keuangan daerah',
      indicators: [
        {
          name: 'Persentase penyerapan belanja daerah',
          unit: '%',
          polarity: 'higher',
          cumulative: true,
          baseline: 88,
          dataSource: 'SIPD',
          evidence: 'Laporan realisasi anggaran',
          last: [92, 18, 42, 68],
          now: [94, 20, 45, 70],
        },
      ],
    },
  ],
};

export const DEMO_TREES: Record<string, DemoNode> = { '35.73': KOTA_MALANG, '19.01': KABUPATEN_BANGKA };

/** Records a region's demo tree through the planner's use cases (so the audit trail shows it set up). */
export async function seedDemoTree(db: Database, at: Date, regionId: string, year: number): Promise<void> {
  const root = DEMO_TREES[regionId];
  if (!root) return;
  const opds = new Map(
    (
      await db.query<{ id: number; shortName: string }>(
        `SELECT id, short_name AS "shortName" FROM perangkat_daerah WHERE region_id = $1 AND active_until IS NULL`,
        [regionId],
      )
    ).map((o) => [o.shortName, o.id]),
  );
  const opdId = (shortName: string) => {
    const id = opds.get(shortName);
    if (id === undefined) throw new Error(`The demo tree names an OPD ${regionId} has not: ${shortName}`);
    return id;
  };
  const targetOf = (i: DemoIndicator, y: number, figures: readonly number[]) =>
    i.polarity === 'range'
      ? { year: y, target: figures[0] as number, targetUpper: figures[1] as number, quarters: null }
      : {
          year: y,
          target: figures[0] as number,
          targetUpper: null,
          quarters: [figures[1], figures[2], figures[3], figures[0]] as [number, number, number, number],
        };

  async function seed(node: DemoNode, parentId: number | null): Promise<void> {
    const created = await createNode(
      db,
      at,
      SYSTEM_ACTOR,
      regionId,
      { all: true },
      {
        parentId,
        kind: node.kind,
        opdId: node.opd ? opdId(node.opd) : null,
        cascading: node.cascading ?? null,
        name: node.name,
      },
    );
    for (const i of node.indicators ?? [])
      await createIndicator(
        db,
        at,
        SYSTEM_ACTOR,
        regionId,
        { all: true },
        created.id,
        {
          name: i.name,
          unit: i.unit,
          polarity: i.polarity,
          cumulative: i.cumulative ?? false,
          iku: i.iku ?? false,
          baseline: i.baseline,
          baselineYear: year - 2,
          dataSource: i.dataSource,
          evidenceRequired: i.evidence,
          source: i.source ?? 'manual',
          owners: Object.entries(i.owners ?? {}).map(([shortName, sharePercent]) => ({
            opdId: opdId(shortName),
            sharePercent,
          })),
        },
        [targetOf(i, year - 1, i.last), targetOf(i, year, i.now)],
      );
    for (const child of node.children ?? []) await seed(child, created.id);
  }
  await seed(root, null);
}
