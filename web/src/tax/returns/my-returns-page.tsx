import { useEffect, useState } from 'react';
import { documentUrl, type RegionGrant, regionPath, request } from '../../shell/api';
import { formatDate, formatPeriod, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { Loading } from '../../shell/loading';
import { PdfLink } from '../../shell/pdf-link';
import { ProblemAlert } from '../../shell/problem-alert';
import { href } from '../../shell/router';
import { useResource } from '../../shell/use-resource';
import { useTaxTypes } from '../config/use-tax-types';
import { useMyTaxpayers } from '../registry/use-my-taxpayers';
import { StatusBadge } from '../status-badge';
import { type Amendment, AmendReturnDialog } from './amend-return-dialog';
import { ReturnAmountDue } from './return-amount-due';
import { ReturnAttachments } from './return-attachments';
import { canAmend, type ListedReturn } from './returns';

/**
 * SPTPD Saya: the person's returns with their review status and what each costs to pay today; pembetulan, and
 * submitting a draft. At `/my-returns/:returnId/amend` (where the filing page's marked masa lead) the pembetulan of
 * that return opens at once.
 */
export function MyReturnsPage({
  region,
  params = {},
}: {
  region: RegionGrant;
  params?: Readonly<Record<string, string>>;
}) {
  const { t, lang } = useI18n();
  const returns = useResource<{ items: ListedReturn[] }>(regionPath(region.regionId, '/returns?limit=200'));
  const mine = useMyTaxpayers(region.regionId);
  const taxTypes = useTaxTypes();
  const [amending, setAmending] = useState<ListedReturn>();
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>();
  const amendId = params.returnId ? Number(params.returnId) : undefined;
  const [amendOpened, setAmendOpened] = useState(false);
  useEffect(() => {
    if (amendOpened || amendId === undefined || !returns.data) return;
    setAmendOpened(true);
    const target = returns.data.items.find((r) => r.id === amendId);
    if (target && canAmend(target)) setAmending(target);
  }, [amendOpened, amendId, returns.data]);
  const categoryOf = (objectId: number) =>
    mine.files?.flatMap((f) => f.objects).find((o) => o.id === objectId)?.category ?? 'umum';

  function amended(result: Amendment) {
    setAmending(undefined);
    const parts = [t('amend.done', { revision: result.taxReturn.revision })];
    if (result.billingCode) parts.push(t('amend.shortfallBilled'));
    if (result.overpayment > 0) parts.push(t('amend.overpaid', { amount: formatRupiah(result.overpayment) }));
    setNotice(parts.join(' '));
    returns.reload();
  }

  async function submitDraft(r: ListedReturn) {
    setNotice('');
    setError(undefined);
    try {
      await request('POST', regionPath(region.regionId, `/returns/${r.id}/submit`));
      setNotice(t('myReturns.submitted', { period: formatPeriod(r.period, lang) }));
    } catch (err) {
      setError(err);
    }
    returns.reload();
  }

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('myReturns.title')}</h1>
          <p className="muted">{t('myReturns.subtitle')}</p>
        </div>
        <a className="button button-primary" href={href('/file-return')}>
          {t('nav.fileReturn')}
        </a>
      </div>
      {notice && (
        <p className="alert alert-ok" role="status">
          {notice}
        </p>
      )}
      <ProblemAlert error={error ?? returns.error} />
      {!returns.data && !returns.error && <Loading />}
      {returns.data?.items.length === 0 && <p className="empty">{t('myReturns.none')}</p>}
      {returns.data && returns.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="table table-stacked" data-testid="my-returns">
            <thead>
              <tr>
                <th>{t('return.period')}</th>
                <th>{t('return.object')}</th>
                <th className="num">{t('return.gross')}</th>
                <th className="num">{t('return.tax')}</th>
                <th>{t('return.status')}</th>
                <th className="actions">
                  <span className="sr-only">{t('users.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {returns.data.items.map((r) => (
                <tr key={r.id} data-testid="return-row" className={r.status === 'superseded' ? 'dimmed' : ''}>
                  <td>
                    <strong>{formatPeriod(r.period, lang)}</strong>
                    {r.revision > 0 && (
                      <div className="muted small">{t('return.revision', { revision: r.revision })}</div>
                    )}
                  </td>
                  <td>
                    {r.objectName}
                    <div className="muted small">{taxTypes.nameOf(r.taxCode)}</div>
                  </td>
                  <td className="num money">
                    <span className="stacked-label">{t('return.gross')}</span>
                    {formatRupiah(r.gross)}
                  </td>
                  <td className="num money">
                    <span className="stacked-label">{t('return.tax')}</span>
                    <strong>{formatRupiah(r.tax)}</strong>
                    {r.opsen > 0 && (
                      <div className="muted small">
                        {t('return.plusOpsen', { amount: formatRupiah(r.opsen) })}
                      </div>
                    )}
                    <ReturnAmountDue taxReturn={r} compact />
                  </td>
                  <td>
                    <StatusBadge status={r.status} />
                    {r.rejectionReason && <div className="small danger-text">{r.rejectionReason}</div>}
                    <div className="muted small">
                      {t('return.due', { date: formatDate(r.dueDate, lang) })}
                    </div>
                    <ReturnAttachments
                      regionId={region.regionId}
                      returnId={r.id}
                      canAttach={r.status === 'draft' || r.status === 'submitted'}
                    />
                  </td>
                  <td className="actions">
                    <div className="row-actions">
                      {r.status === 'draft' && (
                        <button
                          type="button"
                          className="button button-small button-primary"
                          onClick={() => submitDraft(r)}
                        >
                          {t('myReturns.submit')}
                        </button>
                      )}
                      {canAmend(r) && (
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => {
                            setNotice('');
                            setAmending(r);
                          }}
                        >
                          {t('myReturns.amend')}
                        </button>
                      )}
                      {r.status !== 'draft' && (
                        <PdfLink
                          href={documentUrl(region.regionId, `/returns/${r.id}/pdf`)}
                          label={t('pdf.short')}
                        />
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {amending && (
        <AmendReturnDialog
          regionId={region.regionId}
          filed={amending}
          category={categoryOf(amending.objectId)}
          onClose={() => setAmending(undefined)}
          onAmended={amended}
        />
      )}
    </>
  );
}
