import type {
  hitSchema,
  objectSchema,
  taxpayerFileSchema,
  taxpayerSchema,
  taxpayerSearchSchema,
} from '../../../../src/tax/registry/registry-routes';
import type { WireOf } from '../../shell/api';

/** The taxpayer registry as the API answers it: Wajib Pajak and their Objek Pajak. */
export type Taxpayer = WireOf<typeof taxpayerSchema>;
export type TaxObject = WireOf<typeof objectSchema>;
export type TaxpayerStatus = Taxpayer['status'];
export type ObjectStatus = TaxObject['status'];

/** `GET /taxpayers/:id`: a taxpayer with their place names and objects (the basis of the 360° view). */
export type TaxpayerFile = WireOf<typeof taxpayerFileSchema>;

/** One hit of `GET /taxpayers`. */
export type TaxpayerHit = WireOf<typeof hitSchema>;

export type TaxpayerSearch = WireOf<typeof taxpayerSearchSchema>;

/** NIK for a person, NPWP for an entity: the national number a taxpayer is known by. */
export function identityOf(t: Pick<Taxpayer, 'kind' | 'nik' | 'npwp'>): string {
  return (t.kind === 'person' ? t.nik : t.npwp) ?? t.npwp ?? '—';
}
