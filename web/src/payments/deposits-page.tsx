import type { depositListSchema } from '../../../src/payments/deposit/deposit-routes';
import { documentUrl, type RegionGrant, regionPath, type WireOf } from '../shell/api';
import { DownloadButtons } from '../shell/download-buttons';
import { Field } from '../shell/field';
import { formatDate, formatDateTime, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { ListBar, ListSortHeader, Pager, type SortColumn } from '../shell/list-controls';
import { useListQuery } from '../shell/list-query';
import { Loading } from '../shell/loading';
import { PdfLink } from '../shell/pdf-link';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { PartnerSelect } from './partner-select';

type DepositList = WireOf<typeof depositListSchema>;

const NO_FILTER = { q: '', from: '', to: '', partnerId: '' };

/** Setoran (STS): every deposit of receipts to the treasury account, filtered, sorted and paged, downloadable. */
export function DepositsPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const list = useListQuery(NO_FILTER, '-deposited');
  const deposits = useResource<DepositList>(regionPath(region.regionId, `/deposits?${list.pageParams}`));
  const d = deposits.data;
  const columns = {
    number: { column: 'number', label: t('deposits.number') },
    day: { column: 'day', label: t('deposits.day') },
    partner: { column: 'partner', label: t('recon.partner') },
    payments: { column: 'payments', label: t('recon.payments') },
    amount: { column: 'amount', label: t('deposits.amount') },
    deposited: { column: 'deposited', label: t('deposits.depositedAt') },
  } satisfies Record<string, SortColumn>;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('deposits.title')}</h1>
          <p className="muted">{t('deposits.subtitle', { region: region.name })}</p>
        </div>
      </div>
      <form className="panel filters" onSubmit={list.apply} data-testid="deposits-filters">
        <Field label={t('deposits.number')}>
          <input
            type="search"
            name="q"
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
        <Field label={t('recon.partner')}>
          <PartnerSelect
            region={region}
            value={list.draft.partnerId}
            emptyLabel={t('list.any')}
            onChange={(partnerId) => list.choose('partnerId', partnerId)}
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
        path="/deposits/download"
        params={list.params}
        testId="deposits-download"
      />
      <ProblemAlert error={deposits.error} />
      {!d && !deposits.error && <Loading />}
      {d?.total === 0 && <p className="empty">{t('deposits.none')}</p>}
      {d && d.items.length > 0 && (
        <>
          <ListBar
            list={list}
            total={d.total}
            shown={d.items.length}
            columns={Object.values(columns)}
            testId="deposits"
          />
          <div className="table-wrap">
            <table className="table table-stacked" data-testid="deposits-list">
              <thead>
                <tr>
                  <ListSortHeader list={list} column={columns.number} />
                  <ListSortHeader list={list} column={columns.day} />
                  <ListSortHeader list={list} column={columns.partner} />
                  <ListSortHeader list={list} column={columns.payments} className="num" />
                  <ListSortHeader list={list} column={columns.amount} className="num" />
                  <ListSortHeader list={list} column={columns.deposited} />
                  <th className="actions">
                    <span className="sr-only">PDF</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((x) => (
                  <tr key={x.id} data-testid="deposits-row">
                    <td>
                      <span className="mono">{x.number}</span>
                      {x.follows && (
                        <div className="muted small">
                          {t('deposits.follows', { number: x.follows.number })}
                        </div>
                      )}
                    </td>
                    <td className="nowrap">
                      <span className="stacked-label">{t('deposits.day')}</span>
                      {formatDate(x.day, lang)}
                    </td>
                    <td>{x.partnerName}</td>
                    <td className="num">
                      <span className="stacked-label">{t('recon.payments')}</span>
                      {x.paymentCount}
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('deposits.amount')}</span>
                      <strong>{formatRupiah(x.amount)}</strong>
                    </td>
                    <td className="small">
                      <span className="stacked-label">{t('deposits.depositedAt')}</span>
                      {formatDateTime(x.depositedAt, region.timeZone, lang)}
                      {x.depositedBy && <div className="muted">{x.depositedBy}</div>}
                    </td>
                    <td className="actions">
                      <PdfLink
                        href={documentUrl(region.regionId, `/deposits/${x.id}/sts.pdf`)}
                        label={t('pdf.sts')}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager list={list} total={d.total} />
        </>
      )}
    </>
  );
}
