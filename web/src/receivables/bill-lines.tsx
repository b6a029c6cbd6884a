import { formatRupiah } from '../shell/format';
import { type MessageKey, useI18n } from '../shell/i18n';
import type { Bill, BillLineKind } from './bills';

const LABEL: Record<BillLineKind, MessageKey> = {
  tax: 'bill.line.tax',
  sanction: 'bill.line.sanction',
  opsen: 'bill.line.opsen',
  opsen_sanction: 'bill.line.opsen_sanction',
};

/**
 * What a kode bayar collects, line by line, when it is more than the tax alone: the province's MBLB opsen, or an
 * assessment's sanctions, each with its amount.
 */
export function BillLines({ bill }: { bill: Bill }) {
  const { t } = useI18n();
  if (bill.lines.length < 2) return null;
  return (
    <ul className="bill-lines small" data-testid="bill-lines">
      {bill.lines.map((l) => (
        <li key={l.kind} data-kind={l.kind}>
          <span>{t(LABEL[l.kind])}</span> <span className="money">{formatRupiah(l.amount)}</span>
        </li>
      ))}
    </ul>
  );
}
