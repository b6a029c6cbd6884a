import { type FormEvent, useState } from 'react';
import { holdsAny } from '../../../src/platform/roles';
import { TARGET_APPROVERS, TARGET_EDITORS } from '../../../src/revenue/roles';
import { ActionDialog } from '../shell/action-dialog';
import { ApiProblem, regionPath, request } from '../shell/api';
import type { RegionPageProps } from '../shell/area';
import { Banner, type Outcome } from '../shell/banner';
import { Field } from '../shell/field';
import { formatDate, formatDateTime, formatPeriodShort, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert, ProblemLines } from '../shell/problem-alert';
import { RupiahInput } from '../shell/rupiah-input';
import { useResource } from '../shell/use-resource';
import { useToday } from '../shell/use-today';
import type { Target, Targets } from './revenue';

type TaxLine = Targets['taxes'][number];

/**
 * Target pendapatan: a budget year's APBD targets by tax type, every stage and revision with its decree and approval
 * (a revision is a new row beside the original, never over it); entering a target or a revision with its months
 * (entered, or spread by last year's pattern or in twelfths by the API); importing a CSV/XLSX file, every bad cell
 * named; the head of Bapenda's approval after a confirmation.
 */
export default function TargetsPage({ region }: RegionPageProps) {
  const { t } = useI18n();
  const today = useToday(region.regionId);
  const [year, setYear] = useState<number>();
  const shownYear = year ?? (today ? Number(today.slice(0, 4)) : undefined);
  const targets = useResource<Targets>(
    regionPath(region.regionId, `/revenue/targets${year ? `?year=${year}` : ''}`),
  );
  const [outcome, setOutcome] = useState<Outcome>();
  const [approving, setApproving] = useState<{ tax: TaxLine; target: Target }>();
  const canEdit = holdsAny(region.roles, TARGET_EDITORS);
  const canApprove = holdsAny(region.roles, TARGET_APPROVERS);
  const d = targets.data;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('revenueTargets.title')}</h1>
          <p className="muted">{t('revenueTargets.subtitle')}</p>
        </div>
        {shownYear && today && (
          <Field label={t('revenue.year')}>
            <select name="year" value={shownYear} onChange={(e) => setYear(Number(e.target.value))}>
              {/* Next year's budget, this year and the ten before (what the API takes). */}
              {Array.from({ length: 12 }, (_, i) => Number(today.slice(0, 4)) + 1 - i).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
      {outcome && (
        <Banner tone={outcome.tone} testId="targets-outcome">
          {outcome.message}
        </Banner>
      )}
      <ProblemAlert error={targets.error} />
      {!d && !targets.error && <Loading />}
      {d && (
        <TargetList
          targets={d}
          timeZone={region.timeZone}
          onApprove={canApprove ? (tax, target) => setApproving({ tax, target }) : undefined}
        />
      )}
      {d && canEdit && (
        <div className="revenue-target-forms">
          <TargetForm
            regionId={region.regionId}
            targets={d}
            onSaved={(message) => {
              setOutcome({ tone: 'success', message });
              targets.reload();
            }}
          />
          <ImportForm
            regionId={region.regionId}
            onImported={(message) => {
              setOutcome({ tone: 'success', message });
              targets.reload();
            }}
          />
        </div>
      )}
      {approving && (
        <ApproveDialog
          regionId={region.regionId}
          tax={approving.tax}
          target={approving.target}
          onClose={() => setApproving(undefined)}
          onApproved={(message) => {
            setApproving(undefined);
            setOutcome({ tone: 'success', message });
            targets.reload();
          }}
        />
      )}
    </>
  );
}

function TargetList({
  targets: d,
  timeZone,
  onApprove,
}: {
  targets: Targets;
  timeZone: string;
  onApprove?: (tax: TaxLine, target: Target) => void;
}) {
  const { t, lang } = useI18n();
  const withTargets = d.taxes.filter((x) => x.history.length > 0);
  return (
    <section className="panel">
      <div className="stats">
        <div className="stat stat-main">
          <span className="small">{t('revenueTargets.total')}</span>
          <strong className="money" data-testid="targets-total">
            {d.total === null ? '–' : formatRupiah(d.total)}
          </strong>
        </div>
      </div>
      {withTargets.length === 0 && <p className="empty">{t('revenueTargets.none')}</p>}
      {withTargets.length > 0 && (
        <div className="table-wrap">
          <table className="table table-stacked revenue-table" data-testid="targets-table">
            <thead>
              <tr>
                <th>{t('revenue.tax')}</th>
                <th>{t('revenueTargets.stage')}</th>
                <th className="num">{t('revenueTargets.amount')}</th>
                <th>{t('revenueTargets.decree')}</th>
                <th>{t('revenueTargets.effective')}</th>
                <th>{t('revenueTargets.status')}</th>
              </tr>
            </thead>
            <tbody>
              {withTargets.flatMap((tax) =>
                tax.history.map((x) => (
                  <tr
                    key={x.id}
                    data-testid="target-row"
                    data-tax={tax.taxCode}
                    data-stage={x.stage}
                    className={tax.inForce?.id === x.id ? 'target-in-force' : undefined}
                  >
                    <td>
                      <strong>{tax.name[lang]}</strong>
                      {tax.inForce?.id === x.id && (
                        <span className="badge badge-ok" data-testid="target-in-force">
                          {t('revenueTargets.inForce')}
                        </span>
                      )}
                    </td>
                    <td>{t(`revenueTargets.stage.${x.stage}`)}</td>
                    <td className="num money">
                      <span className="stacked-label">{t('revenueTargets.amount')}</span>
                      <strong>{formatRupiah(x.amount)}</strong>
                      <MonthsOf target={x} />
                    </td>
                    <td>
                      {x.decreeRef}
                      <div className="muted small">{formatDate(x.decreeDate, lang)}</div>
                    </td>
                    <td>
                      <span className="stacked-label">{t('revenueTargets.effective')}</span>
                      {formatDate(x.effectiveFrom, lang)}
                    </td>
                    <td data-testid="target-status">
                      {x.approvedAt ? (
                        <span className="small">
                          {t('revenueTargets.approved', { at: formatDateTime(x.approvedAt, timeZone, lang) })}
                          {x.approvedBy && <span className="muted"> · {x.approvedBy}</span>}
                        </span>
                      ) : (
                        <>
                          <span className="badge badge-warn">{t('revenueTargets.awaiting')}</span>
                          {onApprove && (
                            <button
                              type="button"
                              className="button button-small button-primary"
                              onClick={() => onApprove(tax, x)}
                              data-testid="target-approve"
                            >
                              {t('revenueTargets.approve')}
                            </button>
                          )}
                        </>
                      )}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** A target's twelve months, folded away under its amount. */
function MonthsOf({ target }: { target: Target }) {
  const { t, lang } = useI18n();
  return (
    <details className="target-months">
      <summary className="small">{t('revenueTargets.months')}</summary>
      <dl className="month-grid">
        {target.monthly.map((amount, i) => {
          const month = `${target.year}-${String(i + 1).padStart(2, '0')}`;
          return (
            <div key={month}>
              <dt className="muted small">{formatPeriodShort(month, lang)}</dt>
              <dd className="money small">{formatRupiah(amount)}</dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}

type MonthsMode = 'last_year' | 'equal' | 'entered';

function TargetForm({
  regionId,
  targets,
  onSaved,
}: {
  regionId: string;
  targets: Targets;
  onSaved(message: string): void;
}) {
  const { t, lang } = useI18n();
  const levied = targets.taxes.filter((x) => x.levied);
  const [taxCode, setTaxCode] = useState(levied[0]?.taxCode ?? '');
  const [stage, setStage] = useState<'murni' | 'perubahan'>('murni');
  const [amount, setAmount] = useState<number | null>(null);
  const [decreeRef, setDecreeRef] = useState('');
  const [decreeDate, setDecreeDate] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [mode, setMode] = useState<MonthsMode>('last_year');
  const [months, setMonths] = useState<(number | null)[]>(Array(12).fill(null));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const errors = error instanceof ApiProblem ? error.fieldMessages() : {};
  const monthSum = months.reduce<number>((s, m) => s + (m ?? 0), 0);
  const taxName = (code: string) => targets.taxes.find((x) => x.taxCode === code)?.name[lang] ?? code;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = {
        year: targets.year,
        taxCode,
        stage,
        amount: amount ?? 0,
        decreeRef,
        decreeDate,
        effectiveFrom,
        ...(mode === 'entered' ? { monthly: months.map((m) => m ?? 0) } : { spread: mode }),
      };
      const saved = await request<{ target: Target }>('POST', regionPath(regionId, '/revenue/targets'), body);
      onSaved(
        t(saved.target.approvedAt ? 'revenueTargets.saved' : 'revenueTargets.savedAwaiting', {
          tax: taxName(taxCode),
        }),
      );
      setAmount(null);
      setDecreeRef('');
      setMonths(Array(12).fill(null));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel form" onSubmit={submit} data-testid="target-form">
      <h2>{t('revenueTargets.new')}</h2>
      <div className="form-grid">
        <Field label={t('revenue.tax')} error={errors.taxCode}>
          <select name="taxCode" value={taxCode} onChange={(e) => setTaxCode(e.target.value)}>
            {levied.map((x) => (
              <option key={x.taxCode} value={x.taxCode}>
                {x.name[lang]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('revenueTargets.stage')} error={errors.stage}>
          <select name="stage" value={stage} onChange={(e) => setStage(e.target.value as typeof stage)}>
            <option value="murni">{t('revenueTargets.stage.murni')}</option>
            <option value="perubahan">{t('revenueTargets.stage.perubahan')}</option>
          </select>
        </Field>
        <Field label={t('revenueTargets.amount')} error={errors.amount}>
          <RupiahInput name="amount" value={amount} onChange={setAmount} required />
        </Field>
        <Field label={t('revenueTargets.decree')} error={errors.decreeRef}>
          <input name="decreeRef" value={decreeRef} onChange={(e) => setDecreeRef(e.target.value)} required />
        </Field>
        <Field label={t('revenueTargets.decreeDate')} error={errors.decreeDate}>
          <input
            type="date"
            name="decreeDate"
            value={decreeDate}
            onChange={(e) => setDecreeDate(e.target.value)}
            required
          />
        </Field>
        <Field label={t('revenueTargets.effective')} error={errors.effectiveFrom}>
          <input
            type="date"
            name="effectiveFrom"
            value={effectiveFrom}
            onChange={(e) => setEffectiveFrom(e.target.value)}
            required
          />
        </Field>
      </div>
      <fieldset className="months-mode">
        <legend>{t('revenueTargets.months')}</legend>
        {(['last_year', 'equal', 'entered'] as const).map((m) => (
          <label key={m} className="radio">
            <input type="radio" name="months" value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
            {t(`revenueTargets.months.${m}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'entered' && (
        <>
          <div className="month-inputs">
            {months.map((value, i) => {
              const month = `${targets.year}-${String(i + 1).padStart(2, '0')}`;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the twelve months are fixed
                <Field key={i} label={formatPeriodShort(month, lang)} error={errors[`monthly.${i}`]}>
                  <RupiahInput
                    name={`month-${i + 1}`}
                    value={value}
                    onChange={(v) => setMonths(months.map((m, j) => (j === i ? v : m)))}
                  />
                </Field>
              );
            })}
          </div>
          <p
            className={monthSum === (amount ?? 0) ? 'muted small' : 'small danger-text'}
            data-testid="months-sum"
          >
            {t('revenueTargets.monthsSum', { sum: monthSum, diff: (amount ?? 0) - monthSum })}
          </p>
        </>
      )}
      <ProblemAlert error={error} />
      <ProblemLines error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('revenueTargets.save')}
        </button>
      </div>
    </form>
  );
}

/** A file as base64, how the API takes an import in JSON. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function ImportForm({ regionId, onImported }: { regionId: string; onImported(message: string): void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const done = await request<{ imported: number }>(
        'POST',
        regionPath(regionId, '/revenue/targets/import'),
        {
          fileName: file.name,
          contentBase64: await base64Of(file),
        },
      );
      onImported(t('revenueTargets.imported', { count: done.imported }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel form" onSubmit={submit} data-testid="target-import">
      <h2>{t('revenueTargets.import')}</h2>
      <Field label={t('revenueTargets.file')} hint={t('revenueTargets.importHint')}>
        <input
          type="file"
          name="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFile(e.target.files?.[0])}
          required
        />
      </Field>
      <ProblemAlert error={error} />
      <div data-testid="import-errors">
        <ProblemLines error={error} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !file}>
          {t('revenueTargets.importButton')}
        </button>
      </div>
    </form>
  );
}

function ApproveDialog({
  regionId,
  tax,
  target,
  onClose,
  onApproved,
}: {
  regionId: string;
  tax: TaxLine;
  target: Target;
  onClose(): void;
  onApproved(message: string): void;
}) {
  const { t, lang } = useI18n();
  return (
    <ActionDialog
      title={t('revenueTargets.approveTitle')}
      intro={t('revenueTargets.approveIntro')}
      summary={[
        { label: t('revenue.tax'), value: tax.name[lang] },
        { label: t('revenueTargets.stage'), value: t(`revenueTargets.stage.${target.stage}`) },
        {
          label: t('revenueTargets.decree'),
          value: `${target.decreeRef}, ${formatDate(target.decreeDate, lang)}`,
        },
        { label: t('revenueTargets.effective'), value: formatDate(target.effectiveFrom, lang) },
        ...(tax.inForce && tax.inForce.id !== target.id
          ? [{ label: t('revenueTargets.inForce'), value: formatRupiah(tax.inForce.amount) }]
          : []),
        {
          label: t('revenueTargets.amount'),
          value: formatRupiah(target.amount),
          main: true,
          testId: 'approve-amount',
        },
      ]}
      submitLabel={t('revenueTargets.approve')}
      testId="target-approve-dialog"
      onClose={onClose}
      onSubmit={async () => {
        await request('POST', regionPath(regionId, `/revenue/targets/${target.id}/approve`));
        onApproved(t('revenueTargets.approved.done', { tax: tax.name[lang] }));
      }}
    />
  );
}
