import type { ProblemMessages } from '../../platform/problem-messages';

/** The problem codes of the performance tree and its indicators (tree-rules.ts, the use cases), in both languages. */
export const TREE_MESSAGES = {
  TREE_NODE_NOT_FOUND: {
    id: {
      title: 'Simpul pohon kinerja tidak ditemukan',
      detail: 'Simpul {nodeId} tidak ada di pohon kinerja daerah ini.',
    },
    en: { title: 'Tree node not found', detail: 'Node {nodeId} is not in this region’s performance tree.' },
  },
  INDICATOR_NOT_FOUND: {
    id: { title: 'Indikator tidak ditemukan', detail: 'Indikator {indicatorId} tidak ada di daerah ini.' },
    en: { title: 'Indicator not found', detail: 'Indicator {indicatorId} does not exist in this region.' },
  },
  TREE_CYCLE: {
    id: {
      title: 'Pohon kinerja melingkar',
      detail:
        'Simpul {parentId} adalah simpul {nodeId} sendiri atau berada di bawahnya, sehingga tidak dapat menjadi induknya: cascading berjalan satu arah, dari tujuan RPJMD ke kegiatan.',
    },
    en: {
      title: 'Cycle in the performance tree',
      detail:
        'Node {parentId} is node {nodeId} itself or lies under it, so it cannot be its parent: cascading runs one way, from the RPJMD goals down to the kegiatan.',
    },
  },
  TREE_NODE_LEVEL_INVALID: {
    id: {
      title: 'Jenjang simpul tidak sesuai',
      detail:
        'Tujuan RPJMD adalah milik daerah, tanpa perangkat daerah dan tanpa induk; sasaran, program dan kegiatan milik satu perangkat daerah dan berada di bawah simpul lain dengan jenis cascading (langsung atau tidak langsung).',
    },
    en: {
      title: 'Node does not fit its level',
      detail:
        'An RPJMD goal is the region’s, with no agency and no parent; a sasaran, program or kegiatan belongs to one agency (OPD) and sits under another node with a cascading type (direct or non-direct).',
    },
  },
  CROSSCUTTING_SHARES_NOT_100: {
    id: {
      title: 'Porsi indikator lintas sektor harus berjumlah 100%',
      detail:
        'Indikator lintas sektor (crosscutting) dimiliki paling sedikit dua perangkat daerah, masing-masing sekali, dengan porsi positif (paling banyak dua desimal) yang berjumlah tepat 100%; porsi yang diberikan berjumlah {total}%.',
    },
    en: {
      title: 'Crosscutting shares must add up to 100%',
      detail:
        'A crosscutting indicator has at least two owning agencies (OPD), each once, with positive shares (at most two decimals) adding up to exactly 100%; the shares given add up to {total}%.',
    },
  },
  INDICATOR_BASELINE_REQUIRED: {
    id: {
      title: 'Target tanpa titik nol',
      detail:
        'Isi baseline (titik nol) indikator dan tahunnya lebih dahulu: target ditawarkan dari posisi awal, bukan dari ketiadaan.',
    },
    en: {
      title: 'Target without a baseline',
      detail:
        'Record the indicator’s baseline ("titik nol") and its year first: a target is bid from where one stands, never from nowhere.',
    },
  },
  INDICATOR_TARGET_RANGE_INVALID: {
    id: {
      title: 'Target rentang tidak sah',
      detail:
        'Indikator berpolaritas rentang memerlukan batas atas (targetUpper) yang tidak lebih kecil daripada target; indikator lain tidak memiliki batas atas.',
    },
    en: {
      title: 'Invalid range target',
      detail:
        'An indicator with a range polarity needs an upper bound (targetUpper) not below its target; other indicators have none.',
    },
  },
  INDICATOR_QUARTERS_INVALID: {
    id: {
      title: 'Target triwulan tidak sesuai',
      detail:
        'Target Tw4 sama dengan target tahunan (dalam rentang untuk indikator rentang); indikator kumulatif tidak pernah turun dari triwulan ke triwulan; indikator yang tidak kumulatif tidak melampaui target tahunan (di atasnya bila makin tinggi makin baik, di bawahnya bila makin rendah makin baik); tidak ada yang negatif.',
    },
    en: {
      title: 'Quarterly targets do not fit',
      detail:
        'Tw4 equals the year’s target (within the range for a range indicator); a cumulative indicator never falls from quarter to quarter; a non-cumulative one never aims past the year’s target (above it when higher is better, below it when lower is better); none is negative.',
    },
  },
} satisfies ProblemMessages;

type TreeMessages = typeof TREE_MESSAGES;

declare module '../../platform/problem-messages' {
  interface ProblemCatalogue extends TreeMessages {}
}
