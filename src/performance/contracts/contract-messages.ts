import type { ProblemMessages } from '../../platform/problem-messages';

/** The problem codes of lelang kinerja (contract-rules.ts, the use cases), in both languages. */
export const CONTRACT_MESSAGES = {
  CONTRACT_WEIGHTS_NOT_100: {
    id: {
      title: 'Bobot kontrak harus berjumlah 100%',
      detail:
        'Setiap butir kontrak kinerja berbobot positif (paling banyak dua desimal) dan bobot semua butir berjumlah tepat 100%; bobot yang diberikan untuk {items} butir berjumlah {total}%.',
    },
    en: {
      title: 'Contract weights must add up to 100%',
      detail:
        'Each item of a performance contract has a positive weight (at most two decimals) and the weights of all items add up to exactly 100%; the weights given for {items} items add up to {total}%.',
    },
  },
  CONTRACT_ITEM_DUPLICATE: {
    id: {
      title: 'Indikator tercantum dua kali',
      detail:
        'Indikator {indicatorId} tercantum lebih dari sekali dalam penawaran; cantumkan setiap indikator sekali.',
    },
    en: {
      title: 'Indicator listed twice',
      detail: 'Indicator {indicatorId} is listed more than once in the offer; list each indicator once.',
    },
  },
  CONTRACT_BUDGET_INVALID: {
    id: {
      title: 'Anggaran tidak sah',
      detail: 'Anggaran butir indikator {indicatorId} ditulis dalam rupiah utuh dan tidak negatif.',
    },
    en: {
      title: 'Invalid budget',
      detail: 'The budget of the item for indicator {indicatorId} is in whole rupiah and not negative.',
    },
  },
  CONTRACT_ITEM_NOT_OPD: {
    id: {
      title: 'Indikator bukan milik perangkat daerah ini',
      detail:
        'Indikator {indicatorId} tidak berada pada pohon kinerja perangkat daerah ini dan bukan indikator lintas sektor yang dimilikinya.',
    },
    en: {
      title: 'Indicator not this agency’s',
      detail:
        'Indicator {indicatorId} is neither on this agency’s (OPD’s) part of the performance tree nor a crosscutting indicator it owns.',
    },
  },
  CONTRACT_ROUND_EXISTS: {
    id: {
      title: 'Putaran lelang kinerja sudah dibuka',
      detail: 'Putaran lelang kinerja tahun {year} sudah dibuka; satu tahun satu putaran.',
    },
    en: {
      title: 'The round is already open',
      detail: 'The lelang kinerja round of {year} has been opened already; there is one round a year.',
    },
  },
  CONTRACT_ROUND_NOT_FOUND: {
    id: {
      title: 'Putaran tidak ditemukan',
      detail: 'Tidak ada putaran lelang kinerja tahun {year} di daerah ini.',
    },
    en: { title: 'Round not found', detail: 'This region has no lelang kinerja round for {year}.' },
  },
  CONTRACT_NOT_FOUND: {
    id: {
      title: 'Kontrak kinerja tidak ditemukan',
      detail: 'Kontrak kinerja {contractId} tidak ada di daerah ini.',
    },
    en: {
      title: 'Performance contract not found',
      detail: 'Performance contract {contractId} does not exist in this region.',
    },
  },
  CONTRACT_NO_HEAD: {
    id: {
      title: 'Perangkat daerah tanpa kepala',
      detail:
        '{opdName} tidak memiliki pejabat yang menduduki jabatan kepalanya hari ini; catat pemangku jabatan itu lebih dahulu, karena kontrak kinerja ditandatangani oleh kepala yang namanya tercantum.',
    },
    en: {
      title: 'Agency without a head',
      detail:
        'Nobody holds the head position of {opdName} today; record its holder first, since a performance contract is signed by the head it names.',
    },
  },
  CONTRACT_ALREADY_AGREED: {
    id: {
      title: 'Kontrak sudah disepakati',
      detail: 'Target kontrak ini sudah disepakati; penawaran baru tidak diterima lagi.',
    },
    en: {
      title: 'Contract already agreed',
      detail: 'This contract’s targets have been agreed; no further offer is taken.',
    },
  },
  CONTRACT_NOTHING_TO_ACCEPT: {
    id: {
      title: 'Tidak ada penawaran pihak lain',
      detail:
        'Penawaran terakhir adalah penawaran pihak Anda sendiri; yang disetujui adalah penawaran terakhir pihak lain.',
    },
    en: {
      title: 'No offer of the other side',
      detail: 'The latest offer is your own side’s; one accepts the other side’s latest offer.',
    },
  },
  CONTRACT_NOT_AGREED: {
    id: { title: 'Kontrak belum disepakati', detail: 'Kontrak ditandatangani setelah targetnya disepakati.' },
    en: {
      title: 'Contract not agreed yet',
      detail: 'A contract is signed once its targets have been agreed.',
    },
  },
  CONTRACT_ALREADY_SIGNED: {
    id: { title: 'Sudah ditandatangani', detail: 'Pihak ini sudah menandatangani kontrak kinerja ini.' },
    en: { title: 'Already signed', detail: 'This side has signed this performance contract already.' },
  },
  CONTRACT_SIGNER_NOT_NAMED: {
    id: {
      title: 'Bukan penanda tangan yang tercantum',
      detail:
        'Kontrak kinerja ini ditandatangani oleh {headName}, kepala perangkat daerah yang namanya tercantum, bukan oleh orang lain.',
    },
    en: {
      title: 'Not the named signatory',
      detail:
        'This performance contract is signed by {headName}, the agency head it names, and by no one else.',
    },
  },
} satisfies ProblemMessages;

type ContractMessages = typeof CONTRACT_MESSAGES;

declare module '../../platform/problem-messages' {
  interface ProblemCatalogue extends ContractMessages {}
}
