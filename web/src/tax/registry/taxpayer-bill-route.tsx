import { BillPage } from '../../receivables/bill-page';
import { regionPath } from '../../shell/api';
import type { RegionPageProps } from '../../shell/area';
import { formatPeriod } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { href } from '../../shell/router';
import { useResource } from '../../shell/use-resource';
import { useTaxTypes } from '../config/use-tax-types';
import { returnPagePath } from '../record-paths';
import type { TaxpayerFile } from './registry';

/**
 * `/taxpayers/:taxpayerId/bills/:billId`: one of a taxpayer's bills on receivables' bill page, with the way back to
 * the taxpayer and, for an SPTPD's bill, to the return it collects.
 */
export function TaxpayerBillRoute({ region, params }: RegionPageProps) {
  const { lang } = useI18n();
  const taxpayerId = Number(params.taxpayerId);
  const file = useResource<TaxpayerFile>(regionPath(region.regionId, `/taxpayers/${taxpayerId}`));
  const taxTypes = useTaxTypes();
  return (
    <BillPage
      region={region}
      billId={Number(params.billId)}
      taxName={taxTypes.nameOf}
      debtor={file.data && { label: file.data.name, href: href(`/taxpayers/${taxpayerId}`) }}
      origin={(bill) =>
        bill.returnId === null
          ? null
          : {
              label: `SPTPD ${bill.period ? formatPeriod(bill.period, lang) : ''}`.trim(),
              href: href(returnPagePath(bill.taxpayerId, bill.returnId)),
            }
      }
    />
  );
}
