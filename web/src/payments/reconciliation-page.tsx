import { useState } from 'react';
import { STATEMENT_FORMAT_EDITORS, TREASURERS } from '../../../src/payments/roles';
import { holdsAny } from '../../../src/platform/roles';
import { type RegionGrant, regionPath, request } from '../shell/api';
import { Field } from '../shell/field';
import { formatDate, formatDateTime, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { useToday } from '../shell/use-today';
import { DepositPanel } from './deposit-panel';
import { MismatchTable } from './mismatch-table';
import type { DayReconciliation, PaymentPartner, ReceiptsDay } from './reconciliation';
import { StatementFormatPanel } from './statement-format-panel';
import { StatementReplace, SupersededStatements } from './statement-replace';
import { StatementUpload } from './statement-upload';

/**
 * Rekonsiliasi dan STS: the receipts treasurer picks a bank and a day, imports the bank's statement, decides each
 * mismatch, and deposits the reconciled receipts to the region's treasury account. Others with access read. The
 * bank's statement format sits under the bank's name: a bank that changes its export is fixed here, before import.
 */
export function ReconciliationPage({ region }: { region: RegionGrant }) {
  const { t } = useI18n();
  const partners = useResource<{ items: PaymentPartner[] }>(regionPath(region.regionId, '/payment-partners'));
  const [chosen, setChosen] = useState<string>();
  const items = partners.data?.items ?? [];
  const partner =
    items.find((p) => p.partnerId === chosen) ?? items.find((p) => p.statementFormat) ?? items[0];
  const canAct = holdsAny(region.roles, TREASURERS);
  // The API lets the administrator set a format too (a new bank is often set up by them).
  const canEditFormat = holdsAny(region.roles, STATEMENT_FORMAT_EDITORS);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('recon.title')}</h1>
          <p className="muted">{t('recon.subtitle')}</p>
        </div>
      </div>
      {!canAct && <p className="alert alert-info">{t('recon.readOnly')}</p>}
      <ProblemAlert error={partners.error} />
      {!partners.data && !partners.error && <Loading />}
      {partner && (
        <>
          <div className="panel filters">
            <Field label={t('recon.partner')}>
              <select value={partner.partnerId} onChange={(e) => setChosen(e.target.value)}>
                {items.map((p) => (
                  <option key={p.partnerId} value={p.partnerId}>
                    {p.name} ({p.partnerId})
                  </option>
                ))}
              </select>
            </Field>
          </div>
          {!partner.statementFormat && <p className="alert alert-info">{t('recon.noFormat')}</p>}
          <StatementFormatPanel
            key={`format/${partner.partnerId}`}
            regionId={region.regionId}
            partner={partner}
            canEdit={canEditFormat}
            onSaved={partners.reload}
          />
          <PartnerDays key={partner.partnerId} region={region} partner={partner} canAct={canAct} />
        </>
      )}
    </>
  );
}

/** A bank's recent days with receipts, to pick from (or any other past day), and the chosen day below. */
function PartnerDays({
  region,
  partner,
  canAct,
}: {
  region: RegionGrant;
  partner: PaymentPartner;
  canAct: boolean;
}) {
  const { t, lang } = useI18n();
  const days = useResource<{ items: ReceiptsDay[] }>(
    regionPath(region.regionId, `/reconciliation/days?partnerId=${encodeURIComponent(partner.partnerId)}`),
  );
  const today = useToday(region.timeZone);
  const [picked, setPicked] = useState<string>();
  const day = picked ?? days.data?.items[0]?.day;

  return (
    <>
      <section className="section">
        <h2>{t('recon.days')}</h2>
        <ProblemAlert error={days.error} />
        {!days.data && !days.error && <Loading />}
        {days.data?.items.length === 0 && <p className="muted small">{t('recon.noDays')}</p>}
        {days.data && days.data.items.length > 0 && (
          <div className="table-wrap">
            <table className="table table-stacked" data-testid="receipts-days">
              <thead>
                <tr>
                  <th>{t('recon.day')}</th>
                  <th className="num">{t('recon.payments')}</th>
                  <th>{t('recon.statement')}</th>
                  <th className="num">{t('recon.openMismatches')}</th>
                  <th>{t('recon.sts')}</th>
                </tr>
              </thead>
              <tbody>
                {days.data.items.map((d) => (
                  <tr key={d.day} aria-current={d.day === day ? 'true' : undefined}>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        aria-pressed={d.day === day}
                        onClick={() => setPicked(d.day)}
                      >
                        {formatDate(d.day, lang)}
                      </button>
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('recon.payments')}</span>
                      {formatRupiah(d.amount)}
                      <div className="muted small">{t('recon.paymentsCount', { count: d.payments })}</div>
                    </td>
                    <td>
                      <span className="stacked-label">{t('recon.statement')}</span>
                      {d.statementImported ? t('recon.imported') : t('recon.notImported')}
                    </td>
                    <td className="num">
                      <span className="stacked-label">{t('recon.openMismatches')}</span>
                      {d.openMismatches > 0 ? (
                        <span className="badge badge-warn">{d.openMismatches}</span>
                      ) : (
                        d.openMismatches
                      )}
                    </td>
                    <td>
                      <span className="stacked-label">{t('recon.sts')}</span>
                      {d.depositNumber ?? '—'}
                      {d.followUpNumbers.map((n) => (
                        <div key={n} className="small">
                          {t('recon.followUpShort', { number: n })}
                        </div>
                      ))}
                      {d.depositNumber && d.undeposited.count > 0 && (
                        <div className="small">
                          <span className="badge badge-warn">
                            {t('recon.undepositedShort', { amount: formatRupiah(d.undeposited.amount) })}
                          </span>
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="panel filters">
          <Field label={t('recon.otherDay')}>
            <input
              type="date"
              value={day ?? ''}
              max={today}
              onChange={(e) => e.target.value && setPicked(e.target.value)}
            />
          </Field>
        </div>
      </section>
      {day && (
        <DayPanel
          key={day}
          region={region}
          partnerId={partner.partnerId}
          day={day}
          canAct={canAct && partner.statementFormat !== null}
          onChanged={days.reload}
        />
      )}
    </>
  );
}

/** One bank's day: the numbers on both sides, the statement, the mismatches and the deposit. */
function DayPanel({
  region,
  partnerId,
  day,
  canAct,
  onChanged,
}: {
  region: RegionGrant;
  partnerId: string;
  day: string;
  canAct: boolean;
  onChanged(): void;
}) {
  const { t, lang } = useI18n();
  const view = useResource<DayReconciliation>(
    regionPath(region.regionId, `/reconciliation?partnerId=${encodeURIComponent(partnerId)}&day=${day}`),
  );
  const refresh = () => {
    view.reload();
    onChanged();
  };
  const v = view.data;
  const open = v?.mismatches.filter((m) => m.resolution === null && m.withdrawal === null).length ?? 0;
  const [rematching, setRematching] = useState(false);
  const [rematchError, setRematchError] = useState<unknown>();
  async function rematch(statementId: number) {
    setRematching(true);
    setRematchError(undefined);
    try {
      await request('POST', regionPath(region.regionId, `/bank-statements/${statementId}/rematch`));
      refresh();
    } catch (err) {
      setRematchError(err);
    }
    setRematching(false);
  }

  return (
    <section className="section" data-testid="reconciliation-day" data-day={day}>
      <h2>{t('recon.dayTitle', { day: formatDate(day, lang) })}</h2>
      <ProblemAlert error={view.error} />
      {!v && !view.error && <Loading />}
      {v && (
        <>
          <div className="stats" data-testid="reconciliation-stats">
            <div className="stat">
              <span className="muted small">{t('recon.payments')}</span>
              <strong className="money">{formatRupiah(v.payments.amount)}</strong>
              <span className="small">
                {t('recon.paymentsCount', { count: v.payments.count })}
                {v.payments.reversed > 0 && ` · ${t('recon.reversedCount', { count: v.payments.reversed })}`}
              </span>
            </div>
            <div className="stat">
              <span className="muted small">{t('recon.statement')}</span>
              {v.statement ? (
                <>
                  <strong className="money">{formatRupiah(v.statement.total)}</strong>
                  <span className="small">{t('recon.lines', { count: v.statement.lineCount })}</span>
                </>
              ) : (
                <strong>{t('recon.notImported')}</strong>
              )}
            </div>
            <div className="stat">
              <span className="muted small">{t('recon.matched')}</span>
              <strong className="money">{formatRupiah(v.matched.amount)}</strong>
              <span className="small">{t('recon.paymentsCount', { count: v.matched.count })}</span>
            </div>
            <div className={open > 0 ? 'stat stat-main' : 'stat'}>
              <span className="small">{t('recon.openMismatches')}</span>
              <strong data-testid="open-mismatches">{open}</strong>
            </div>
          </div>
          {v.statement && (
            <div className="link-row">
              <p className="muted small">
                {t('recon.statementFrom', {
                  file: v.statement.fileName,
                  at: formatDateTime(v.statement.importedAt, region.timeZone, lang),
                })}
              </p>
              {canAct && (
                <button
                  type="button"
                  className="button button-small"
                  disabled={rematching}
                  title={t('recon.rematchHint')}
                  onClick={() => v.statement && rematch(v.statement.id)}
                >
                  {t('recon.rematch')}
                </button>
              )}
            </div>
          )}
          <ProblemAlert error={rematchError} />
          {canAct && !v.deposit && !v.statement && (
            <StatementUpload
              regionId={region.regionId}
              partnerId={partnerId}
              day={day}
              onImported={refresh}
            />
          )}
          {canAct && !v.deposit && v.statement && (
            <StatementReplace regionId={region.regionId} statement={v.statement} onReplaced={refresh} />
          )}
          <SupersededStatements statements={v.supersededStatements} timeZone={region.timeZone} />
          {v.statement && (
            <>
              <h3>{t('recon.mismatches')}</h3>
              {v.mismatches.length === 0 ? (
                <p className="muted small">{t('recon.noMismatches')}</p>
              ) : (
                <MismatchTable
                  regionId={region.regionId}
                  timeZone={region.timeZone}
                  mismatches={v.mismatches}
                  canResolve={canAct}
                  onResolved={refresh}
                />
              )}
            </>
          )}
          <DepositPanel
            regionId={region.regionId}
            timeZone={region.timeZone}
            view={v}
            canDeposit={canAct}
            onDeposited={refresh}
          />
        </>
      )}
    </section>
  );
}
