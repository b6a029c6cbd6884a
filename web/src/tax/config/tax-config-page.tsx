import { useState } from 'react';
import { holdsAny } from '../../../../src/platform/roles';
import { TAX_CONFIG_EDITORS } from '../../../../src/tax/roles';
import { type RegionGrant, regionPath } from '../../shell/api';
import { formatDate, formatRatePpm } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { Loading } from '../../shell/loading';
import { ProblemAlert } from '../../shell/problem-alert';
import { useResource } from '../../shell/use-resource';
import { useToday } from '../../shell/use-today';
import { PolicyForm } from './policy-form';
import { PolicyView } from './policy-view';
import { RateForm } from './rate-form';
import { RatesTable } from './rates-table';
import type { PolicyVersion, TaxRate } from './tax-config';
import { useTaxTypes } from './use-tax-types';

/** Tarif dan kebijakan: the region's rates (supervisors and administrators record new ones) and its tax policy. */
export function TaxConfigPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const rates = useResource<TaxRate[]>(regionPath(region.regionId, '/tax/rates'));
  const policy = useResource<PolicyVersion>(regionPath(region.regionId, '/tax/policy'));
  const taxTypes = useTaxTypes();
  const today = useToday(region.regionId);
  const [notice, setNotice] = useState('');
  const canEdit = holdsAny(region.roles, TAX_CONFIG_EDITORS);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('config.title')}</h1>
          <p className="muted">
            {t('config.subtitle', { region: region.name })} {!canEdit && t('users.readOnly')}
          </p>
        </div>
      </div>
      {notice && (
        <p className="alert alert-ok" role="status">
          {notice}
        </p>
      )}
      {canEdit && (
        <RateForm
          regionId={region.regionId}
          types={taxTypes.types}
          onRecorded={(rate) => {
            setNotice(
              t('config.recorded', {
                tax: taxTypes.nameOf(rate.taxCode),
                rate: formatRatePpm(rate.ratePpm, lang),
                date: formatDate(rate.validFrom, lang),
              }),
            );
            rates.reload();
          }}
        />
      )}
      <section className="section">
        <h2>{t('config.rates')}</h2>
        <ProblemAlert error={rates.error} />
        {(!rates.data || !today || !taxTypes.types) && !rates.error && <Loading />}
        {rates.data && today && taxTypes.types && (
          <RatesTable rates={rates.data} today={today} types={taxTypes.types} />
        )}
      </section>
      <ProblemAlert error={policy.error} />
      {!policy.data && !policy.error && <Loading />}
      {policy.data && <PolicyView version={policy.data} taxName={taxTypes.nameOf} />}
      {canEdit && policy.data && (
        <details className="panel" data-testid="policy-editor">
          <summary>{t('policyForm.open')}</summary>
          <PolicyForm
            regionId={region.regionId}
            current={policy.data}
            onRecorded={(saved) => {
              setNotice(
                t('policyForm.recorded', {
                  date: formatDate(saved.validFrom, lang),
                  revision: saved.revision,
                }),
              );
              policy.reload();
            }}
          />
        </details>
      )}
    </>
  );
}
