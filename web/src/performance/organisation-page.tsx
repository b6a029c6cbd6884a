import { useState } from 'react';
import type { organisationSchema } from '../../../src/performance/organisation/organisation-schemas';
import { regionPath, type WireOf } from '../shell/api';
import type { RegionPageProps } from '../shell/area';
import { Field } from '../shell/field';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';

type Organisation = WireOf<typeof organisationSchema>;
type OpdNode = Organisation['opds'][number];
type UnitNode = OpdNode['units'][number];
type PositionNode = OpdNode['positions'][number];
type Holder = PositionNode['holders'][number];

/**
 * Organisasi: the region's perangkat daerah on a day, as an expandable tree. Each OPD opens onto its head, then its
 * units nested under their parents, each with its positions and who held them that day (vacant, or a Plt/Plh
 * standing in). Native <details>, so it opens and closes with a tap on a phone and with the keyboard. An OPD's own
 * staff see their OPD only, opened.
 */
export function OrganisationPage({ region }: RegionPageProps) {
  const { t } = useI18n();
  const [day, setDay] = useState('');
  const [query, setQuery] = useState('');
  // "Expand all" / "Collapse all" remount the tree with every node open or closed; a tap changes one node after.
  const [expanded, setExpanded] = useState<{ open: boolean | null; generation: number }>({
    open: null,
    generation: 0,
  });
  const organisation = useResource<Organisation>(
    regionPath(region.regionId, `/performance/organisation${day ? `?on=${day}` : ''}`),
  );
  const o = organisation.data;
  const needle = query.trim().toLowerCase();
  const shown = (o?.opds ?? []).filter(
    (opd) => !needle || `${opd.name} ${opd.shortName}`.toLowerCase().includes(needle),
  );
  const openAll = (open: boolean) => setExpanded((e) => ({ open, generation: e.generation + 1 }));

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('org.title')}</h1>
          {o && <p className="muted">{t('org.subtitle', { region: region.name, date: o.day })}</p>}
          {o?.scope === 'own' && <p className="muted small">{t('org.scopeOwn')}</p>}
        </div>
      </div>
      <div className="filters org-filters">
        <Field label={t('org.day')}>
          <input
            type="date"
            name="on"
            value={day || o?.day || ''}
            onChange={(e) => setDay(e.target.value)}
            data-testid="org-day"
          />
        </Field>
        <Field label={t('org.search')}>
          <input
            type="search"
            name="q"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="org-search"
          />
        </Field>
        <div className="filter-actions">
          <button type="button" className="button button-small" onClick={() => openAll(true)}>
            {t('org.expandAll')}
          </button>
          <button type="button" className="button button-small" onClick={() => openAll(false)}>
            {t('org.collapseAll')}
          </button>
        </div>
      </div>
      <ProblemAlert error={organisation.error} />
      {!o && !organisation.error && <Loading />}
      {o && (
        <section className="panel org" aria-label={t('org.title')}>
          <p className="muted small" data-testid="org-count">
            {t('org.count', { count: shown.length })}
          </p>
          {o.opds.length === 0 && (
            <p className="empty" data-testid="org-empty">
              {t(o.scope === 'own' ? 'org.noneOwn' : 'org.none')}
            </p>
          )}
          {o.opds.length > 0 && shown.length === 0 && <p className="empty">{t('org.noMatch', { query })}</p>}
          <ul className="org-tree" data-testid="org-tree" key={expanded.generation}>
            {shown.map((opd) => (
              <li key={opd.id}>
                <OpdBranch
                  opd={opd}
                  open={expanded.open ?? o.scope === 'own'}
                  openUnits={expanded.open ?? false}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function OpdBranch({ opd, open, openUnits }: { opd: OpdNode; open: boolean; openUnits: boolean }) {
  const { t, codeLabel } = useI18n();
  return (
    <details className="org-node org-opd" open={open} data-testid="opd" data-short-name={opd.shortName}>
      <summary>
        <span className="org-name">{opd.name}</span> <span className="badge">{opd.shortName}</span>{' '}
        <span className="muted small">{codeLabel('opdKind', opd.kind)}</span>
      </summary>
      <Positions positions={opd.positions} />
      {opd.units.length > 0 && (
        <ul className="org-tree">
          {opd.units.map((unit) => (
            <li key={unit.id}>
              <UnitBranch unit={unit} open={openUnits} />
            </li>
          ))}
        </ul>
      )}
      {opd.positions.length === 0 && opd.units.length === 0 && (
        <p className="muted small">{t('org.positions', { count: 0 })}</p>
      )}
    </details>
  );
}

function UnitBranch({ unit, open }: { unit: UnitNode; open: boolean }) {
  const { t } = useI18n();
  const count = countPositions(unit);
  return (
    <details className="org-node org-unit" open={open} data-testid="unit" data-unit-id={unit.id}>
      <summary>
        <span className="org-name">{unit.name}</span>{' '}
        <span className="muted small">{t('org.positions', { count })}</span>
      </summary>
      <Positions positions={unit.positions} />
      {unit.units.length > 0 && (
        <ul className="org-tree">
          {unit.units.map((child) => (
            <li key={child.id}>
              <UnitBranch unit={child} open={open} />
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/** The positions of a unit and the units under it. */
function countPositions(unit: UnitNode): number {
  return unit.positions.length + unit.units.reduce((sum, u) => sum + countPositions(u), 0);
}

function Positions({ positions }: { positions: readonly PositionNode[] }) {
  const { t } = useI18n();
  if (positions.length === 0) return null;
  return (
    <ul className="org-positions">
      {positions.map((p) => (
        <li key={p.id} className={p.heads ? 'org-position org-head' : 'org-position'} data-testid="position">
          <div className="org-position-name">
            <span>{p.name}</span>{' '}
            <span className="badge">
              {p.eselon ? t('org.eselon', { eselon: p.eselon }) : t('org.functional')}
            </span>
          </div>
          {p.holders.length === 0 ? (
            <span className="badge badge-warn" data-testid="vacant">
              {t('org.vacant')}
            </span>
          ) : (
            p.holders.map((h) => <HolderLine key={h.holderId} holder={h} />)
          )}
        </li>
      ))}
    </ul>
  );
}

function HolderLine({ holder }: { holder: Holder }) {
  const { t } = useI18n();
  return (
    <div className="org-holder" data-testid="holder">
      {holder.kind !== 'definitif' && (
        <abbr
          className="badge badge-info"
          title={t(holder.kind === 'plt' ? 'org.holder.pltLong' : 'org.holder.plhLong')}
        >
          {t(holder.kind === 'plt' ? 'org.holder.plt' : 'org.holder.plh')}
        </abbr>
      )}{' '}
      <strong>{holder.name}</strong>{' '}
      <span className="muted small nowrap">
        {holder.endsOn
          ? t('org.sinceUntil', { from: holder.startsOn, until: holder.endsOn })
          : t('org.since', { date: holder.startsOn })}
      </span>
    </div>
  );
}
