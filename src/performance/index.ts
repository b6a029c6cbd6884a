/**
 * Performance management's public face: what other areas may use of it (scripts/check-boundaries.ts refuses an import
 * of any other file of this folder from outside it). No area depends on it yet; Musrenbang's follow-through and the
 * public transparency page will read its organisation.
 */

export type { OpdRef, OpdScope } from './opd-access';
export { findOpd, opdScopeOf, requireOpdAccess, requireOpdScope, scopeIncludes } from './opd-access';
export type { Opd, OpdKind } from './organisation/perangkat-daerah';
export { listOpds } from './organisation/perangkat-daerah';
export {
  EMPLOYEE_READERS,
  MEMBERSHIP_EDITORS,
  OPD_SCOPED_ROLES,
  ORGANISATION_EDITORS,
  ORGANISATION_READERS,
  REGION_WIDE_ROLES,
} from './roles';
