import { useState } from 'react';
import type { areaSchema } from '../../../src/platform/region-routes';
import { AREA_EDITORS, holdsAny, LOGO_EDITORS } from '../../../src/platform/roles';
import { type RegionGrant, regionPath, type WireOf } from '../shell/api';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { NopCodeCell } from './nop-code-cell';
import { RegionContactForm } from './region-contact-form';
import { RegionLogoForm } from './region-logo-form';

type District = WireOf<typeof areaSchema>[number];

const matches = (area: { code: string; name: string }, q: string) =>
  area.name.toLowerCase().includes(q) || area.code.startsWith(q);

/** A kecamatan whose own name or code matches keeps all its villages; otherwise only the matching ones. */
function search(districts: District[], query: string): District[] {
  const q = query.trim().toLowerCase();
  if (!q) return districts;
  return districts
    .map((d) => (matches(d, q) ? d : { ...d, villages: d.villages.filter((v) => matches(v, q)) }))
    .filter((d) => matches(d, q) || d.villages.length > 0);
}

/** Kecamatan and kelurahan/desa with Kemendagri and NOP codes; administrators set the NOP codes. */
export function AreasPage({ region }: { region: RegionGrant }) {
  const { t } = useI18n();
  const areas = useResource<District[]>(regionPath(region.regionId, '/areas'));
  const [query, setQuery] = useState('');
  const canEdit = holdsAny(region.roles, AREA_EDITORS);
  const shown = areas.data ? search(areas.data, query) : [];

  const nopCell = (area: { code: string; nopCode: string | null }, label: string) => (
    <NopCodeCell
      regionId={region.regionId}
      area={area}
      label={label}
      canEdit={canEdit}
      onSaved={areas.reload}
    />
  );

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('areas.title')}</h1>
          <p className="muted">{t('areas.subtitle', { region: region.name })}</p>
        </div>
      </div>
      {holdsAny(region.roles, LOGO_EDITORS) && <RegionLogoForm region={region} />}
      <RegionContactForm region={region} canEdit={canEdit} />
      <label className="field search">
        <span className="sr-only">{t('areas.search')}</span>
        <input
          type="search"
          placeholder={t('areas.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      <ProblemAlert error={areas.error} />
      {!areas.data && !areas.error && <Loading />}
      {areas.data && shown.length === 0 && <p className="empty">{t('areas.none')}</p>}
      {shown.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="areas-table">
            <thead>
              <tr>
                <th>{t('areas.code')}</th>
                <th>{t('areas.name')}</th>
                <th>{t('areas.nop')}</th>
              </tr>
            </thead>
            {shown.map((d) => (
              <tbody key={d.code}>
                <tr className="group-row">
                  <td className="mono">{d.code}</td>
                  <td>
                    <strong>{d.name}</strong>
                    <div className="muted small">
                      {t('areas.kecamatan')} · {t('areas.villages', { count: d.villages.length })}
                    </div>
                  </td>
                  <td>{nopCell(d, `${t('areas.kecamatan')} ${d.name}`)}</td>
                </tr>
                {d.villages.map((v) => (
                  <tr key={v.code}>
                    <td className="mono">{v.code}</td>
                    <td>
                      {v.name}
                      <div className="muted small">{t(`areas.${v.kind}`)}</div>
                    </td>
                    <td>{nopCell(v, `${t(`areas.${v.kind}`)} ${v.name}`)}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </>
  );
}
