import type { storedSchema } from '../../../src/payments/rkud/rkud-routes';
import type { WireOf } from '../shell/api';

/** The region's treasury account (RKUD), as the API answers it. */
export type StoredRkud = WireOf<typeof storedSchema>;
