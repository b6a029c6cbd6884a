import { useCallback, useState } from 'react';
import { type Payment, standingPaymentsByBill } from '../payments/payments';
import { type RegionGrant, regionPath, request } from '../shell/api';
import { FilterTabs } from '../shell/filter-tabs';
import { formatDate } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { useTaxTypes } from '../tax/config/use-tax-types';
import { useMyTaxpayers } from '../tax/registry/use-my-taxpayers';
import { BillCard } from './bill-card';
import type { Bill, BillStatus } from './bills';

type Shown = Extract<BillStatus, 'open' | 'paid'> | 'all';

/** Tagihan Saya: the person's bills, open ones with what they cost today. */
export function MyBillsPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const [shown, setShown] = useState<Shown>('open');
  const bills = useResource<{ items: Bill[] }>(
    regionPath(region.regionId, `/bills?limit=200${shown === 'all' ? '' : `&status=${shown}`}`),
  );
  const payments = useResource<{ items: Payment[] }>(regionPath(region.regionId, '/payments?limit=500'));
  const paid = standingPaymentsByBill(payments.data?.items ?? []);
  const mine = useMyTaxpayers(region.regionId);
  const taxTypes = useTaxTypes();
  const objectName = (id: number | null) =>
    mine.files?.flatMap((f) => f.objects).find((o) => o.id === id)?.name;
  const asOf = bills.data?.items[0]?.asOf;
  // Bills paid here just now (QRIS): shown on top with their confirmation, not left to vanish from the open list.
  const [justPaid, setJustPaid] = useState<Bill[]>([]);
  const { reload: reloadBills } = bills;
  const { reload: reloadPayments } = payments;
  const onPaid = useCallback(
    (billId: number) => {
      request<Bill>('GET', regionPath(region.regionId, `/bills/${billId}`)).then(
        (bill) => setJustPaid((shown) => [bill, ...shown.filter((b) => b.id !== bill.id)]),
        () => undefined,
      );
      reloadBills();
      reloadPayments();
    },
    [region.regionId, reloadBills, reloadPayments],
  );
  const justPaidIds = new Set(justPaid.map((b) => b.id));
  const card = (b: Bill) => (
    <BillCard
      key={b.id}
      regionId={region.regionId}
      timeZone={region.timeZone}
      bill={b}
      objectName={objectName(b.objectId)}
      taxName={taxTypes.nameOf(b.taxCode)}
      onPaid={() => onPaid(b.id)}
      payments={paid.get(b.id)}
    />
  );

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('myBills.title')}</h1>
          <p className="muted">
            {t('myBills.subtitle')} {asOf && t('myBills.asOf', { date: formatDate(asOf, lang) })}
          </p>
        </div>
      </div>
      {justPaid.length > 0 && (
        <section className="panel paid-now" data-testid="paid-now" role="status">
          <h2>{t('paid.justNow')}</h2>
          <p>{t('paid.justNowBody')}</p>
          <div className="cards">{justPaid.map(card)}</div>
        </section>
      )}
      <FilterTabs
        label={t('myBills.filter')}
        value={shown}
        onChange={setShown}
        options={[
          { value: 'open', label: t('myBills.open') },
          { value: 'paid', label: t('myBills.paid') },
          { value: 'all', label: t('myBills.all') },
        ]}
      />
      <ProblemAlert error={bills.error} />
      {!bills.data && !bills.error && <Loading />}
      {bills.data?.items.length === 0 && (
        <p className="empty">{shown === 'open' ? t('myBills.noneOpen') : t('myBills.none')}</p>
      )}
      <div className="cards">{bills.data?.items.filter((b) => !justPaidIds.has(b.id)).map(card)}</div>
    </>
  );
}
