import type { OpdKind } from './organisation/perangkat-daerah';
import type { HoldingKind } from './organisation/periods';
import type { Eselon } from './organisation/positions';
import type { UnitKind } from './organisation/units';

/*
 * The demo regions' organisation. The OPD names are the regions' own, checked against public sources: Kota Malang's
 * perangkat daerah after its 2020 reorganisation (Perda Kota Malang 5/2019 amending Perda 7/2016: the merged
 * Disdikbud, DPUPRPKP, Dinsos-P3AP2KB, Disnaker-PMPTSP, Diskopindag and Disporapar; malangkota.go.id 2020/01/04) and
 * the agencies its planning documents name; DPUPRPKP's four bidang as reported in 2024; Kabupaten Bangka's Dinas
 * Kesehatan and BPKAD as they appear in its news. The kecamatan and Kota Malang's kelurahan come from the Kemendagri
 * catalogue. The other units follow the national nomenclature. Every person is invented, and so is every NIP.
 */

/** A day relative to the demo's year: [years before it, 'MM-DD']. */
export type DemoDay = readonly [number, string];

export interface DemoHolding {
  /** Key of the employee in the region's list. */
  employee: string;
  kind?: HoldingKind;
  from: DemoDay;
  until?: DemoDay;
}

export interface DemoPosition {
  name: string;
  eselon?: Eselon;
  heads?: boolean;
  holders?: readonly DemoHolding[];
}

export interface DemoUnit {
  kind: UnitKind;
  name: string;
  positions?: readonly DemoPosition[];
  units?: readonly DemoUnit[];
}

export interface DemoOpd {
  kind: Exclude<OpdKind, 'kecamatan'>;
  name: string;
  shortName: string;
  positions?: readonly DemoPosition[];
  units?: readonly DemoUnit[];
}

/** A kecamatan: its name, its camat and (with `kelurahan`) its kelurahan come from the Kemendagri catalogue. */
export interface DemoKecamatan {
  kind: 'kecamatan';
  districtCode: string;
  /** The camat's holdings. */
  camat?: readonly DemoHolding[];
  /** Its kelurahan recorded as units, each headed by its lurah: the lurah's holdings by kelurahan name. */
  kelurahan?: Readonly<Record<string, readonly DemoHolding[]>>;
}

export interface DemoEmployee {
  name: string;
  nip: string;
  /** The demo account they sign in with, if any. */
  email?: string;
}

export interface DemoRegionOrganisation {
  regionId: string;
  /** The day its current structure (SOTK) came into force. */
  activeFrom: string;
  employees: Readonly<Record<string, DemoEmployee>>;
  opds: readonly (DemoOpd | DemoKecamatan)[];
  /** Who works for which OPD in Balai: demo account → OPD short name. */
  members: Readonly<Record<string, string>>;
}

/** A head of an OPD directly under it, with eselon II.b unless said. */
const head = (name: string, holders: readonly DemoHolding[] = [], eselon: Eselon = 'II.b'): DemoPosition => ({
  name,
  eselon,
  heads: true,
  holders,
});
/** A unit headed by one position. */
const unit = (
  kind: UnitKind,
  name: string,
  headName: string,
  eselon: Eselon,
  holders: readonly DemoHolding[] = [],
  units: readonly DemoUnit[] = [],
): DemoUnit => ({ kind, name, positions: [{ name: headName, eselon, heads: true, holders }], units });
const since = (employee: string, from: DemoDay, kind?: HoldingKind): DemoHolding => ({
  employee,
  from,
  kind,
});
const kecamatan = (
  districtCode: string,
  more: Omit<DemoKecamatan, 'kind' | 'districtCode'> = {},
): DemoKecamatan => ({
  kind: 'kecamatan',
  districtCode,
  ...more,
});

const dinas = (name: string, shortName: string, headName: string, holder?: string): DemoOpd => ({
  kind: 'dinas',
  name,
  shortName,
  positions: [head(headName, holder ? [since(holder, [2, '01-02'])] : [])],
});
const badan = (name: string, shortName: string, headName: string, holder?: string): DemoOpd => ({
  ...dinas(name, shortName, headName, holder),
  kind: 'badan',
});

export const DEMO_ORGANISATIONS: readonly DemoRegionOrganisation[] = [
  {
    regionId: '35.73',
    activeFrom: '2020-01-01',
    employees: {
      sekda: { name: 'Drs. Agung Prasetyo, M.Si.', nip: '197104121996031003' },
      kabagOrganisasi: { name: 'Sri Wahyuni, S.Sos., M.AP.', nip: '197809232005012008' },
      inspektur: { name: 'Ir. Yusuf Kurniawan, M.M.', nip: '196912051995031002' },
      ratna: { name: 'dr. Ratna Kusumawati, M.Kes.', nip: '197206181999032004' },
      sekBappeda: { name: 'Arif Budiman, S.T., M.T.', nip: '198003142006041011' },
      handayani: { name: 'Handayani, S.E., M.M.', nip: '197401301998032005', email: 'kepala@malang.demo' },
      pltBkpsdm: { name: 'Dra. Lilik Setyawati, M.Si.', nip: '197011081994032003' },
      kadisdikbud: { name: 'Dr. Suprapto, M.Pd.', nip: '196808151993031007' },
      retno: {
        name: 'dr. Retno Wulandari, M.Kes.',
        nip: '197705202005012009',
        email: 'kadinkes@malang.demo',
      },
      pltDinkes: { name: 'drg. Wahyu Nugroho, M.M.', nip: '197503092003121004' },
      sekDinkes: { name: 'Endah Puspitasari, S.K.M., M.Kes.', nip: '198107222006042012' },
      kabidKesmas: { name: 'dr. Andri Saputra', nip: '198404112010011015' },
      kabidYankes: { name: 'dr. Maya Anggraini, M.M.R.S.', nip: '198206302009022006' },
      kasiGizi: { name: 'Novi Rahmawati, S.Gz.', nip: '198811042014022002' },
      kadpuprpkp: { name: 'Ir. Hari Wibowo, M.T.', nip: '197002171996031004' },
      kabidBinaMarga: { name: 'Dedi Kurniadi, S.T., M.T.', nip: '197912012005011009' },
      kadishub: { name: 'Drs. Sugeng Riyadi, M.Si.', nip: '196905251994031005' },
      kadinsos: { name: 'Dra. Tri Wahyuningsih, M.Si.', nip: '197107141997032006' },
      kadlh: { name: 'Ir. Gatot Subroto, M.Sc.', nip: '197210301998031007' },
      kadispendukcapil: { name: 'Eko Prasetyo, S.H., M.H.', nip: '197606122002121005' },
      kadiskominfo: { name: 'Rizal Maulana, S.Kom., M.T.', nip: '198002272005011006' },
      camatKlojen: { name: 'Fajar Setiawan, S.STP., M.Si.', nip: '198305172002121002' },
      camatBlimbing: { name: 'Yuniarti, S.Sos., M.Si.', nip: '197806082003122005' },
      camatLowokwaru: { name: 'Adi Nugroho, S.STP.', nip: '198510092004121001' },
      lurahKauman: { name: 'Siti Aminah, S.Sos.', nip: '198101152008012011' },
      lurahOroOroDowo: { name: 'Bayu Aji Pratama, S.STP.', nip: '199002132012061001' },
    },
    opds: [
      {
        kind: 'sekretariat_daerah',
        name: 'Sekretariat Daerah',
        shortName: 'Setda',
        positions: [head('Sekretaris Daerah', [since('sekda', [3, '07-01'])], 'II.a')],
        units: [
          unit('bagian', 'Bagian Organisasi', 'Kepala Bagian Organisasi', 'III.a', [
            since('kabagOrganisasi', [2, '03-01']),
          ]),
        ],
      },
      {
        kind: 'inspektorat',
        name: 'Inspektorat',
        shortName: 'Inspektorat',
        positions: [head('Inspektur', [since('inspektur', [3, '01-02'])])],
      },
      {
        kind: 'badan',
        name: 'Badan Perencanaan Pembangunan Daerah',
        shortName: 'Bappeda',
        positions: [head('Kepala Badan Perencanaan Pembangunan Daerah', [since('ratna', [1, '01-02'])])],
        units: [
          unit('sekretariat', 'Sekretariat Bappeda', 'Sekretaris Bappeda', 'III.a', [
            since('sekBappeda', [4, '01-02']),
          ]),
        ],
      },
      {
        kind: 'badan',
        name: 'Badan Pendapatan Daerah',
        shortName: 'Bapenda',
        positions: [head('Kepala Badan Pendapatan Daerah', [since('handayani', [4, '01-02'])])],
        units: [unit('sekretariat', 'Sekretariat Bapenda', 'Sekretaris Bapenda', 'III.a')],
      },
      {
        kind: 'badan',
        name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
        shortName: 'BKPSDM',
        // Vacant since last year's retirement: a Plt stands in until the open selection fills it.
        positions: [
          head('Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', [
            since('pltBkpsdm', [1, '09-01'], 'plt'),
          ]),
        ],
      },
      badan('Badan Penanggulangan Bencana Daerah', 'BPBD', 'Kepala Pelaksana BPBD'),
      badan('Badan Kesatuan Bangsa dan Politik', 'Bakesbangpol', 'Kepala Badan Kesatuan Bangsa dan Politik'),
      dinas(
        'Dinas Pendidikan dan Kebudayaan',
        'Disdikbud',
        'Kepala Dinas Pendidikan dan Kebudayaan',
        'kadisdikbud',
      ),
      {
        kind: 'dinas',
        name: 'Dinas Kesehatan',
        shortName: 'Dinkes',
        // Its head's chair: dr. Ratna until the end of the year before last (then Kepala Bappeda), a Plt for half a
        // year, dr. Retno since; a Plh stood in during her leave this January.
        positions: [
          head('Kepala Dinas Kesehatan', [
            { employee: 'ratna', from: [5, '01-02'], until: [2, '12-31'] },
            { employee: 'pltDinkes', kind: 'plt', from: [1, '01-02'], until: [1, '06-30'] },
            since('retno', [1, '07-01']),
            { employee: 'sekDinkes', kind: 'plh', from: [0, '01-13'], until: [0, '01-24'] },
          ]),
        ],
        units: [
          unit('sekretariat', 'Sekretariat Dinas Kesehatan', 'Sekretaris Dinas Kesehatan', 'III.a', [
            since('sekDinkes', [3, '01-02']),
          ]),
          unit(
            'bidang',
            'Bidang Kesehatan Masyarakat',
            'Kepala Bidang Kesehatan Masyarakat',
            'III.b',
            [since('kabidKesmas', [2, '04-01'])],
            [
              unit(
                'seksi',
                'Seksi Kesehatan Keluarga dan Gizi',
                'Kepala Seksi Kesehatan Keluarga dan Gizi',
                'IV.a',
                [since('kasiGizi', [1, '02-01'])],
              ),
            ],
          ),
          unit(
            'bidang',
            'Bidang Pencegahan dan Pengendalian Penyakit',
            'Kepala Bidang Pencegahan dan Pengendalian Penyakit',
            'III.b',
          ),
          {
            ...unit('bidang', 'Bidang Pelayanan Kesehatan', 'Kepala Bidang Pelayanan Kesehatan', 'III.b', [
              since('kabidYankes', [3, '01-02']),
            ]),
          },
          {
            kind: 'bidang',
            name: 'Bidang Sumber Daya Kesehatan',
            positions: [
              { name: 'Kepala Bidang Sumber Daya Kesehatan', eselon: 'III.b', heads: true },
              { name: 'Administrator Kesehatan Ahli Muda' },
            ],
          },
        ],
      },
      {
        kind: 'dinas',
        name: 'Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman',
        shortName: 'DPUPRPKP',
        positions: [
          head('Kepala Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman', [
            since('kadpuprpkp', [3, '01-02']),
          ]),
        ],
        units: [
          unit('bidang', 'Bidang Bina Marga', 'Kepala Bidang Bina Marga', 'III.b', [
            since('kabidBinaMarga', [2, '01-02']),
          ]),
          unit(
            'bidang',
            'Bidang Tata Ruang dan Pertanahan',
            'Kepala Bidang Tata Ruang dan Pertanahan',
            'III.b',
          ),
          unit('bidang', 'Bidang Cipta Karya', 'Kepala Bidang Cipta Karya', 'III.b'),
          unit(
            'bidang',
            'Bidang Perumahan dan Kawasan Permukiman',
            'Kepala Bidang Perumahan dan Kawasan Permukiman',
            'III.b',
          ),
        ],
      },
      dinas('Dinas Perhubungan', 'Dishub', 'Kepala Dinas Perhubungan', 'kadishub'),
      dinas(
        'Dinas Sosial, Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
        'Dinsos-P3AP2KB',
        'Kepala Dinas Sosial, Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
        'kadinsos',
      ),
      dinas('Dinas Lingkungan Hidup', 'DLH', 'Kepala Dinas Lingkungan Hidup', 'kadlh'),
      dinas(
        'Dinas Kependudukan dan Pencatatan Sipil',
        'Dispendukcapil',
        'Kepala Dinas Kependudukan dan Pencatatan Sipil',
        'kadispendukcapil',
      ),
      dinas(
        'Dinas Komunikasi dan Informatika',
        'Diskominfo',
        'Kepala Dinas Komunikasi dan Informatika',
        'kadiskominfo',
      ),
      dinas(
        'Dinas Tenaga Kerja, Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
        'Disnaker-PMPTSP',
        'Kepala Dinas Tenaga Kerja, Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      ),
      dinas(
        'Dinas Koperasi, Perindustrian dan Perdagangan',
        'Diskopindag',
        'Kepala Dinas Koperasi, Perindustrian dan Perdagangan',
      ),
      dinas(
        'Dinas Kepemudaan, Olahraga dan Pariwisata',
        'Disporapar',
        'Kepala Dinas Kepemudaan, Olahraga dan Pariwisata',
      ),
      dinas(
        'Dinas Ketahanan Pangan dan Pertanian',
        'Dispangtan',
        'Kepala Dinas Ketahanan Pangan dan Pertanian',
      ),
      kecamatan('35.73.01', { camat: [since('camatBlimbing', [2, '01-02'])] }),
      kecamatan('35.73.03'),
      kecamatan('35.73.02', {
        camat: [since('camatKlojen', [3, '01-02'])],
        kelurahan: {
          Kauman: [since('lurahKauman', [2, '01-02'])],
          'Oro-oro Dowo': [since('lurahOroOroDowo', [1, '03-01'])],
        },
      }),
      kecamatan('35.73.05', { camat: [since('camatLowokwaru', [1, '01-02'])] }),
      kecamatan('35.73.04'),
    ],
    members: {
      'kinerja.dinkes@malang.demo': 'Dinkes',
      'kadinkes@malang.demo': 'Dinkes',
    },
  },
  {
    regionId: '19.01',
    activeFrom: '2017-01-01',
    employees: {
      sekda: { name: 'Drs. Rudi Hartono, M.Si.', nip: '197005141995031002' },
      kadinkes: {
        name: 'dr. Nurul Fitriani, M.K.M.',
        nip: '197912082006042007',
        email: 'kadinkes@bangka.demo',
      },
      pltDinkes: { name: 'Hendra Gunawan, S.K.M., M.Kes.', nip: '197603252000121003' },
      kabidKesmas: { name: 'Rina Marlina, S.K.M.', nip: '198407202009022004' },
      kabpkad: { name: 'Zulkarnain, S.E., M.Ak.', nip: '197301161998031006' },
      camatSungailiat: { name: 'Andika Pratama, S.STP., M.Si.', nip: '198608292005021001' },
    },
    opds: [
      {
        kind: 'sekretariat_daerah',
        name: 'Sekretariat Daerah',
        shortName: 'Setda',
        positions: [head('Sekretaris Daerah', [since('sekda', [2, '01-02'])], 'II.a')],
      },
      {
        kind: 'dinas',
        name: 'Dinas Kesehatan',
        shortName: 'Dinkes',
        positions: [
          head('Kepala Dinas Kesehatan', [
            { employee: 'pltDinkes', kind: 'plt', from: [2, '01-02'], until: [1, '12-31'] },
            since('kadinkes', [0, '01-02']),
          ]),
        ],
        units: [
          unit('sekretariat', 'Sekretariat Dinas Kesehatan', 'Sekretaris Dinas Kesehatan', 'III.a'),
          unit('bidang', 'Bidang Kesehatan Masyarakat', 'Kepala Bidang Kesehatan Masyarakat', 'III.b', [
            since('kabidKesmas', [3, '01-02']),
          ]),
          unit('bidang', 'Bidang Pelayanan Kesehatan', 'Kepala Bidang Pelayanan Kesehatan', 'III.b'),
        ],
      },
      badan(
        'Badan Pengelolaan Keuangan dan Aset Daerah',
        'BPKAD',
        'Kepala Badan Pengelolaan Keuangan dan Aset Daerah',
        'kabpkad',
      ),
      kecamatan('19.01.01', { camat: [since('camatSungailiat', [2, '01-02'])] }),
      ...['19.01.02', '19.01.03', '19.01.04', '19.01.05', '19.01.06', '19.01.07', '19.01.08'].map((code) =>
        kecamatan(code),
      ),
    ],
    members: {
      'kinerja.dinkes@bangka.demo': 'Dinkes',
      'kadinkes@bangka.demo': 'Dinkes',
    },
  },
];
