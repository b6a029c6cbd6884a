import { useEffect, useState } from 'react';
import type { pbjtSimulationSchema } from '../../../../src/tax/simulator-routes';
import { request, type WireOf } from '../../shell/api';
import { formatRatePpm, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { ProblemAlert } from '../../shell/problem-alert';
import { pbjtSubType } from '../config/tax-config';

export type PbjtSimulation = WireOf<typeof pbjtSimulationSchema>;

/**
 * A live estimate of the tax on the omzet typed so far, from the public PBJT simulator (the rules that bill), at
 * the rate in force in the masa pajak. Other taxes are computed when the return is submitted. A rate flagged as the
 * demo's example is not flagged here: that caveat is for the staff who keep the rates (issue 14), not the taxpayer.
 */
export function TaxPreview({
  regionId,
  taxCode,
  category,
  period,
  gross,
}: {
  regionId: string;
  taxCode: string;
  category: string;
  period: string;
  gross: number | null;
}) {
  const { t, lang } = useI18n();
  const subType = pbjtSubType(taxCode);
  const [result, setResult] = useState<{ key: string; sim?: PbjtSimulation; error?: unknown }>();
  const key = `${subType}|${category}|${period}|${gross}`;

  useEffect(() => {
    if (!subType || gross === null || !period) return;
    let current = true;
    const timer = setTimeout(() => {
      request<PbjtSimulation>('POST', '/public/simulations/pbjt', {
        regionId,
        subType,
        category,
        gross,
        date: `${period}-01`,
      }).then(
        (sim) => current && setResult({ key, sim }),
        (error: unknown) => current && setResult({ key, error }),
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [regionId, subType, category, period, gross, key]);

  if (!subType) return <p className="muted small">{t('preview.notPbjt')}</p>;
  const fresh = result?.key === key ? result : undefined;
  return (
    <div className="preview" aria-live="polite" data-testid="tax-preview">
      <span className="preview-label">{t('preview.title')}</span>
      {gross === null && <span className="muted">{t('preview.typeGross')}</span>}
      {gross !== null && !fresh && <span className="muted">{t('common.loading')}</span>}
      {fresh?.sim && (
        <>
          <strong className="preview-amount money">{formatRupiah(fresh.sim.tax)}</strong>
          <span className="muted small">
            {t('preview.rate', { rate: formatRatePpm(Math.round(fresh.sim.rate * 1_000_000), lang) })} ·{' '}
            {fresh.sim.legalBasis}
          </span>
        </>
      )}
      <ProblemAlert error={fresh?.error} />
    </div>
  );
}
