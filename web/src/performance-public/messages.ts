/** Messages of performance management's public page (issue 16): contracts, quarterly achievement, predikat, opinions. */

/** Indonesian, the default language. */
const id = {
  'publicPerformance.title': 'Kinerja pemerintah daerah',
  'publicPerformance.subtitle':
    'Perjanjian kinerja tiap perangkat daerah dan capaiannya per triwulan, predikat SAKIP dan reformasi birokrasi, serta opini BPK.',
  'publicPerformance.link': 'Kinerja pemerintah daerah',
  'publicPerformance.linkHint': 'perjanjian kinerja, capaian triwulan, SAKIP, RB dan opini BPK',
  'publicPerformance.region': 'Daerah',
  'publicPerformance.chooseRegion': 'Pilih daerah untuk melihat kinerjanya.',
  'publicPerformance.year': 'Tahun',
  'publicPerformance.through': 'Keadaan sampai dengan {day, date}. Hanya realisasi yang telah diverifikasi.',
  'publicPerformance.grades': 'Predikat dan opini, dari tahun ke tahun',
  'publicPerformance.gradeYear': 'Tahun',
  'publicPerformance.sakip': 'SAKIP',
  'publicPerformance.rb': 'Reformasi birokrasi',
  'publicPerformance.opinion': 'Opini BPK atas LKPD',
  'publicPerformance.noGrades': 'Belum ada evaluasi yang selesai maupun opini yang dicatat.',
  'publicPerformance.opds': 'Perjanjian kinerja {year} dan capaian per triwulan',
  'publicPerformance.noOpds': 'Belum ada perjanjian kinerja {year} yang ditandatangani.',
  'publicPerformance.opd': 'Perangkat daerah',
  'publicPerformance.head': 'Kepala: {name}',
  'publicPerformance.signed': 'ditandatangani {day, date}',
  'publicPerformance.quarter': 'Tw{quarter}',
  'publicPerformance.scoreHint':
    'Capaian triwulan adalah rata-rata tertimbang capaian indikator (bobot perjanjian kinerja), tiap indikator paling tinggi {cap}%; indikator yang belum dilaporkan dihitung 0% setelah triwulannya berakhir.',
  'publicPerformance.items': 'Indikator {opd}',
  'publicPerformance.indicator': 'Indikator',
  'publicPerformance.weight': 'Bobot',
  'publicPerformance.baseline': 'Titik nol',
  'publicPerformance.target': 'Target tahun',
  'publicPerformance.quarterCell': 'Tw{quarter}: realisasi / target',
  'publicPerformance.notYet': 'belum',
  'publicPerformance.opinion.wtp': 'WTP',
  'publicPerformance.opinion.wdp': 'WDP',
  'publicPerformance.opinion.tw': 'TW',
  'publicPerformance.opinion.tmp': 'TMP',
};

/** English. */
const en: Record<keyof typeof id, string> = {
  'publicPerformance.title': 'Regional government performance',
  'publicPerformance.subtitle':
    "Each regional agency's performance agreement and its achievement by quarter, the SAKIP and bureaucratic reform grades, and the BPK's audit opinion.",
  'publicPerformance.link': 'Regional government performance',
  'publicPerformance.linkHint': 'performance agreements, quarterly achievement, SAKIP, RB and BPK opinions',
  'publicPerformance.region': 'Region',
  'publicPerformance.chooseRegion': 'Choose a region to see its performance.',
  'publicPerformance.year': 'Year',
  'publicPerformance.through': 'As of {day, date}. Only realisations a verifier has accepted.',
  'publicPerformance.grades': 'Grades and opinions, year on year',
  'publicPerformance.gradeYear': 'Year',
  'publicPerformance.sakip': 'SAKIP',
  'publicPerformance.rb': 'Bureaucratic reform',
  'publicPerformance.opinion': "BPK's opinion on the financial statements",
  'publicPerformance.noGrades': 'No finished evaluation and no opinion recorded yet.',
  'publicPerformance.opds': '{year} performance agreements and quarterly achievement',
  'publicPerformance.noOpds': 'No {year} performance agreement has been signed yet.',
  'publicPerformance.opd': 'Regional agency',
  'publicPerformance.head': 'Head: {name}',
  'publicPerformance.signed': 'signed {day, date}',
  'publicPerformance.quarter': 'Q{quarter}',
  'publicPerformance.scoreHint':
    "A quarter's achievement is the weighted mean of its indicators' achievement (the agreement's weights), each counting at most {cap}%; an indicator not reported counts 0% once its quarter has ended.",
  'publicPerformance.items': 'Indicators of {opd}',
  'publicPerformance.indicator': 'Indicator',
  'publicPerformance.weight': 'Weight',
  'publicPerformance.baseline': 'Baseline',
  'publicPerformance.target': "Year's target",
  'publicPerformance.quarterCell': 'Q{quarter}: realised / target',
  'publicPerformance.notYet': 'not yet',
  'publicPerformance.opinion.wtp': 'Unqualified (WTP)',
  'publicPerformance.opinion.wdp': 'Qualified (WDP)',
  'publicPerformance.opinion.tw': 'Adverse (TW)',
  'publicPerformance.opinion.tmp': 'Disclaimer (TMP)',
};

export const performancePublicMessages = { id, en };
