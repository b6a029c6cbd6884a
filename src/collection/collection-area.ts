import type { Area } from '../platform/area';
import { COLLECTION_AUDIT_VOCABULARY } from './audit-vocabulary';
import { collectionRoutes } from './collection-routes';
import { seedCollectionDemo } from './demo-collection';
import { LETTER_DOCUMENT } from './letters/letter-document';
import { COLLECTION_MESSAGES } from './problem-messages';
import { collectionSettingsRoutes } from './settings/settings-routes';

/**
 * Collection (penagihan, issue 15): piutang by age with interest as of a day, the top debtors and the bills past the
 * collection time limit; the letters of forced collection (Surat Teguran, then Surat Paksa, UU 19/1997 as amended by
 * UU 19/2000) as tracked work, by stage, with what each stage brought in; the region's collection settings.
 */
export const collectionArea: Area = {
  name: 'collection',
  tables: ['collection_setting', 'collection_letter'],
  messages: COLLECTION_MESSAGES,
  audit: COLLECTION_AUDIT_VOCABULARY,
  documents: [LETTER_DOCUMENT],
  regionRoutes(scope, ctx) {
    collectionRoutes(scope, ctx);
    collectionSettingsRoutes(scope, ctx);
  },
  demo: { history: seedCollectionDemo },
};
