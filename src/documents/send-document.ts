import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../http/context';
import { localDate, type TimeZone } from '../platform/clock';
import type { DocumentKind } from './document-kind';
import type { DocumentBase } from './layout';

/**
 * A row of a kind printed as the PDF a signed-in reader opens in the browser: as of the region's today, its QR code
 * under the address the request came to, never cached (a bill's amount due changes by the day). The caller has
 * already decided that the reader may see the row.
 */
export async function sendDocumentPdf<D extends DocumentBase>(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  kind: DocumentKind<D>,
  region: { regionId: string; timeZone: TimeZone },
  id: number,
): Promise<FastifyReply> {
  const document = await kind.load(
    ctx.db,
    region.regionId,
    id,
    localDate(ctx.clock.now(), region.timeZone),
    `${request.protocol}://${request.host}`,
    ctx.secrets.document,
  );
  const pdf = await kind.render(document);
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${kind.fileName(document)}"`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(pdf));
}
