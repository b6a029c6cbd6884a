import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DocumentKind } from '../../documents/document-kind';
import { sendDocumentPdf } from '../../documents/send-document';
import type { AppContext } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { Problem } from '../../platform/problem';
import { loadBill } from '../../receivables';
import { loadTaxpayer, ownerFilter, type Viewer } from '../registry/taxpayer';
import { loadReturn } from '../returns/tax-return';
import { TAX_STAFF } from '../roles';
import { viewerOf } from '../viewer';
import { ASSESSMENT_DOCUMENT } from './assessment-document';
import { BILL_DOCUMENT } from './bill-document';
import { NPWPD_CARD } from './npwpd-card-document';
import { SPTPD_RECEIPT } from './sptpd-receipt-document';

/** The documents of a taxpayer's own records; SSPD and STS download from the payment and deposit routes. */
type TaxDocumentKind = 'bill' | 'return' | 'assessment' | 'taxpayer';

/** The caller may see the document's record: staff all of the region, a taxpayer only their own (else 404). */
async function assertCanSee(
  ctx: AppContext,
  regionId: string,
  kind: TaxDocumentKind,
  id: number,
  viewer: Viewer,
) {
  if (kind === 'bill') await loadBill(ctx.db, regionId, { id }, { ownerUserId: ownerFilter(viewer) });
  else if (kind === 'return') await loadReturn(ctx.db, regionId, id, viewer);
  else if (kind === 'taxpayer') await loadTaxpayer(ctx.db, regionId, id, viewer);
  else {
    const [row] = await ctx.db.query(
      `SELECT 1 FROM assessment a JOIN taxpayer t ON t.region_id = a.region_id AND t.id = a.taxpayer_id
       WHERE a.region_id = $1 AND a.id = $2 AND ($3::bigint IS NULL OR t.user_id = $3)`,
      [regionId, id, ownerFilter(viewer)],
    );
    if (!row) throw new Problem(404, 'ASSESSMENT_NOT_FOUND', { assessmentId: id });
  }
}

/** PDF downloads of the kode bayar slip, the SPTPD receipt and the SKPD family/STPD, with the verification QR. */
export function documentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const routes: {
    path: string;
    kind: TaxDocumentKind;
    document: DocumentKind;
    param: string;
    summary: string;
  }[] = [
    {
      path: '/bills/:id/pdf',
      kind: 'bill',
      document: BILL_DOCUMENT,
      param: 'id',
      summary: 'The bill with its kode bayar, as a PDF',
    },
    {
      path: '/returns/:id/pdf',
      kind: 'return',
      document: SPTPD_RECEIPT,
      param: 'id',
      summary: 'The SPTPD receipt (tanda terima), as a PDF',
    },
    {
      path: '/assessments/:id/pdf',
      kind: 'assessment',
      document: ASSESSMENT_DOCUMENT,
      param: 'id',
      summary: 'An SKPD, SKPDKB, SKPDKBT, SKPDN or STPD, as a PDF',
    },
    {
      path: '/taxpayers/:id/npwpd-card',
      kind: 'taxpayer',
      document: NPWPD_CARD,
      param: 'id',
      summary: "The taxpayer's NPWPD card (kartu NPWPD), as a PDF to print",
    },
  ];
  for (const route of routes) {
    r.get(
      route.path,
      {
        schema: {
          tags: ['documents'],
          summary: route.summary,
          params: z.object({ regionId: z.string(), id: z.coerce.number().int().positive() }),
        },
      },
      async (request: FastifyRequest<{ Params: { id: number } }>, reply) => {
        const viewer = await viewerOf(ctx, request, TAX_STAFF, true);
        const { regionId, timeZone } = accessFor(request);
        await assertCanSee(ctx, regionId, route.kind, request.params.id, viewer);
        return sendDocumentPdf(
          ctx,
          request,
          reply,
          route.document,
          { regionId, timeZone },
          request.params.id,
        );
      },
    );
  }
}
