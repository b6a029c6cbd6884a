import { useState } from 'react';
import { holdsAny } from '../../../../src/platform/roles';
import { TAX_STAFF } from '../../../../src/tax/roles';
import type { RegionGrant, RegionToday } from '../../shell/api';
import { Field } from '../../shell/field';
import { useI18n } from '../../shell/i18n';
import { PublicLayout } from '../../shell/public-layout';
import { useResource } from '../../shell/use-resource';
import { useToday } from '../../shell/use-today';
import { rememberRegion, visitorRegion } from '../../shell/visitor-region';
import { PbjtSimulator } from './pbjt-simulator';
import { PenaltySimulator } from './penalty-simulator';

/** The two calculators for one region. */
function Simulators({ regionId, staff = false }: { regionId: string; staff?: boolean }) {
  const today = useToday(regionId);
  return (
    <div className="sim-grid">
      <PenaltySimulator regionId={regionId} />
      <PbjtSimulator regionId={regionId} today={today} staff={staff} />
    </div>
  );
}

/** Simulasi pajak for a signed-in person: in the region they are working in. */
export function SimulationsPage({ region }: { region: RegionGrant }) {
  const { t } = useI18n();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('sim.title')}</h1>
          <p className="muted">{t('sim.subtitle', { region: region.name })}</p>
        </div>
      </div>
      <Simulators regionId={region.regionId} staff={holdsAny(region.roles, TAX_STAFF)} />
    </>
  );
}

/** Simulasi pajak for anyone, from the sign-in page: pick the Pemda, then calculate. */
export function PublicSimulationsPage() {
  const { t } = useI18n();
  const regions = useResource<RegionToday[]>('/regions');
  const [chosen, setChosen] = useState<string>();
  // The region the visitor came for (a link, or the one chosen last on this device); none: they choose.
  const regionId = chosen ?? (regions.data ? visitorRegion(regions.data) : null);
  const region = regions.data?.find((r) => r.regionId === regionId);

  function choose(id: string) {
    rememberRegion(id);
    setChosen(id);
  }

  return (
    <PublicLayout>
      <div className="page-head">
        <div>
          <h1>{t('sim.title')}</h1>
          <p className="muted">{t('sim.publicSubtitle')}</p>
        </div>
        {regions.data && regions.data.length > 1 && (
          <Field label={t('shell.region')}>
            <select name="region" value={region?.regionId ?? ''} onChange={(e) => choose(e.target.value)}>
              {!region && (
                <option value="" disabled>
                  {t('sim.chooseRegion')}
                </option>
              )}
              {regions.data.map((r) => (
                <option key={r.regionId} value={r.regionId}>
                  {r.name}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
      {region ? (
        <Simulators key={region.regionId} regionId={region.regionId} />
      ) : (
        regions.data && <p className="panel muted">{t('sim.chooseRegionHint')}</p>
      )}
    </PublicLayout>
  );
}
