import { auditFindingsMessagesEn, auditFindingsMessagesId } from './audit-findings-messages';
import { contractsMessagesEn, contractsMessagesId } from './contracts-messages';
import { evaluationsMessagesEn, evaluationsMessagesId } from './evaluations-messages';
import { lkjipMessagesEn, lkjipMessagesId } from './lkjip-messages';
import { rankingMessagesEn, rankingMessagesId } from './ranking-messages';
import { realisationMessagesEn, realisationMessagesId } from './realisation-messages';
import { treeMessagesEn, treeMessagesId } from './tree-messages';

/** Messages of performance management: the region's organisation, and what each of its roles finds here. */

/** Indonesian, the default language. */
const id = {
  'nav.organisation': 'Organisasi',

  'home.perencana.title': 'Perencana',
  'home.perencana.body':
    'Menyiapkan organisasi daerah (perangkat daerah, unit kerja, jabatan dan pemangkunya) serta siklus kinerja.',
  'home.petugas_kinerja.title': 'Petugas kinerja OPD',
  'home.petugas_kinerja.body': 'Mencatat kinerja perangkat daerah Anda dengan bukti dukungnya.',
  'home.kepala_opd.title': 'Kepala perangkat daerah',
  'home.kepala_opd.body':
    'Memimpin kinerja perangkat daerah Anda: menawar target, menandatangani perjanjian kinerja, menjawab evaluasi.',
  'home.verifikator.title': 'Verifikator kinerja',
  'home.verifikator.body':
    'Memverifikasi capaian kinerja perangkat daerah dan mengevaluasi akuntabilitasnya.',

  'org.title': 'Organisasi',
  'org.subtitle':
    'Perangkat daerah {region}, unit kerja dan jabatannya, dengan pemangku jabatan per {date, date}.',
  'org.scopeOwn': 'Anda melihat perangkat daerah tempat Anda bekerja.',
  'org.day': 'Per tanggal',
  'org.search': 'Cari perangkat daerah',
  'org.expandAll': 'Buka semua',
  'org.collapseAll': 'Tutup semua',
  'org.count': '{count} perangkat daerah',
  'org.none': 'Tidak ada perangkat daerah yang berlaku pada tanggal ini.',
  'org.noneOwn':
    'Anda belum tercatat bekerja untuk perangkat daerah mana pun. Minta perencana atau kepala perangkat daerah Anda menambahkan Anda.',
  'org.noMatch': 'Tidak ada perangkat daerah yang cocok dengan “{query}”.',
  'org.positions': '{count} jabatan',
  'org.vacant': 'Lowong',
  'org.functional': 'Fungsional',
  'org.eselon': 'Eselon {eselon}',
  'org.since': 'sejak {date, date}',
  'org.sinceUntil': '{from, date} – {until, date}',
  'org.holder.plt': 'Plt.',
  'org.holder.plh': 'Plh.',
  'org.holder.pltLong': 'Pelaksana Tugas',
  'org.holder.plhLong': 'Pelaksana Harian',
  'opdKind.sekretariat_daerah': 'Sekretariat Daerah',
  'opdKind.sekretariat_dprd': 'Sekretariat DPRD',
  'opdKind.inspektorat': 'Inspektorat',
  'opdKind.dinas': 'Dinas',
  'opdKind.badan': 'Badan',
  'opdKind.kecamatan': 'Kecamatan',
  'opdKind.lainnya': 'Lainnya',
  ...treeMessagesId,
  ...contractsMessagesId,
  ...rankingMessagesId,
  ...realisationMessagesId,
  ...lkjipMessagesId,
  ...auditFindingsMessagesId,
  ...evaluationsMessagesId,
};

/** English. */
const en: Record<keyof typeof id, string> = {
  'nav.organisation': 'Organisation',

  'home.perencana.title': 'Planner',
  'home.perencana.body':
    "Sets up the region's organisation (its agencies, units, positions and who holds them) and runs the performance cycle.",
  'home.petugas_kinerja.title': 'OPD performance officer',
  'home.petugas_kinerja.body': "Records your agency's performance with its evidence.",
  'home.kepala_opd.title': 'Head of a regional agency',
  'home.kepala_opd.body':
    "Leads your agency's performance: bids targets, signs the performance agreement, answers evaluations.",
  'home.verifikator.title': 'Performance verifier',
  'home.verifikator.body': "Verifies the agencies' reported performance and evaluates their accountability.",

  'org.title': 'Organisation',
  'org.subtitle':
    "{region}'s regional agencies (OPD), their units and positions, with who holds them on {date, date}.",
  'org.scopeOwn': 'You see the agencies you work for.',
  'org.day': 'As of',
  'org.search': 'Find an agency',
  'org.expandAll': 'Expand all',
  'org.collapseAll': 'Collapse all',
  'org.count': '{count, plural, one {# agency} other {# agencies}}',
  'org.none': 'No agency is in force on this day.',
  'org.noneOwn':
    'You are not yet recorded as working for any agency. Ask a planner or the head of your agency to add you.',
  'org.noMatch': 'No agency matches “{query}”.',
  'org.positions': '{count, plural, one {# position} other {# positions}}',
  'org.vacant': 'Vacant',
  'org.functional': 'Functional',
  'org.eselon': 'Eselon {eselon}',
  'org.since': 'since {date, date}',
  'org.sinceUntil': '{from, date} – {until, date}',
  'org.holder.plt': 'Acting (Plt)',
  'org.holder.plh': 'Standing in (Plh)',
  'org.holder.pltLong': 'Acting head (pelaksana tugas)',
  'org.holder.plhLong': 'Standing in while the holder is away (pelaksana harian)',
  'opdKind.sekretariat_daerah': 'Regional Secretariat',
  'opdKind.sekretariat_dprd': 'DPRD Secretariat',
  'opdKind.inspektorat': 'Inspectorate',
  'opdKind.dinas': 'Dinas (service agency)',
  'opdKind.badan': 'Badan (agency)',
  'opdKind.kecamatan': 'Kecamatan (district)',
  'opdKind.lainnya': 'Other',
  ...treeMessagesEn,
  ...contractsMessagesEn,
  ...rankingMessagesEn,
  ...realisationMessagesEn,
  ...lkjipMessagesEn,
  ...auditFindingsMessagesEn,
  ...evaluationsMessagesEn,
};

export const performanceMessages = { id, en };
