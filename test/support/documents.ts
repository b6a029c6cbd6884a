import { AREAS } from '../../src/app';
import { DocumentRegistry } from '../../src/documents/document-registry';
import { documentsOf } from '../../src/platform/area';

/** The kinds of document the test server registers, from the same area list: a test makes a kind's codes with it. */
export const DOCUMENTS = new DocumentRegistry(documentsOf(AREAS));
