import type { Sql } from '../db/database';
import { Problem } from '../platform/problem';
import { findRegionLogo } from '../platform/region-logo';
import { findRegion } from '../platform/regions';
import type { DocumentBase } from './layout';
import { type CodedKind, verificationCode, verificationUrl } from './verification';

/** What every printed document carries besides its own fields: the region's letterhead and its verification code. */
export async function documentBase(
  db: Sql,
  regionId: string,
  kind: CodedKind,
  id: number,
  today: string,
  baseUrl: string,
  secret: string,
): Promise<DocumentBase> {
  const region = await findRegion(db, regionId);
  if (!region) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
  const logo = await findRegionLogo(db, regionId);
  const code = verificationCode(secret, kind, regionId, id);
  return {
    region: {
      id: region.regionId,
      name: region.name,
      shortName: region.shortName,
      timeZone: region.timeZone,
      logo: logo?.image ?? null,
    },
    verification: { code, url: verificationUrl(baseUrl, code) },
    printedOn: today,
  };
}
