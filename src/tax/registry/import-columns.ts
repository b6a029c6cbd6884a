/**
 * The legacy-import file: a header row, then one row per tax object; a taxpayer with several objects appears on
 * several rows that share its `legacy_ref` (and must agree on its data). A row with every object column empty
 * registers a taxpayer without objects. `category` may be left empty for 'umum'; dates are YYYY-MM-DD.
 */
export const IMPORT_COLUMNS = [
  'legacy_ref',
  'kind',
  'nik',
  'npwp',
  'name',
  'address',
  'village_code',
  'phone',
  'email',
  'object_legacy_ref',
  'tax_code',
  'category',
  'object_name',
  'object_address',
  'object_village_code',
  'opened_on',
] as const;
