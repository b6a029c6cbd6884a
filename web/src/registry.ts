/** The taxpayer registry as the API answers it: Wajib Pajak and their Objek Pajak. */

export type TaxpayerStatus = 'pending' | 'verified' | 'rejected';
export type ObjectStatus = 'pending' | 'active' | 'rejected' | 'closed';

export interface Taxpayer {
  id: number;
  npwpd: string | null;
  kind: 'person' | 'entity';
  nik: string | null;
  npwp: string | null;
  name: string;
  address: string;
  villageCode: string;
  phone: string | null;
  email: string | null;
  status: TaxpayerStatus;
  rejectionReason: string | null;
  registeredAt: string;
  decidedAt: string | null;
}

export interface TaxObject {
  id: number;
  taxpayerId: number;
  taxCode: string;
  category: string;
  name: string;
  address: string;
  villageCode: string;
  villageName?: string;
  openedOn: string;
  closedOn: string | null;
  status: ObjectStatus;
  rejectionReason: string | null;
  registeredAt: string;
}

/** `GET /taxpayers/:id`: a taxpayer with their place names and objects (the basis of the 360° view). */
export interface TaxpayerFile extends Taxpayer {
  villageName: string;
  districtName: string;
  objects: (TaxObject & { villageName: string })[];
}

/** One hit of `GET /taxpayers`. */
export interface TaxpayerHit {
  id: number;
  npwpd: string | null;
  kind: 'person' | 'entity';
  nik: string | null;
  npwp: string | null;
  name: string;
  address: string;
  villageCode: string;
  villageName: string;
  status: TaxpayerStatus;
  taxCodes: string[];
}

export interface TaxpayerSearch {
  total: number;
  items: TaxpayerHit[];
}

/** NIK for a person, NPWP for an entity: the national number a taxpayer is known by. */
export function identityOf(t: Pick<Taxpayer, 'kind' | 'nik' | 'npwp'>): string {
  return (t.kind === 'person' ? t.nik : t.npwp) ?? t.npwp ?? '—';
}
