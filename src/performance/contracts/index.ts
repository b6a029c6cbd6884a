/** What the rest of performance management reads of lelang kinerja: the signed contracts' items of a year. */
export type { SignedContractItem } from './contracts';
export { signedContractItems } from './contracts';
