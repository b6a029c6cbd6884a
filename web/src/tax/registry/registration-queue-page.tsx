import { useState } from 'react';
import { holdsAny } from '../../../../src/platform/roles';
import { REGISTRY_DECIDERS } from '../../../../src/tax/roles';
import { type RegionGrant, regionPath } from '../../shell/api';
import { useI18n } from '../../shell/i18n';
import { Loading } from '../../shell/loading';
import { ProblemAlert } from '../../shell/problem-alert';
import { useResource } from '../../shell/use-resource';
import { useTaxTypes } from '../config/use-tax-types';
import { RegistrationCard } from './registration-card';
import type { TaxpayerSearch } from './registry';

/**
 * Antrean pendaftaran: taxpayers who registered online, and objects declared by new or verified taxpayers,
 * waiting for verification.
 * An applicant decided here stays on screen until the page is left, so that their objects can be decided next.
 */
export function RegistrationQueuePage({ region }: { region: RegionGrant }) {
  const { t } = useI18n();
  const pending = useResource<TaxpayerSearch>(
    regionPath(region.regionId, '/taxpayers?awaiting=true&limit=100'),
  );
  const taxTypes = useTaxTypes();
  const [seen, setSeen] = useState<number[]>([]);
  const [outcome, setOutcome] = useState<{ done: string } | { error: unknown }>();
  const canDecide = holdsAny(region.roles, REGISTRY_DECIDERS);

  const pendingIds = pending.data?.items.map((x) => x.id) ?? [];
  const shown = [...new Set([...seen, ...pendingIds])].sort((a, b) => a - b);
  if (pending.data && pendingIds.some((id) => !seen.includes(id))) setSeen(shown);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('queue.title')}</h1>
          <p className="muted">
            {t('queue.subtitle')} {!canDecide && t('queue.readOnly')}
          </p>
        </div>
        <button type="button" className="button" onClick={pending.reload}>
          {t('common.refresh')}
        </button>
      </div>
      {outcome && 'done' in outcome && (
        <p className="alert alert-ok" role="status">
          {outcome.done}
        </p>
      )}
      <ProblemAlert error={(outcome && 'error' in outcome && outcome.error) || pending.error} />
      {!pending.data && !pending.error && <Loading />}
      {pending.data && shown.length === 0 && <p className="empty">{t('queue.none')}</p>}
      <div className="stack">
        {shown.map((id) => (
          <RegistrationCard
            key={id}
            regionId={region.regionId}
            timeZone={region.timeZone}
            taxpayerId={id}
            canDecide={canDecide}
            taxName={taxTypes.nameOf}
            onDecided={setOutcome}
          />
        ))}
      </div>
    </>
  );
}
