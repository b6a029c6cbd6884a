import { type FormEvent, useState } from 'react';
import type { penaltySimulationSchema } from '../../../../src/tax/simulator-routes';
import { ApiProblem, request, type WireOf } from '../../shell/api';
import { Field } from '../../shell/field';
import { formatRatePpm, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { ProblemAlert } from '../../shell/problem-alert';
import { RupiahInput } from '../../shell/rupiah-input';

type PenaltySimulation = WireOf<typeof penaltySimulationSchema>;

/** Late-payment interest on a tax paid after its due date, by the region's own rules (public, no sign-in). */
export function PenaltySimulator({ regionId }: { regionId: string }) {
  const { t, lang, months } = useI18n();
  const [principal, setPrincipal] = useState<number | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [paymentDate, setPaymentDate] = useState('');
  const [result, setResult] = useState<PenaltySimulation>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(
        await request<PenaltySimulation>('POST', '/public/simulations/penalty', {
          regionId,
          principal: principal ?? 0,
          dueDate,
          paymentDate,
        }),
      );
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <form className="panel form" onSubmit={submit} data-testid="penalty-simulator">
      <div>
        <h2>{t('sim.penalty.title')}</h2>
        <p className="muted small">{t('sim.penalty.intro')}</p>
      </div>
      <ProblemAlert error={error} />
      <Field label={t('sim.principal')} error={fields.principal}>
        <RupiahInput name="principal" required value={principal} onChange={setPrincipal} />
      </Field>
      <div className="form-grid">
        <Field label={t('bill.dueDate')} error={fields.dueDate}>
          <input
            name="dueDate"
            type="date"
            required
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
          />
        </Field>
        <Field label={t('sim.paymentDate')} error={fields.paymentDate}>
          <input
            name="paymentDate"
            type="date"
            required
            value={paymentDate}
            onChange={(e) => setPaymentDate(e.target.value)}
          />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('sim.penalty.submit')}
        </button>
      </div>
      {result && (
        <div className="sim-result" role="status" data-testid="penalty-result">
          <dl className="facts">
            <div>
              <dt>{t('sim.monthsLate')}</dt>
              <dd data-testid="penalty-months">
                {months(result.months)}
                {result.monthsStarted > result.months && (
                  <span className="muted small">
                    {' '}
                    {t('sim.capped', { started: months(result.monthsStarted) })}
                  </span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('sim.rate')}</dt>
              <dd>
                {t('sim.perMonth', {
                  rate: formatRatePpm(Math.round(result.ratePerMonth * 1_000_000), lang),
                })}{' '}
                ({result.regime})
              </dd>
            </div>
            <div>
              <dt>{t('bill.interest')}</dt>
              <dd className="money big" data-testid="penalty-amount">
                {formatRupiah(result.penalty)}
              </dd>
            </div>
            <div>
              <dt>{t('sim.total')}</dt>
              <dd className="money">{formatRupiah(result.total)}</dd>
            </div>
            {result.waivedByAmnesty > 0 && (
              <div>
                <dt>{t('sim.waived')}</dt>
                <dd className="money">{formatRupiah(result.waivedByAmnesty)}</dd>
              </div>
            )}
          </dl>
        </div>
      )}
    </form>
  );
}
