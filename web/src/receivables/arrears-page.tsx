import { useState } from 'react';
import type { arrearsSchema } from '../../../src/receivables/bills/bills-routes';
import { type RegionGrant, regionPath, type WireOf } from '../shell/api';
import { Field } from '../shell/field';
import { formatDate, formatPeriod, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { TaxTypeSelect } from '../tax/config/tax-type-select';
import { useTaxTypes } from '../tax/config/use-tax-types';
import { TaxpayerLink } from '../tax/registry/taxpayer-link';
import { groupedBillingCode } from './bills';

type Arrears = WireOf<typeof arrearsSchema>;

/** Tunggakan: overdue bills with late interest as of today, the region's totals, largest first. */
export function ArrearsPage({ region }: { region: RegionGrant }) {
  const { t, lang, months } = useI18n();
  const taxTypes = useTaxTypes();
  const [taxCode, setTaxCode] = useState('');
  const arrears = useResource<Arrears>(
    regionPath(region.regionId, `/arrears?limit=200${taxCode ? `&taxCode=${taxCode}` : ''}`),
  );
  const a = arrears.data;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('arrears.title')}</h1>
          <p className="muted">
            {t('arrears.subtitle')} {a && t('myBills.asOf', { date: formatDate(a.asOf, lang) })}
          </p>
        </div>
      </div>
      <div className="panel filters">
        <Field label={t('object.taxType')}>
          <TaxTypeSelect
            types={taxTypes.types}
            value={taxCode}
            emptyLabel={t('search.any')}
            onChange={setTaxCode}
          />
        </Field>
      </div>
      <ProblemAlert error={arrears.error} />
      {!a && !arrears.error && <Loading />}
      {a && (
        <div className="stats" data-testid="arrears-totals">
          <div className="stat">
            <span className="muted small">{t('arrears.count')}</span>
            <strong>{a.count}</strong>
          </div>
          <div className="stat">
            <span className="muted small">{t('bill.principal')}</span>
            <strong className="money">{formatRupiah(a.principal)}</strong>
          </div>
          <div className="stat">
            <span className="muted small">{t('bill.interest')}</span>
            <strong className="money">{formatRupiah(a.penalty)}</strong>
          </div>
          <div className="stat stat-main">
            <span className="small">{t('arrears.total')}</span>
            <strong className="money">{formatRupiah(a.total)}</strong>
          </div>
        </div>
      )}
      {a?.items.length === 0 && <p className="empty">{t('arrears.none')}</p>}
      {a && a.items.length > 0 && (
        <>
          {a.items.length < a.count && (
            <p className="muted small">{t('arrears.largest', { shown: a.items.length, count: a.count })}</p>
          )}
          <div className="table-wrap">
            <table className="table table-stacked" data-testid="arrears-table">
              <thead>
                <tr>
                  <th>{t('search.taxpayer')}</th>
                  <th>{t('bill.what')}</th>
                  <th>{t('bill.dueDate')}</th>
                  <th className="num">{t('bill.principal')}</th>
                  <th className="num">{t('bill.interest')}</th>
                  <th className="num">{t('bill.totalToday')}</th>
                </tr>
              </thead>
              <tbody>
                {a.items.map((x) => (
                  <tr key={x.billId}>
                    <td>
                      <TaxpayerLink taxpayerId={x.taxpayerId}>{x.taxpayerName}</TaxpayerLink>
                      <div className="mono small nowrap" data-testid="arrears-billing-code">
                        {groupedBillingCode(x.billingCode)}
                      </div>
                    </td>
                    <td>
                      {taxTypes.nameOf(x.taxCode)}
                      {x.period && <div className="muted small">{formatPeriod(x.period, lang)}</div>}
                    </td>
                    <td className="nowrap">
                      {formatDate(x.dueDate, lang)}
                      <div className="muted small">{t('arrears.months', { months: months(x.months) })}</div>
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('bill.principal')}</span>
                      {formatRupiah(x.principal)}
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('bill.interest')}</span>
                      {formatRupiah(x.penalty)}
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('bill.totalToday')}</span>
                      <strong>{formatRupiah(x.total)}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
