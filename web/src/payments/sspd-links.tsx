import { Fragment } from 'react';
import { useI18n } from '../shell/i18n';
import { PdfLink } from '../shell/pdf-link';
import { type Payment, sspdUrl } from './payments';

/** A paid bill's proof of payment: its SSPD on A4, and the 58 mm slip a counter prints. */
export function SspdLinks({
  regionId,
  payments,
}: {
  regionId: string;
  payments: readonly Payment[] | undefined;
}) {
  const { t } = useI18n();
  if (!payments?.length) return null;
  return (
    <div className="link-row" data-testid="sspd-links">
      {payments.map((p) => (
        <Fragment key={p.id}>
          <PdfLink href={sspdUrl(regionId, p.id)} label={t('pdf.sspd')} />
          <PdfLink href={sspdUrl(regionId, p.id, '58mm')} label={t('pdf.sspd58')} />
        </Fragment>
      ))}
    </div>
  );
}
