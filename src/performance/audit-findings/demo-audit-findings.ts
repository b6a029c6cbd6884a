import type { Database } from '../../db/database';
import { SYSTEM_ACTOR } from '../../platform/users';
import {
  type AuditOpinion,
  createFinding,
  type FindingSource,
  recordOpinion,
  setRecommendationStatus,
  submitFollowUp,
} from './audit-findings';
import type { FollowUpStatus } from './follow-up-status';

/*
 * The demo's audit opinions and findings. Kota Malang: WTP on every LKPD from 2011 to 2023 (the governance reference,
 * §0: WTP every year since 2011, the 12th for LKPD 2022, the 13th for LKPD 2023); report numbers and the findings are
 * invented. Kabupaten Bangka: two opinions and one finding, invented.
 */

/** A minimal PDF: what the demo's follow-up sends as its evidence. */
const DEMO_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

interface DemoFinding {
  source: FindingSource;
  yearsBefore: number;
  title: string;
  description: string;
  recommendations: {
    opd: string;
    text: string;
    /** The deadline, days from today (negative: passed). */
    dueInDays: number;
    followUp?: string;
    status?: FollowUpStatus;
    note?: string;
  }[];
}

const DEMO: Record<string, { opinions: [number, AuditOpinion][]; findings: DemoFinding[] }> = {
  '35.73': {
    opinions: Array.from({ length: 13 }, (_, i): [number, AuditOpinion] => [2011 + i, 'wtp']),
    findings: [
      {
        source: 'bpk',
        yearsBefore: 1,
        title: 'Penatausahaan aset tetap belum tertib',
        description: 'Aset tetap peralatan dan mesin belum seluruhnya didukung kartu inventaris barang.',
        recommendations: [
          {
            opd: 'Dinkes',
            text: 'Melakukan inventarisasi aset peralatan kesehatan di seluruh puskesmas.',
            dueInDays: -30,
          },
          {
            opd: 'Bapenda',
            text: 'Menertibkan kartu inventaris barang kendaraan dinas.',
            dueInDays: -60,
            followUp: 'Kartu inventaris 42 kendaraan dinas telah dimutakhirkan; berita acara terlampir.',
            status: 'sesuai',
          },
        ],
      },
      {
        source: 'inspektorat',
        yearsBefore: 0,
        title: 'Bukti pertanggungjawaban perjalanan dinas tidak lengkap',
        description: 'Sebagian SPJ perjalanan dinas belum dilengkapi bukti penginapan.',
        recommendations: [
          {
            opd: 'Dinkes',
            text: 'Melengkapi bukti penginapan SPJ perjalanan dinas triwulan I.',
            dueInDays: 45,
            followUp: 'Sebagian bukti penginapan telah dilengkapi; sisanya menunggu konfirmasi hotel.',
            status: 'belum_sesuai',
          },
          {
            opd: 'Bapenda',
            text: 'Mengembalikan kelebihan pembayaran uang harian ke kas daerah.',
            dueInDays: 30,
            status: 'tidak_dapat_ditindaklanjuti',
            note: 'Pegawai yang bersangkutan telah meninggal dunia; dicatat sebagai kerugian daerah.',
          },
        ],
      },
    ],
  },
  '19.01': {
    opinions: [
      [2022, 'wtp'],
      [2023, 'wtp'],
    ],
    findings: [
      {
        source: 'bpk',
        yearsBefore: 1,
        title: 'Pendapatan retribusi pelayanan kesehatan belum disetor tepat waktu',
        description: 'Penerimaan retribusi puskesmas disetor ke kas daerah melebihi satu hari kerja.',
        recommendations: [
          {
            opd: 'Dinkes',
            text: 'Menyetor penerimaan retribusi paling lambat satu hari kerja.',
            dueInDays: -10,
          },
        ],
      },
    ],
  },
};

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Seeds one region's audit opinions and findings, as the verifier would record them. */
export async function seedAuditFindingsDemo(
  db: Database,
  at: Date,
  regionId: string,
  today: string,
  opdIdOf: (shortName: string) => number,
): Promise<void> {
  const demo = DEMO[regionId];
  if (!demo) return;
  for (const [fiscalYear, opinion] of demo.opinions) {
    await recordOpinion(db, at, today, SYSTEM_ACTOR, regionId, fiscalYear, {
      opinion,
      reportNumber: `${fiscalYear + 1}/LHP/XVIII.SBY/05`,
      reportDate: `${fiscalYear + 1}-05-20`,
      report: null,
    });
  }
  const year = Number(today.slice(0, 4));
  for (const f of demo.findings) {
    const findingId = await createFinding(db, at, SYSTEM_ACTOR, regionId, {
      source: f.source,
      year: year - f.yearsBefore,
      reportNumber: `${f.source === 'bpk' ? 'LHP' : 'LHP-INSP'}/${year - f.yearsBefore}/07`,
      title: f.title,
      description: f.description,
      recommendations: f.recommendations.map((r) => ({
        opdId: opdIdOf(r.opd),
        text: r.text,
        deadline: addDays(today, r.dueInDays),
      })),
    });
    const recs = await db.query<{ id: number }>(
      'SELECT id FROM audit_recommendation WHERE region_id = $1 AND finding_id = $2 ORDER BY id',
      [regionId, findingId],
    );
    for (const [i, r] of f.recommendations.entries()) {
      const recId = Number(recs[i]?.id);
      if (r.followUp) {
        await submitFollowUp(db, at, today, SYSTEM_ACTOR, regionId, recId, {
          answer: r.followUp,
          evidence: [{ fileName: 'berita-acara-tindak-lanjut.pdf', content: DEMO_PDF }],
        });
      }
      if (r.status) {
        await setRecommendationStatus(db, at, today, SYSTEM_ACTOR, regionId, recId, {
          status: r.status,
          note: r.note ?? null,
        });
      }
    }
  }
}
