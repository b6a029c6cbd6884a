import type { ProblemMessages } from '../platform/problem-messages';

/** Performance management's problem codes (the organisation, the OPD tenancy), in Indonesian and English. */
export const PERFORMANCE_MESSAGES = {
  OPD_NOT_FOUND: {
    id: {
      title: 'Perangkat daerah tidak ditemukan',
      detail: 'Perangkat daerah {opdId} tidak ada di daerah ini.',
    },
    en: {
      title: 'Regional agency not found',
      detail: 'Regional agency (OPD) {opdId} does not exist in this region.',
    },
  },
  OPD_FORBIDDEN: {
    id: {
      title: 'Bukan perangkat daerah Anda',
      detail:
        'Anda bekerja untuk perangkat daerah Anda sendiri; {opdName} bukan salah satunya. Minta perencana atau kepala perangkat daerah itu menambahkan Anda bila Anda bekerja untuknya.',
    },
    en: {
      title: 'Not your regional agency',
      detail:
        'You act for your own regional agencies (OPD) only, and {opdName} is not one of them. Ask a planner or its head to add you if you work for it.',
    },
  },
  OPD_NAME_TAKEN: {
    id: {
      title: 'Nama sudah dipakai',
      detail: 'Perangkat daerah lain yang masih berlaku sudah bernama atau bersingkatan "{name}".',
    },
    en: {
      title: 'Name already taken',
      detail: 'Another regional agency in force already has the name or short name "{name}".',
    },
  },
  OPD_DISTRICT_REQUIRED: {
    id: {
      title: 'Kecamatan harus dipilih dari katalog',
      detail:
        'Perangkat daerah berjenis kecamatan menyebut kode kecamatannya (districtCode); jenis lain tidak menyebutnya.',
    },
    en: {
      title: 'A kecamatan names its district',
      detail:
        'A regional agency of kind kecamatan names its district code (districtCode); other kinds do not.',
    },
  },
  OPD_DISTRICT_UNKNOWN: {
    id: {
      title: 'Kecamatan tidak dikenal',
      detail: 'Kode {districtCode} bukan kecamatan daerah ini menurut katalog Kemendagri.',
    },
    en: {
      title: 'Unknown district',
      detail: 'Code {districtCode} is not a kecamatan of this region in the Kemendagri catalogue.',
    },
  },
  UNIT_NOT_FOUND: {
    id: { title: 'Unit kerja tidak ditemukan', detail: 'Unit kerja {unitId} tidak ada di daerah ini.' },
    en: { title: 'Unit not found', detail: 'Unit {unitId} does not exist in this region.' },
  },
  UNIT_NOT_IN_OPD: {
    id: {
      title: 'Unit kerja di perangkat daerah lain',
      detail:
        'Unit kerja {unitId} bukan unit {opdName}: unit induk dan unit sebuah jabatan harus dari perangkat daerah yang sama.',
    },
    en: {
      title: 'Unit of another agency',
      detail:
        'Unit {unitId} is not a unit of {opdName}: a parent unit and a position’s unit belong to the same agency.',
    },
  },
  UNIT_CYCLE: {
    id: {
      title: 'Susunan unit melingkar',
      detail: 'Unit {parentId} berada di bawah unit {unitId}, sehingga tidak dapat menjadi induknya.',
    },
    en: {
      title: 'Units in a cycle',
      detail: 'Unit {parentId} sits under unit {unitId}, so it cannot be its parent.',
    },
  },
  POSITION_NOT_FOUND: {
    id: { title: 'Jabatan tidak ditemukan', detail: 'Jabatan {positionId} tidak ada di daerah ini.' },
    en: { title: 'Position not found', detail: 'Position {positionId} does not exist in this region.' },
  },
  POSITION_HEAD_TAKEN: {
    id: {
      title: 'Sudah ada jabatan pimpinan',
      detail: '"{name}" sudah memimpin {unitName}; satu unit dipimpin satu jabatan.',
    },
    en: {
      title: 'Already has a head',
      detail: '"{name}" already heads {unitName}; a unit has one heading position.',
    },
  },
  EMPLOYEE_NOT_FOUND: {
    id: { title: 'Pegawai tidak ditemukan', detail: 'Pegawai {employeeId} tidak ada di daerah ini.' },
    en: { title: 'Employee not found', detail: 'Employee {employeeId} does not exist in this region.' },
  },
  EMPLOYEE_NIP_TAKEN: {
    id: {
      title: 'NIP sudah terdaftar',
      detail: 'NIP {nip} sudah tercatat untuk pegawai lain di daerah ini.',
    },
    en: {
      title: 'NIP already registered',
      detail: 'NIP {nip} is already recorded for another employee of this region.',
    },
  },
  EMPLOYEE_ACCOUNT_TAKEN: {
    id: {
      title: 'Akun sudah dipakai pegawai lain',
      detail: 'Akun {userId} sudah terhubung dengan pegawai lain di daerah ini.',
    },
    en: {
      title: 'Account linked to another employee',
      detail: 'Account {userId} is already linked to another employee of this region.',
    },
  },
  PERSON_NOT_IN_REGION: {
    id: {
      title: 'Akun bukan pengguna daerah ini',
      detail:
        'Akun {userId} tidak memiliki peran di daerah ini. Administrator memberinya peran lebih dahulu.',
    },
    en: {
      title: 'Account not of this region',
      detail: 'Account {userId} holds no role in this region. An administrator gives it one first.',
    },
  },
  HOLDER_NOT_FOUND: {
    id: {
      title: 'Pemangku jabatan tidak ditemukan',
      detail: 'Catatan pemangku jabatan {holderId} tidak ada di daerah ini.',
    },
    en: { title: 'Holding not found', detail: 'Position holding {holderId} does not exist in this region.' },
  },
  HOLDER_OVERLAP: {
    id: {
      title: 'Masa jabatan bertumpuk',
      detail:
        'Pada masa itu "{positionName}" sudah dipangku {holderName} ({kind}, mulai {startsOn, date}); satu jabatan dipangku satu orang pada satu waktu (Plh dapat mewakili pejabat definitif yang berhalangan sementara).',
    },
    en: {
      title: 'Holdings overlap',
      detail:
        'In that period "{positionName}" is held by {holderName} ({kind}, from {startsOn, date}); a position has one holder at a time (a Plh may stand in for a definitif holder who is away for a while).',
    },
  },
  PERIOD_ENDS_BEFORE_START: {
    id: {
      title: 'Berakhir sebelum mulai',
      detail: 'Masa berlaku berakhir {lastDay, date}, sebelum mulainya {from, date}.',
    },
    en: {
      title: 'Ends before it starts',
      detail: 'The period ends on {lastDay, date}, before it starts on {from, date}.',
    },
  },
  OPD_MEMBERSHIP_EXISTS: {
    id: {
      title: 'Sudah anggota',
      detail: 'Akun {userId} sudah bekerja untuk {opdName}.',
    },
    en: {
      title: 'Already a member',
      detail: 'Account {userId} already works for {opdName}.',
    },
  },
  OPD_MEMBERSHIP_NOT_FOUND: {
    id: {
      title: 'Bukan anggota',
      detail: 'Akun {userId} tidak tercatat bekerja untuk {opdName}.',
    },
    en: {
      title: 'Not a member',
      detail: 'Account {userId} is not recorded as working for {opdName}.',
    },
  },
} satisfies ProblemMessages;

type PerformanceMessages = typeof PERFORMANCE_MESSAGES;

declare module '../platform/problem-messages' {
  interface ProblemCatalogue extends PerformanceMessages {}
}
