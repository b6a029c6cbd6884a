import { type FormEvent, useState } from 'react';
import { holdsAny, type Role } from '../../../src/platform/roles';
import { REPORT_GENERATORS } from '../../../src/revenue/roles';
import { regionPath, request } from '../shell/api';
import { Banner, type Outcome } from '../shell/banner';
import { Field } from '../shell/field';
import { endedMonths, formatDateTime, formatPeriod, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { PdfLink } from '../shell/pdf-link';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import type { RevenueReport, RevenueReports } from './revenue';

/** How many months back the month picker offers, besides the current one. */
const MONTHS_BACK = 24;

/** The id the dashboard's "Laporan bulanan" button scrolls to. */
export const REPORTS_ANCHOR = 'revenue-reports';

/**
 * Laporan bulanan: the mayor's monthly revenue report as PDF (charts included). Made on the 1st of each month for the
 * month before by the server; here anyone who may (not the auditors) makes one for a month that is over or the current
 * one, and everyone who reads the dashboard downloads the reports made, the latest first.
 */
export function MonthlyReports({
  regionId,
  roles,
  timeZone,
  today,
}: {
  regionId: string;
  roles: readonly Role[];
  timeZone: string;
  today: string | undefined;
}) {
  const { t, lang } = useI18n();
  const reports = useResource<RevenueReports>(regionPath(regionId, '/revenue/reports'));
  const months = today ? [today.slice(0, 7), ...endedMonths(today, MONTHS_BACK)] : [];
  const [chosen, setChosen] = useState<string>();
  const month = chosen ?? months[1] ?? months[0] ?? '';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [outcome, setOutcome] = useState<Outcome & { report: RevenueReport }>();
  const canGenerate = holdsAny(roles, REPORT_GENERATORS);

  async function generate(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setOutcome(undefined);
    try {
      const report = await request<RevenueReport>('POST', regionPath(regionId, '/revenue/reports'), {
        year: Number(month.slice(0, 4)),
        month: Number(month.slice(5, 7)),
      });
      setOutcome({
        tone: 'success',
        message: t('revenueReports.made', { number: report.number, period: month }),
        report,
      });
      reports.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const items = reports.data?.items;
  return (
    <section className="panel" id={REPORTS_ANCHOR} data-testid="revenue-reports">
      <h2>{t('revenueReports.title')}</h2>
      <p className="muted">{t('revenueReports.intro')}</p>
      {canGenerate && months.length > 0 && (
        <form className="filters revenue-filters revenue-report-form" onSubmit={generate}>
          <Field label={t('revenueReports.month')}>
            <select
              name="month"
              value={month}
              onChange={(e) => setChosen(e.target.value)}
              data-testid="report-month"
            >
              {months.map((m, i) => (
                <option key={m} value={m}>
                  {formatPeriod(m, lang)}
                  {i === 0 ? ` (${t('revenueReports.running')})` : ''}
                </option>
              ))}
            </select>
          </Field>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy}
            data-testid="report-generate"
          >
            {busy ? t('revenueReports.making') : t('revenueReports.make')}
          </button>
        </form>
      )}
      {outcome && (
        <Banner tone={outcome.tone} testId="report-outcome">
          {outcome.message} <PdfLink href={outcome.report.pdf} label={t('revenueReports.open')} />
        </Banner>
      )}
      <ProblemAlert error={error ?? reports.error} />
      {!items && !reports.error && <Loading />}
      {items?.length === 0 && <p className="empty">{t('revenueReports.none')}</p>}
      {items && items.length > 0 && (
        <div className="table-wrap">
          <table className="table table-stacked revenue-table" data-testid="report-list">
            <thead>
              <tr>
                <th>{t('revenueReports.month')}</th>
                <th>{t('revenueReports.number')}</th>
                <th>{t('revenueReports.made.at')}</th>
                <th className="num">{t('revenueReports.realised')}</th>
                <th>{t('revenueReports.pdf')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} data-testid="report-row" data-report={r.number}>
                  <td className="revenue-report-month">
                    <strong>{formatPeriod(`${r.year}-${String(r.month).padStart(2, '0')}`, lang)}</strong>
                    <div className="muted small">
                      {r.complete
                        ? t('revenueReports.through', { day: r.day })
                        : t('revenueReports.throughRunning', { day: r.day })}
                    </div>
                  </td>
                  <td className="mono small nowrap">{r.number}</td>
                  <td>
                    <span className="nowrap">{formatDateTime(r.generatedAt, timeZone, lang)}</span>
                    <div className="muted small">
                      {r.scheduled
                        ? t('revenueReports.bySchedule')
                        : r.generatedBy
                          ? t('revenueReports.by', { name: r.generatedBy })
                          : t('revenueReports.bySystem')}
                    </div>
                  </td>
                  <td className="num money">
                    <span className="stacked-label">{t('revenueReports.realised')}</span>
                    {formatRupiah(r.realised)}
                  </td>
                  <td>
                    <PdfLink href={r.pdf} label={t('revenueReports.pdf')} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
