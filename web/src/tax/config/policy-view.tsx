import { formatDate, formatNumber, formatRatePpm, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import type { PolicyVersion } from './tax-config';

/** The tax policy in force: rounding, due dates, late interest, amnesties, fines, NPWPD format, tariff tables. */
export function PolicyView({ version, taxName }: { version: PolicyVersion; taxName(code: string): string }) {
  const { t, lang, codeLabel } = useI18n();
  const p = version.policy;
  const regime = (r: PolicyVersion['policy']['interest']['from']) =>
    t('policy.regime', { name: r.name, rate: formatRatePpm(r.ratePerMonthPpm, lang), months: r.maxMonths });
  return (
    <section className="panel" data-testid="policy-view">
      <div className="card-head">
        <div>
          <h2>{t('policy.title')}</h2>
          <p className="muted small">
            {t('policy.since', { date: formatDate(version.validFrom, lang), revision: version.revision })} ·{' '}
            {version.legalBasis}
          </p>
        </div>
        {version.exampleOnly && <span className="badge badge-warn">{t('config.exampleOnly')}</span>}
      </div>
      <dl className="facts">
        <div>
          <dt>{t('policy.rounding')}</dt>
          <dd>{t(`policy.rounding.${p.rounding.mode}`, { unit: formatRupiah(p.rounding.unit) })}</dd>
        </div>
        <div>
          <dt>{t('policy.returnDue')}</dt>
          <dd>
            {p.returnDue.kind === 'day-of-next-month'
              ? t('policy.returnDueDay', { day: p.returnDue.day })
              : t('policy.returnDueEnd')}
          </dd>
        </div>
        <div>
          <dt>{t('policy.assessmentDue')}</dt>
          <dd>{t('policy.assessmentDueMonths', { months: p.assessmentDue.months })}</dd>
        </div>
        <div>
          <dt>{t('policy.interest')}</dt>
          <dd>
            {regime(p.interest.from)}
            <div className="muted small">
              {t('policy.interestBefore', {
                date: formatDate(p.interest.transitionDate, lang),
                regime: regime(p.interest.before),
              })}
            </div>
          </dd>
        </div>
        <div>
          <dt>NJOPTKP / NPOPTKP</dt>
          <dd>
            {formatRupiah(p.propertyAllowances.njoptkp)} / {formatRupiah(p.propertyAllowances.npoptkp)}
            <div className="muted small">
              {t('policy.npoptkpInheritance', {
                amount: formatRupiah(p.propertyAllowances.npoptkpInheritance),
              })}
            </div>
          </dd>
        </div>
        <div>
          <dt>{t('policyForm.officialAssessment')}</dt>
          <dd>{p.officialAssessment.length === 0 ? '—' : p.officialAssessment.map(taxName).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('policy.lateFilingFine')}</dt>
          <dd>{formatRupiah(p.lateFilingFine)}</dd>
        </div>
        <div>
          <dt>{t('policy.npwpdTemplate')}</dt>
          <dd className="mono">{p.npwpdTemplate}</dd>
        </div>
        <div>
          <dt>{t('policy.amnesties')}</dt>
          <dd>
            {p.amnesties.length === 0 && '—'}
            {p.amnesties.map((a) => (
              <div key={a.from}>
                {t('policy.amnesty', {
                  from: formatDate(a.from, lang),
                  to: formatDate(a.to, lang),
                  waive: formatRatePpm(a.waivePpm, lang),
                })}{' '}
                <span className="muted small">{a.legalBasis}</span>
              </div>
            ))}
          </dd>
        </div>
      </dl>
      {p.reklameTariffs.length > 0 && (
        <>
          <h3 className="section-title">{t('policy.reklameTariffs')}</h3>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>{t('skpd.reklameType')}</th>
                  <th>{t('skpd.locationClass')}</th>
                  <th>{t('skpd.periodUnit')}</th>
                  <th className="num">{t('policy.tariffPerM2')}</th>
                </tr>
              </thead>
              <tbody>
                {p.reklameTariffs.map((x) => (
                  <tr key={`${x.reklameType}/${x.locationClass}/${x.periodUnit}`}>
                    <td>{codeLabel('reklameType', x.reklameType)}</td>
                    <td>{x.locationClass}</td>
                    <td>{t(`skpd.unit.${x.periodUnit}`)}</td>
                    <td className="num money">{formatRupiah(x.tariffPerSquareMeterPerUnit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {p.patPrices.length > 0 && (
        <>
          <h3 className="section-title">{t('policy.patPrices')}</h3>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>{t('skpd.usage')}</th>
                  <th>{t('policy.tier')}</th>
                  <th className="num">{t('policy.pricePerM3')}</th>
                </tr>
              </thead>
              <tbody>
                {p.patPrices.flatMap((usage) =>
                  usage.tiers.map((tier, i) => (
                    <tr key={`${usage.usage}/${tier.upToM3}`}>
                      <td>{i === 0 ? codeLabel('patUsage', usage.usage) : ''}</td>
                      <td>
                        {tier.upToM3 === null
                          ? t('policy.tierRest')
                          : t('policy.tierUpTo', {
                              m3: formatNumber(tier.upToM3, lang),
                            })}
                      </td>
                      <td className="num money">{formatRupiah(tier.pricePerM3)}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
