import type { CsvRecord } from '../../platform/csv';
import type { Bilingual } from '../../platform/problem';
import { TAX_CATEGORIES } from '../rules/tax-categories';
import { digitsOf, nikProblem, npwpProblem } from './identity-numbers';
import { IMPORT_COLUMNS } from './import-columns';

type Column = (typeof IMPORT_COLUMNS)[number];

const OBJECT_COLUMNS: readonly Column[] = [
  'object_legacy_ref',
  'tax_code',
  'category',
  'object_name',
  'object_address',
  'object_village_code',
  'opened_on',
];

/** A bad line of the file and all that is wrong with it, in Indonesian and English. */
export interface ImportReject {
  line: number;
  reason: Bilingual;
}

/** One line's reasons as one text per language. */
export function joinReasons(line: number, reasons: Bilingual[]): ImportReject {
  return {
    line,
    reason: { id: reasons.map((r) => r.id).join('; '), en: reasons.map((r) => r.en).join('; ') },
  };
}

export interface ImportedTaxpayer {
  line: number;
  legacyRef: string;
  kind: 'person' | 'entity';
  nik: string | null;
  npwp: string | null;
  name: string;
  address: string;
  villageCode: string;
  phone: string | null;
  email: string | null;
}

export interface ImportedObject {
  line: number;
  legacyRef: string;
  taxpayerRef: string;
  taxCode: string;
  category: string;
  name: string;
  address: string;
  villageCode: string;
  openedOn: string;
}

export interface ImportPlan {
  rows: number;
  taxpayers: ImportedTaxpayer[];
  objects: ImportedObject[];
}

/** What the file is checked against: the region's kelurahan codes and the tax types. */
export interface ImportReference {
  villageCodes: ReadonlySet<string>;
  taxCodes: ReadonlySet<string>;
}

const PHONE = /^\+?[0-9][0-9 ()-]{5,19}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TAXPAYER_FIELDS = ['kind', 'nik', 'npwp', 'name', 'address', 'villageCode', 'phone', 'email'] as const;

export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Checks every row of a parsed file and, if all are good, turns them into taxpayers and objects to write. Every
 * bad row is reported with all its faults, so one pass over the file fixes it. Pure: what the database already
 * holds (duplicates of existing taxpayers) is checked by the caller.
 */
export function planImport(
  records: CsvRecord[],
  reference: ImportReference,
): { plan: ImportPlan } | { rejects: ImportReject[] } {
  const [header, ...rows] = records;
  if (!header) return { rejects: [{ line: 1, reason: { id: 'berkas kosong', en: 'the file is empty' } }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = IMPORT_COLUMNS.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !(IMPORT_COLUMNS as readonly string[]).includes(n));
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  const headerFaults: Bilingual[] = [];
  if (missing.length)
    headerFaults.push({
      id: `kolom tidak ada: ${missing.join(', ')}`,
      en: `missing column(s): ${missing.join(', ')}`,
    });
  if (unknown.length)
    headerFaults.push({
      id: `kolom tidak dikenal: ${unknown.join(', ')}`,
      en: `unknown column(s): ${unknown.join(', ')}`,
    });
  if (repeated.length)
    headerFaults.push({
      id: `kolom berulang: ${repeated.join(', ')}`,
      en: `repeated column(s): ${repeated.join(', ')}`,
    });
  if (headerFaults.length) return { rejects: [joinReasons(header.line, headerFaults)] };
  if (rows.length === 0) {
    const reason = {
      id: 'tidak ada baris data setelah judul kolom',
      en: 'the file has no rows after the header',
    };
    return { rejects: [{ line: header.line, reason }] };
  }
  const index = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<
    Column,
    number
  >;

  const faults = new Map<number, Bilingual[]>();
  const fault = (line: number, id: string, en: string) => {
    const list = faults.get(line);
    if (list) list.push({ id, en });
    else faults.set(line, [{ id, en }]);
  };
  const taxpayers = new Map<string, ImportedTaxpayer>();
  const objects: ImportedObject[] = [];
  const objectLine = new Map<string, number>();
  const nikOwner = new Map<string, ImportedTaxpayer>();
  const npwpOwner = new Map<string, ImportedTaxpayer>();

  for (const record of rows) {
    const { line } = record;
    if (record.fields.length !== names.length) {
      fault(
        line,
        `berisi ${record.fields.length} kolom, padahal judulnya ${names.length}`,
        `has ${record.fields.length} fields where the header has ${names.length}`,
      );
      continue;
    }
    const cell = (c: Column) => (record.fields[index[c]] ?? '').trim();
    const faultCount = faults.get(line)?.length ?? 0;

    const legacyRef = cell('legacy_ref');
    if (!legacyRef) fault(line, 'legacy_ref kosong', 'legacy_ref is empty');
    else if (legacyRef.length > 100)
      fault(line, 'legacy_ref lebih dari 100 karakter', 'legacy_ref is longer than 100 characters');
    const kind = cell('kind');
    if (kind !== 'person' && kind !== 'entity') {
      fault(
        line,
        `kind harus person atau entity, bukan "${kind}"`,
        `kind must be person or entity, not "${kind}"`,
      );
    }
    const nik = digitsOf(cell('nik'));
    const npwp = digitsOf(cell('npwp'));
    if (kind === 'person') {
      const problem = nik
        ? nikProblem(nik)
        : { id: 'orang pribadi wajib memiliki NIK', en: 'a person needs a NIK' };
      if (problem) fault(line, `nik "${cell('nik')}": ${problem.id}`, `nik "${cell('nik')}": ${problem.en}`);
    }
    if (kind === 'entity') {
      if (nik) {
        fault(
          line,
          'badan terdaftar dengan NPWP: kosongkan nik',
          'an entity is registered by its NPWP: leave nik empty',
        );
      }
      if (!npwp) fault(line, 'badan wajib memiliki NPWP', 'an entity needs an NPWP');
    }
    if (npwp) {
      const problem = npwpProblem(npwp);
      if (problem)
        fault(line, `npwp "${cell('npwp')}": ${problem.id}`, `npwp "${cell('npwp')}": ${problem.en}`);
    }
    const name = cell('name');
    if (!name || name.length > 200)
      fault(line, 'name harus 1 sampai 200 karakter', 'name must have 1 to 200 characters');
    const address = cell('address');
    if (!address || address.length > 500) {
      fault(line, 'address harus 1 sampai 500 karakter', 'address must have 1 to 500 characters');
    }
    const villageCode = cell('village_code');
    if (!reference.villageCodes.has(villageCode))
      fault(
        line,
        `village_code "${villageCode}" bukan kelurahan/desa daerah ini`,
        `village_code "${villageCode}" is not a kelurahan of the region`,
      );
    const phone = cell('phone');
    if (phone && !PHONE.test(phone)) {
      fault(line, `phone "${phone}" bukan nomor telepon`, `phone "${phone}" is not a telephone number`);
    }
    const email = cell('email').toLowerCase();
    if (email && (!EMAIL.test(email) || email.length > 254))
      fault(line, `email "${email}" bukan alamat email`, `email "${email}" is not an email address`);

    const hasObject = OBJECT_COLUMNS.some((c) => cell(c) !== '');
    let object: ImportedObject | undefined;
    if (hasObject) {
      const objectRef = cell('object_legacy_ref');
      if (!objectRef)
        fault(
          line,
          'object_legacy_ref kosong (setiap objek memerlukannya agar impor ulang menemukannya)',
          'object_legacy_ref is empty (every object needs one, so a re-run finds it)',
        );
      else if (objectRef.length > 100) {
        fault(
          line,
          'object_legacy_ref lebih dari 100 karakter',
          'object_legacy_ref is longer than 100 characters',
        );
      }
      const taxCode = cell('tax_code');
      const category = cell('category') || 'umum';
      if (!reference.taxCodes.has(taxCode)) {
        fault(line, `tax_code "${taxCode}" bukan jenis pajak`, `tax_code "${taxCode}" is not a tax type`);
      } else if (!TAX_CATEGORIES[taxCode]?.includes(category)) {
        fault(
          line,
          `category "${category}" tidak ada pada ${taxCode}`,
          `category "${category}" does not exist for ${taxCode}`,
        );
      }
      const objectName = cell('object_name');
      if (!objectName || objectName.length > 200) {
        fault(line, 'object_name harus 1 sampai 200 karakter', 'object_name must have 1 to 200 characters');
      }
      const objectAddress = cell('object_address');
      if (!objectAddress || objectAddress.length > 500)
        fault(
          line,
          'object_address harus 1 sampai 500 karakter',
          'object_address must have 1 to 500 characters',
        );
      const objectVillage = cell('object_village_code');
      if (!reference.villageCodes.has(objectVillage)) {
        fault(
          line,
          `object_village_code "${objectVillage}" bukan kelurahan/desa daerah ini`,
          `object_village_code "${objectVillage}" is not a kelurahan of the region`,
        );
      }
      const openedOn = cell('opened_on');
      if (!isCalendarDate(openedOn)) {
        fault(
          line,
          `opened_on "${openedOn}" bukan tanggal YYYY-MM-DD`,
          `opened_on "${openedOn}" is not a date YYYY-MM-DD`,
        );
      }
      const seen = objectLine.get(objectRef);
      if (objectRef && seen !== undefined)
        fault(
          line,
          `object_legacy_ref "${objectRef}" juga ada di baris ${seen}`,
          `object_legacy_ref "${objectRef}" is also on line ${seen}`,
        );
      else objectLine.set(objectRef, line);
      object = {
        line,
        legacyRef: objectRef,
        taxpayerRef: legacyRef,
        taxCode,
        category,
        name: objectName,
        address: objectAddress,
        villageCode: objectVillage,
        openedOn,
      };
    }
    if ((faults.get(line)?.length ?? 0) > faultCount) continue;

    const taxpayer: ImportedTaxpayer = {
      line,
      legacyRef,
      kind: kind as 'person' | 'entity',
      nik: kind === 'person' ? nik : null,
      npwp: npwp || null,
      name,
      address,
      villageCode,
      phone: phone || null,
      email: email || null,
    };
    const first = taxpayers.get(legacyRef);
    if (first) {
      const differs = TAXPAYER_FIELDS.filter((f) => first[f] !== taxpayer[f]);
      if (differs.length) {
        fault(
          line,
          `wajib pajak ${legacyRef} berbeda dari baris ${first.line} pada ${differs.join(', ')}`,
          `taxpayer ${legacyRef} differs from line ${first.line} in ${differs.join(', ')}`,
        );
        continue;
      }
    } else {
      for (const [id, owners] of [
        [taxpayer.nik, nikOwner],
        [taxpayer.npwp, npwpOwner],
      ] as const) {
        const other = id ? owners.get(id) : undefined;
        if (id && other)
          fault(
            line,
            `${owners === nikOwner ? 'NIK' : 'NPWP'} ${id} juga milik wajib pajak ${other.legacyRef} di baris ${other.line}`,
            `${owners === nikOwner ? 'NIK' : 'NPWP'} ${id} is also taxpayer ${other.legacyRef} on line ${other.line}`,
          );
        else if (id) owners.set(id, taxpayer);
      }
      if ((faults.get(line)?.length ?? 0) > faultCount) continue;
      taxpayers.set(legacyRef, taxpayer);
    }
    if (object) objects.push(object);
  }

  if (faults.size > 0) {
    return {
      rejects: [...faults.entries()]
        .sort(([a], [b]) => a - b)
        .map(([line, reasons]) => joinReasons(line, reasons)),
    };
  }
  return { plan: { rows: rows.length, taxpayers: [...taxpayers.values()], objects } };
}
