import type { paymentListSchema } from '../../../src/payments/receipts/receipts-routes';
import { TREASURY_READERS } from '../../../src/payments/roles';
import { holdsAny } from '../../../src/platform/roles';
import { KecamatanSelect } from '../platform/kecamatan-select';
import { type RegionGrant, regionPath, type WireOf } from '../shell/api';
import { DownloadButtons } from '../shell/download-buttons';
import { Field } from '../shell/field';
import { formatDateTime, formatPeriod, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { ListBar, ListSortHeader, Pager, type SortColumn } from '../shell/list-controls';
import { useListQuery } from '../shell/list-query';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { TaxTypeSelect } from '../tax/config/tax-type-select';
import { useTaxTypes } from '../tax/config/use-tax-types';
import { TaxpayerLink } from '../tax/registry/taxpayer-link';
import { PartnerSelect } from './partner-select';
import { SspdLinks } from './sspd-links';

type PaymentList = WireOf<typeof paymentListSchema>;

const NO_FILTER = { q: '', from: '', to: '', state: '', taxCode: '', kecamatan: '', partnerId: '' };
const STATES = ['standing', 'reversed', 'deposited', 'undeposited'] as const;

/**
 * Penerimaan: every payment of the region (one SSPD each) as the banks posted it, filtered by days, bank, tax,
 * kecamatan, state or text, sorted and paged, with its SSPD and the whole list as CSV or XLSX.
 */
export function ReceiptsPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const taxTypes = useTaxTypes();
  // The banks' list is the treasury's to read (an officer filters by the rest).
  const seesBanks = holdsAny(region.roles, TREASURY_READERS);
  const list = useListQuery(NO_FILTER, '-paid');
  const payments = useResource<PaymentList>(regionPath(region.regionId, `/payments?${list.pageParams}`));
  const p = payments.data;
  const columns = {
    paid: { column: 'paid', label: t('receipts.paidAt') },
    ntpd: { column: 'ntpd', label: 'NTPD' },
    taxpayer: { column: 'taxpayer', label: t('receipts.taxpayer') },
    partner: { column: 'partner', label: t('recon.partner') },
    principal: { column: 'principal', label: t('receipts.principal') },
    penalty: { column: 'penalty', label: t('receipts.interest') },
    amount: { column: 'amount', label: t('receipts.amount') },
  } satisfies Record<string, SortColumn>;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('receipts.title')}</h1>
          <p className="muted">{t('receipts.subtitle', { region: region.name })}</p>
        </div>
      </div>
      <form className="panel filters" onSubmit={list.apply} data-testid="receipts-filters">
        <Field label={t('receipts.search')}>
          <input
            type="search"
            name="q"
            placeholder={t('receipts.qHint')}
            value={list.draft.q}
            onChange={(e) => list.setDraft({ ...list.draft, q: e.target.value })}
          />
        </Field>
        <Field label={t('receipts.from')}>
          <input
            type="date"
            name="from"
            value={list.draft.from}
            max={list.draft.to || undefined}
            onChange={(e) => list.choose('from', e.target.value)}
          />
        </Field>
        <Field label={t('receipts.to')}>
          <input
            type="date"
            name="to"
            value={list.draft.to}
            min={list.draft.from || undefined}
            onChange={(e) => list.choose('to', e.target.value)}
          />
        </Field>
        <Field label={t('receipts.state')}>
          <select
            name="state"
            value={list.draft.state}
            onChange={(e) => list.choose('state', e.target.value)}
          >
            <option value="">{t('list.any')}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t(`receipts.state.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        {seesBanks && (
          <Field label={t('recon.partner')}>
            <PartnerSelect
              region={region}
              value={list.draft.partnerId}
              emptyLabel={t('list.any')}
              onChange={(partnerId) => list.choose('partnerId', partnerId)}
            />
          </Field>
        )}
        <Field label={t('receipts.tax')}>
          <TaxTypeSelect
            types={taxTypes.types}
            value={list.draft.taxCode}
            emptyLabel={t('list.any')}
            onChange={(code) => list.choose('taxCode', code)}
          />
        </Field>
        <Field label={t('areas.kecamatan')}>
          <KecamatanSelect
            regionId={region.regionId}
            value={list.draft.kecamatan}
            emptyLabel={t('list.any')}
            onChange={(code) => list.choose('kecamatan', code)}
          />
        </Field>
        <div className="filter-actions">
          <button type="submit" className="button button-primary">
            {t('list.search')}
          </button>
          <button type="button" className="button" onClick={list.clear}>
            {t('list.clear')}
          </button>
        </div>
      </form>
      <DownloadButtons
        regionId={region.regionId}
        path="/payments/download"
        params={list.params}
        testId="receipts-download"
      />
      <ProblemAlert error={payments.error} />
      {!p && !payments.error && <Loading />}
      {p?.total === 0 && <p className="empty">{t('receipts.none')}</p>}
      {p && p.items.length > 0 && (
        <>
          <ListBar
            list={list}
            total={p.total}
            shown={p.items.length}
            columns={Object.values(columns)}
            testId="receipts"
          />
          <div className="table-wrap">
            <table className="table table-stacked" data-testid="receipts-list">
              <thead>
                <tr>
                  <ListSortHeader list={list} column={columns.paid} />
                  <ListSortHeader list={list} column={columns.taxpayer} />
                  <ListSortHeader list={list} column={columns.partner} />
                  <ListSortHeader list={list} column={columns.amount} className="num" />
                </tr>
              </thead>
              <tbody>
                {p.items.map((x) => (
                  <tr key={x.id} data-testid="receipts-row" className={x.reversedAt ? 'dimmed' : ''}>
                    <td>
                      <span className="nowrap">{formatDateTime(x.paidAt, region.timeZone, lang)}</span>
                      <div className="mono small">NTPD {x.ntpd}</div>
                      {x.reversedAt ? (
                        <span className="badge badge-danger">{t('receipts.state.reversed')}</span>
                      ) : (
                        <>
                          {x.depositNumber && <div className="muted small">STS {x.depositNumber}</div>}
                          <SspdLinks regionId={region.regionId} payments={[x]} />
                        </>
                      )}
                    </td>
                    <td>
                      <TaxpayerLink taxpayerId={x.taxpayerId}>{x.taxpayerName}</TaxpayerLink>
                      <div className="muted small">
                        {taxTypes.nameOf(x.taxCode)}
                        {x.period && ` · ${formatPeriod(x.period, lang)}`}
                      </div>
                    </td>
                    <td>
                      {x.partnerName}
                      <div className="muted small mono">{x.bankReference}</div>
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('receipts.amount')}</span>
                      <strong data-testid="receipts-amount">{formatRupiah(x.amount)}</strong>
                      {x.penalty > 0 && (
                        <div className="muted small">
                          {t('receipts.split', {
                            principal: formatRupiah(x.principal),
                            interest: formatRupiah(x.penalty),
                          })}
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager list={list} total={p.total} />
        </>
      )}
    </>
  );
}
