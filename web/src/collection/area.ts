import { COLLECTION_READERS } from '../../../src/collection/roles';
import type { WebArea } from '../shell/area';
import { AgingPage } from './aging-page';
import { collectionMessages } from './messages';
import { WorklistPage } from './worklist-page';

/** Collection (penagihan): arrears by age, and the officer's worklist of Surat Teguran and Surat Paksa. */
export const collectionArea: WebArea<typeof collectionMessages> = {
  name: 'collection',
  messages: collectionMessages,
  navigation: [
    {
      path: '/collection/worklist',
      label: 'nav.collectionWorklist',
      roles: COLLECTION_READERS,
      section: 'service',
      order: 61,
    },
    {
      path: '/collection/aging',
      label: 'nav.collectionAging',
      roles: COLLECTION_READERS,
      section: 'service',
      order: 62,
    },
  ],
  pages: [
    { path: '/collection/worklist', page: WorklistPage },
    { path: '/collection/aging', page: AgingPage },
  ],
};
