import type { Area } from '../platform/area';
import { DOCUMENTS_MESSAGES } from './problem-messages';
import { verifyRoutes } from './verify-routes';

/**
 * Printed documents: the public verify page of every kind the areas register. A description of its own rather than a
 * part of platform's, so that platform stays below documents (documents uses platform's regions and clock, platform
 * uses nothing of documents); listed after platform in src/app.ts. It owns no table and no kind: the areas that print
 * documents register their kinds (`documents` of their `Area`), and the server gives it their registry.
 */
export const documentsArea: Area = {
  name: 'documents',
  messages: DOCUMENTS_MESSAGES,
  routes(app, ctx) {
    verifyRoutes(app, ctx);
  },
};
