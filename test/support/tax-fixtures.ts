import type { Database } from '../../src/db/database';

/**
 * Each fixture's NIK and NPWPD must be unique in its region. A counter, not a random number: random NIKs drawn from
 * 99,999 values collided now and then in a file that makes many fixtures (the birthday problem).
 */
let fixtures = 0;

/** A verified taxpayer with one active object, written straight to the tables (the registry has its own tests). */
export async function restaurantFixture(
  db: Database,
  o: {
    regionId?: string;
    ownerEmail?: string | null;
    name?: string;
    objectName?: string;
    taxCode?: string;
    category?: string;
    openedOn?: string;
    npwpd?: string;
    /** The kelurahan of taxpayer and object; the region's first by default. */
    villageCode?: string;
  } = {},
): Promise<{ taxpayerId: number; objectId: number }> {
  const regionId = o.regionId ?? '35.73';
  const [village] = o.villageCode
    ? [{ code: o.villageCode }]
    : await db.query<{ code: string }>(
        'SELECT village_code AS code FROM region_village WHERE region_id = $1 ORDER BY village_code LIMIT 1',
        [regionId],
      );
  const [owner] = o.ownerEmail
    ? await db.query<{ id: number }>('SELECT id FROM app_user WHERE email = $1', [o.ownerEmail])
    : [];
  fixtures += 1;
  const unique = (process.pid % 1000) * 100_000 + fixtures;
  const [tp] = await db.query<{ id: number }>(
    `INSERT INTO taxpayer (region_id, npwpd, kind, nik, name, address, village_code, status, user_id, registered_at, decided_at)
     VALUES ($1, $2, 'person', $3, $4, 'Jl. Kawi No. 24', $5, 'verified', $6, now(), now()) RETURNING id`,
    [
      regionId,
      o.npwpd ?? `P.TEST.${unique}`,
      String(3573010100000000 + unique),
      o.name ?? 'Tini Rahayu',
      village?.code,
      owner?.id ?? null,
    ],
  );
  const [obj] = await db.query<{ id: number }>(
    `INSERT INTO tax_object (region_id, taxpayer_id, tax_code, category, name, address, village_code, opened_on, status, registered_at)
     VALUES ($1, $2, $3, $4, $5, 'Jl. Kawi No. 24', $6, $7, 'active', now()) RETURNING id`,
    [
      regionId,
      tp?.id,
      o.taxCode ?? 'pbjt_makanan_minuman',
      o.category ?? 'umum',
      o.objectName ?? 'Warung Bu Tini',
      village?.code,
      o.openedOn ?? '2024-06-01',
    ],
  );
  return { taxpayerId: tp?.id as number, objectId: obj?.id as number };
}
