import { renderSspdPdf, renderStsPdf } from '../../payments';
import { renderAssessmentPdf } from './assessment-pdf';
import { renderBillPdf } from './bill-pdf';
import type { DocumentData } from './load-document-data';
import { renderSptpdReceiptPdf } from './sptpd-receipt-pdf';

/** The PDF of any loaded document: a download route's step between `loadDocumentData` and the reply. */
export function renderDocumentPdf(data: DocumentData): Promise<Uint8Array> {
  switch (data.kind) {
    case 'bill':
      return renderBillPdf(data.document);
    case 'return':
      return renderSptpdReceiptPdf(data.document);
    case 'assessment':
      return renderAssessmentPdf(data.document);
    case 'payment':
      return renderSspdPdf(data.document);
    case 'deposit':
      return renderStsPdf(data.document);
  }
}
