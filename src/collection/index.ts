/**
 * Collection's public face: what other areas may use of it (scripts/check-boundaries.ts refuses an import of any other
 * file of this folder from outside it). No area depends on it yet; the reminders and the mayor's report will read it.
 */

export type { Age } from './ageing/age-buckets';
export { AGES, ageOf, collectionLapsesOn, isLapsed } from './ageing/age-buckets';
export { arrearsAging } from './ageing/arrears-aging';
export type { Stage } from './letters/letter-rules';
export { STAGES, stageOf } from './letters/letter-rules';
export { COLLECTION_READERS, LETTER_ISSUERS } from './roles';
export type { CollectionSettings } from './settings/collection-settings';
export { collectionSettingsOn, NATIONAL_DEFAULTS } from './settings/collection-settings';
