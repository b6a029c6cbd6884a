import type { BillStatus } from '../receivables/bills';
import { useI18n } from '../shell/i18n';
import type { ObjectStatus, TaxpayerStatus } from './registry/registry';
import type { ReturnStatus } from './returns/returns';

type Status = TaxpayerStatus | ObjectStatus | ReturnStatus | BillStatus;

const TONE: Record<Status, '' | 'badge-ok' | 'badge-warn' | 'badge-danger' | 'badge-info'> = {
  pending: 'badge-warn',
  verified: 'badge-ok',
  rejected: 'badge-danger',
  active: 'badge-ok',
  closed: '',
  draft: '',
  submitted: 'badge-info',
  superseded: '',
  open: 'badge-warn',
  paid: 'badge-ok',
  written_off: '',
  cancelled: '',
};

/** A record's status in words and colour: waiting is amber, done is green, refused is red. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${TONE[status]}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
