import type { TimeZone } from '../../platform/clock';
import type { Bilingual } from '../../platform/problem';
import { type SpreadsheetColumn, wallClockCell } from '../../platform/spreadsheet';
import type { ListedTaxObject } from './list-tax-objects';
import type { TaxpayerHit } from './search-taxpayers';

/** What the registry's downloads are called, and their sheets. */
export const TAXPAYERS_SHEET = {
  file: { id: 'Wajib pajak', en: 'Taxpayers' },
  sheet: { id: 'Wajib pajak', en: 'Taxpayers' },
} satisfies Record<string, Bilingual>;
export const OBJECTS_SHEET = {
  file: { id: 'Objek pajak', en: 'Tax objects' },
  sheet: { id: 'Objek pajak', en: 'Tax objects' },
} satisfies Record<string, Bilingual>;

/** Statuses as the web app's badges say them. */
const TAXPAYER_STATUS: Record<TaxpayerHit['status'], Bilingual> = {
  pending: { id: 'Menunggu verifikasi', en: 'Awaiting verification' },
  verified: { id: 'Terverifikasi', en: 'Verified' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
};
const OBJECT_STATUS: Record<ListedTaxObject['status'], Bilingual> = {
  pending: { id: 'Menunggu verifikasi', en: 'Awaiting verification' },
  active: { id: 'Aktif', en: 'Active' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  closed: { id: 'Tutup', en: 'Closed' },
};
const KIND: Record<TaxpayerHit['kind'], Bilingual> = {
  person: { id: 'Orang pribadi', en: 'Individual' },
  entity: { id: 'Badan', en: 'Entity' },
};
/** The categories a tax distinguishes (rules/tax-categories.ts), as the web app names them. */
const CATEGORY: Record<string, Bilingual> = {
  umum: { id: 'Umum', en: 'General' },
  khusus: { id: 'Khusus', en: 'Special' },
  industri_migas_tambang: {
    id: 'Industri, migas, dan pertambangan',
    en: 'Industry, oil and gas, and mining',
  },
  pembangkit_sendiri: { id: 'Pembangkit listrik sendiri', en: 'Self-generated electricity' },
};

/** The taxpayers as the search lists them, with their taxes by name (`taxName`: a tax code's name in a language). */
export function taxpayersColumns(
  timeZone: TimeZone,
  taxName: (code: string, lang: 'id' | 'en') => string,
): SpreadsheetColumn<TaxpayerHit>[] {
  return [
    { header: { id: 'NPWPD', en: 'NPWPD' }, width: 20, value: (t) => t.npwpd },
    { header: { id: 'Nama', en: 'Name' }, width: 30, value: (t) => t.name },
    { header: { id: 'Jenis', en: 'Kind' }, width: 14, value: (t, lang) => KIND[t.kind][lang] },
    { header: { id: 'NIK', en: 'NIK' }, width: 18, value: (t) => t.nik },
    { header: { id: 'NPWP', en: 'NPWP' }, width: 18, value: (t) => t.npwp },
    { header: { id: 'Alamat', en: 'Address' }, width: 34, value: (t) => t.address },
    { header: { id: 'Kelurahan', en: 'Kelurahan' }, width: 18, value: (t) => t.villageName },
    { header: { id: 'Kecamatan', en: 'Kecamatan' }, width: 18, value: (t) => t.districtName },
    {
      header: { id: 'Jenis pajak', en: 'Taxes' },
      width: 40,
      value: (t, lang) => t.taxCodes.map((code) => taxName(code, lang)).join('; '),
    },
    {
      header: { id: 'Objek pajak', en: 'Tax objects' },
      width: 40,
      value: (t) => t.objects.map((o) => o.name).join('; '),
    },
    {
      header: { id: 'Status', en: 'Status' },
      width: 20,
      value: (t, lang) => TAXPAYER_STATUS[t.status][lang],
    },
    {
      header: { id: 'Terdaftar', en: 'Registered' },
      kind: 'datetime',
      width: 20,
      value: (t) => wallClockCell(t.registeredAt, timeZone),
    },
  ];
}

/** The region's tax objects as their list shows them. */
export function objectsColumns(): SpreadsheetColumn<ListedTaxObject>[] {
  return [
    { header: { id: 'Nama objek', en: 'Object' }, width: 30, value: (o) => o.name },
    { header: { id: 'Jenis pajak', en: 'Tax' }, width: 30, value: (o) => o.taxName },
    {
      header: { id: 'Kategori', en: 'Category' },
      width: 14,
      value: (o, lang) => CATEGORY[o.category]?.[lang] ?? o.category,
    },
    { header: { id: 'Alamat', en: 'Address' }, width: 34, value: (o) => o.address },
    { header: { id: 'Kelurahan', en: 'Kelurahan' }, width: 18, value: (o) => o.villageName },
    { header: { id: 'Kecamatan', en: 'Kecamatan' }, width: 18, value: (o) => o.districtName },
    { header: { id: 'Wajib pajak', en: 'Taxpayer' }, width: 30, value: (o) => o.taxpayerName },
    { header: { id: 'NPWPD', en: 'NPWPD' }, width: 20, value: (o) => o.npwpd },
    { header: { id: 'Mulai usaha', en: 'Opened on' }, kind: 'date', width: 12, value: (o) => o.openedOn },
    { header: { id: 'Tutup usaha', en: 'Closed on' }, kind: 'date', width: 12, value: (o) => o.closedOn },
    { header: { id: 'Status', en: 'Status' }, width: 20, value: (o, lang) => OBJECT_STATUS[o.status][lang] },
    { header: { id: 'NOP lama', en: 'Earlier number (NOP)' }, width: 18, value: (o) => o.legacyRef },
  ];
}
