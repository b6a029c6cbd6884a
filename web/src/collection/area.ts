import { COLLECTION_READERS, COLLECTION_SETTINGS_READERS } from '../../../src/collection/roles';
import type { WebArea } from '../shell/area';
// Loaded when first opened: the arrears by age draw their chart with ECharts.
import { AgingPage } from './lazy-pages';
import { collectionMessages } from './messages';
import { CollectionSettingsPage } from './settings-page';
import { WorklistPage } from './worklist-page';

/**
 * Collection (penagihan): arrears by age, the officer's worklist of Surat Teguran and Surat Paksa, and the region's
 * collection settings.
 */
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
    {
      path: '/collection/settings',
      label: 'nav.collectionSettings',
      roles: COLLECTION_SETTINGS_READERS,
      section: 'service',
      order: 64,
    },
  ],
  pages: [
    { path: '/collection/worklist', page: WorklistPage },
    { path: '/collection/aging', page: AgingPage },
    { path: '/collection/settings', page: CollectionSettingsPage },
  ],
};
