/** Messages of the revenue's public and cross-region pages (issue 15): the public figures, the comparison, population. */

/** Indonesian, the default language. */
const id = {
  'nav.crossRegion': 'Perbandingan antardaerah',
  'nav.population': 'Jumlah penduduk',

  'publicRevenue.title': 'Realisasi pajak daerah',
  'publicRevenue.subtitle':
    'Penerimaan pajak daerah dibandingkan target APBD, per jenis pajak dan per bulan. Hanya angka gabungan: tidak ada wajib pajak yang disebut.',
  'publicRevenue.region': 'Daerah',
  'publicRevenue.chooseRegion': 'Pilih daerah untuk melihat angkanya.',
  'publicRevenue.year': 'Tahun anggaran',
  'publicRevenue.through': 'Sampai dengan {day, date}; diperbarui {at}.',
  'publicRevenue.throughNoRollup': 'Sampai dengan {day, date}.',
  'publicRevenue.target': 'Target',
  'publicRevenue.realised': 'Realisasi',
  'publicRevenue.achievement': 'Capaian',
  'publicRevenue.taxType': 'Jenis pajak',
  'publicRevenue.month': 'Bulan',
  'publicRevenue.total': 'Jumlah',
  'publicRevenue.byTax': 'Per jenis pajak',
  'publicRevenue.byMonth': 'Per bulan (semua jenis pajak)',
  'publicRevenue.taxMonths': 'Per bulan: {tax}',
  'publicRevenue.noTarget': 'tanpa target',
  'publicRevenue.notYet': 'belum',
  'publicRevenue.withheld': 'tidak dipublikasikan',
  'publicRevenue.withheldNote':
    'Bulan suatu jenis pajak yang dibayar dengan kurang dari {min} pembayaran tidak dipublikasikan, agar setoran satu wajib pajak tidak terbaca. Jumlah setahun tetap dipublikasikan.',
  'publicRevenue.none': 'Belum ada penerimaan maupun target untuk tahun ini.',
  'publicRevenue.checkpoints': 'Checkpoint jejak audit',
  'publicRevenue.checkpointsHint':
    'Hash rantai audit tiap Pemda, ditandatangani berkala, untuk diperiksa siapa pun.',
  'publicRevenue.link': 'Realisasi pajak daerah',
  'publicRevenue.linkHint': 'penerimaan dibandingkan target, per jenis pajak dan bulan',

  'crossRegion.title': 'Perbandingan antardaerah',
  'crossRegion.subtitle':
    'Realisasi pajak tiap Pemda pada deployment ini dibandingkan targetnya dan per penduduk. Daerah lain hanya terlihat dalam angka gabungan.',
  'crossRegion.totals': 'Seluruh pajak daerah',
  'crossRegion.region': 'Daerah',
  'crossRegion.population': 'Penduduk',
  'crossRegion.populationOf': '{population} jiwa ({year}; {source})',
  'crossRegion.noPopulation': 'belum diisi',
  'crossRegion.perCapita': 'Realisasi per penduduk',
  'crossRegion.targetPerCapita': 'Target per penduduk',
  'crossRegion.through': 'sampai {day, date}',
  'crossRegion.byTax': 'Per jenis pajak: realisasi (per penduduk) dan capaian',
  'crossRegion.yours': 'daerah Anda',

  'population.title': 'Jumlah penduduk',
  'population.subtitle':
    'Dipakai untuk realisasi per penduduk pada perbandingan antardaerah. Koreksi dicatat sebagai entri baru; entri lama tetap tersimpan.',
  'population.year': 'Tahun',
  'population.count': 'Jumlah penduduk (jiwa)',
  'population.source': 'Sumber',
  'population.sourceHint': 'Misalnya: BPS, Kota Malang Dalam Angka 2025',
  'population.save': 'Simpan',
  'population.saved': 'Jumlah penduduk disimpan.',
  'population.history': 'Riwayat',
  'population.enteredAt': 'Dicatat',
  'population.enteredBy': 'Oleh',
  'population.system': 'sistem',
  'population.none': 'Belum ada angka penduduk.',
} as const;

/** English. */
const en: Record<keyof typeof id, string> = {
  'nav.crossRegion': 'Cross-region comparison',
  'nav.population': 'Population',

  'publicRevenue.title': 'Regional tax revenue',
  'publicRevenue.subtitle':
    'Regional tax received against the APBD target, by tax type and month. Aggregates only: no taxpayer is named.',
  'publicRevenue.region': 'Region',
  'publicRevenue.chooseRegion': 'Choose a region to see its figures.',
  'publicRevenue.year': 'Budget year',
  'publicRevenue.through': 'Through {day, date}; updated {at}.',
  'publicRevenue.throughNoRollup': 'Through {day, date}.',
  'publicRevenue.target': 'Target',
  'publicRevenue.realised': 'Realised',
  'publicRevenue.achievement': 'Achieved',
  'publicRevenue.taxType': 'Tax type',
  'publicRevenue.month': 'Month',
  'publicRevenue.total': 'Total',
  'publicRevenue.byTax': 'By tax type',
  'publicRevenue.byMonth': 'By month (all tax types)',
  'publicRevenue.taxMonths': 'By month: {tax}',
  'publicRevenue.noTarget': 'no target',
  'publicRevenue.notYet': 'not yet',
  'publicRevenue.withheld': 'not published',
  'publicRevenue.withheldNote':
    "A tax type's month paid by fewer than {min} payments is not published, so that no one taxpayer's payment can be read from it. The year's total is published all the same.",
  'publicRevenue.none': 'No revenue and no target for this year yet.',
  'publicRevenue.checkpoints': 'Audit trail checkpoints',
  'publicRevenue.checkpointsHint': "Each Pemda's audit chain hash, signed regularly, for anyone to check.",
  'publicRevenue.link': 'Regional tax revenue',
  'publicRevenue.linkHint': 'revenue against target, by tax type and month',

  'crossRegion.title': 'Cross-region comparison',
  'crossRegion.subtitle':
    "Each Pemda's tax revenue on this deployment against its target and per inhabitant. Other regions are seen in aggregate only.",
  'crossRegion.totals': 'All regional taxes',
  'crossRegion.region': 'Region',
  'crossRegion.population': 'Population',
  'crossRegion.populationOf': '{population} people ({year}; {source})',
  'crossRegion.noPopulation': 'not entered',
  'crossRegion.perCapita': 'Realised per inhabitant',
  'crossRegion.targetPerCapita': 'Target per inhabitant',
  'crossRegion.through': 'through {day, date}',
  'crossRegion.byTax': 'By tax type: realised (per inhabitant) and achieved',
  'crossRegion.yours': 'your region',

  'population.title': 'Population',
  'population.subtitle':
    'Used for revenue per inhabitant in the cross-region comparison. A correction is recorded as a new entry; the old one is kept.',
  'population.year': 'Year',
  'population.count': 'Population (people)',
  'population.source': 'Source',
  'population.sourceHint': 'For example: BPS, Kota Malang Dalam Angka 2025',
  'population.save': 'Save',
  'population.saved': 'Population saved.',
  'population.history': 'History',
  'population.enteredAt': 'Recorded',
  'population.enteredBy': 'By',
  'population.system': 'system',
  'population.none': 'No population figure yet.',
};

export const revenuePublicMessages = { id, en };
