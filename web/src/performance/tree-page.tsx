import { useMemo, useState } from 'react';
import type { treeSchema } from '../../../src/performance/tree/tree-schemas';
import { regionPath, type WireOf } from '../shell/api';
import type { RegionPageProps } from '../shell/area';
import { Field } from '../shell/field';
import { formatDecimal } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';

type Tree = WireOf<typeof treeSchema>;
type TreeNode = Tree['roots'][number];
type Indicator = TreeNode['indicators'][number];

/**
 * Pohon Kinerja: the region's performance tree of a year as an expandable tree, from the RPJMD goals down to the
 * kegiatan, each node with its indicators (unit, polarity, baseline, the year's target and quarters, a crosscutting
 * indicator's owners and shares). The whole tree comes in one answer; a node's children are rendered only once it is
 * opened, so a region of 2,000 indicators draws its first screen at once. Search opens the path to every match.
 */
export function TreePage({ region }: RegionPageProps) {
  const { t } = useI18n();
  const [year, setYear] = useState('');
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<{ open: boolean | null; generation: number }>({
    open: null,
    generation: 0,
  });
  const tree = useResource<Tree>(
    regionPath(region.regionId, `/performance/tree${year ? `?year=${year}` : ''}`),
  );
  const data = tree.data;
  const needle = query.trim().toLowerCase();
  const matching = useMemo(() => (data && needle ? matches(data.roots, needle) : null), [data, needle]);
  const openAll = (open: boolean) => setExpanded((e) => ({ open, generation: e.generation + 1 }));
  const roots = data ? (matching ? data.roots.filter((n) => matching.has(n.id)) : data.roots) : [];

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('tree.title')}</h1>
          {data && (
            <p className="muted">{t('tree.subtitle', { region: region.name, year: String(data.year) })}</p>
          )}
        </div>
      </div>
      <div className="filters org-filters">
        <Field label={t('tree.year')}>
          <input
            type="number"
            name="year"
            min={2000}
            max={2100}
            value={year || data?.year || ''}
            onChange={(e) => setYear(e.target.value)}
            data-testid="tree-year"
          />
        </Field>
        <Field label={t('tree.search')}>
          <input
            type="search"
            name="q"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="tree-search"
          />
        </Field>
        <div className="filter-actions">
          <button type="button" className="button button-small" onClick={() => openAll(true)}>
            {t('tree.expandAll')}
          </button>
          <button type="button" className="button button-small" onClick={() => openAll(false)}>
            {t('tree.collapseAll')}
          </button>
        </div>
      </div>
      <ProblemAlert error={tree.error} />
      {!data && !tree.error && <Loading />}
      {data && (
        <section className="panel org" aria-label={t('tree.title')}>
          <p className="muted small" data-testid="tree-count">
            {t('tree.count', { nodes: String(data.nodes), indicators: String(data.indicators) })}
          </p>
          {data.roots.length === 0 && <p className="empty">{t('tree.none')}</p>}
          {matching && roots.length === 0 && <p className="empty">{t('tree.noMatch', { query })}</p>}
          <ul className="org-tree" data-testid="perf-tree" key={`${expanded.generation}:${needle}`}>
            {roots.map((node) => (
              <li key={node.id}>
                <Branch
                  node={node}
                  year={data.year}
                  open={expanded.open ?? true}
                  openAll={expanded.open}
                  matching={matching}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The nodes to show for a search: every node that matches and every node above one. */
function matches(roots: readonly TreeNode[], needle: string): Set<number> {
  const shown = new Set<number>();
  const visit = (node: TreeNode): boolean => {
    const text = `${node.name} ${node.opd?.name ?? ''} ${node.opd?.shortName ?? ''} ${node.indicators
      .map((i) => i.name)
      .join(' ')}`.toLowerCase();
    let any = text.includes(needle);
    for (const child of node.children) any = visit(child) || any;
    if (any) shown.add(node.id);
    return any;
  };
  for (const root of roots) visit(root);
  return shown;
}

function Branch({
  node,
  year,
  open: initiallyOpen,
  openAll,
  matching,
}: {
  node: TreeNode;
  year: number;
  open: boolean;
  openAll: boolean | null;
  matching: Set<number> | null;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(matching ? true : initiallyOpen);
  const children = matching ? node.children.filter((c) => matching.has(c.id)) : node.children;
  return (
    <details
      className={`org-node tree-node tree-${node.kind}`}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="tree-node"
      data-kind={node.kind}
    >
      <summary>
        <span className="badge">{t(`tree.kind.${node.kind}`)}</span>{' '}
        <span className="org-name">{node.name}</span>{' '}
        {node.opd && <span className="badge">{node.opd.shortName}</span>}{' '}
        {node.cascading && <span className="muted small">{t(`tree.cascading.${node.cascading}`)}</span>}
      </summary>
      {open && (
        <>
          {node.indicators.length > 0 && (
            <ul className="tree-indicators">
              {node.indicators.map((i) => (
                <IndicatorItem key={i.id} indicator={i} year={year} />
              ))}
            </ul>
          )}
          {children.length > 0 && (
            <ul className="org-tree">
              {children.map((child) => (
                <li key={child.id}>
                  <Branch
                    node={child}
                    year={year}
                    open={openAll ?? false}
                    openAll={openAll}
                    matching={matching}
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </details>
  );
}

function IndicatorItem({ indicator: i, year }: { indicator: Indicator; year: number }) {
  const { t, lang } = useI18n();
  const n = (x: number) => formatDecimal(x, lang);
  const target = i.target;
  return (
    <li className="tree-indicator" data-testid="indicator">
      <div className="tree-indicator-name">
        <span>{i.name}</span> <span className="muted small">({i.unit})</span>{' '}
        {i.iku && <span className="badge">{t('tree.iku')}</span>}{' '}
        {i.owners.length > 0 && <span className="badge">{t('tree.crosscutting')}</span>}{' '}
        {i.source === 'revenue_pad' && <span className="badge">{t('tree.fromLedger')}</span>}
      </div>
      <div className="muted small">
        {t(`tree.polarity.${i.polarity}`)}
        {i.cumulative && ` · ${t('tree.cumulative')}`}
        {' · '}
        {i.baseline === null
          ? t('tree.noBaseline')
          : t('tree.baseline', { year: String(i.baselineYear ?? ''), value: n(i.baseline) })}
      </div>
      <div data-testid="indicator-target">
        {target
          ? t('tree.target', {
              year: String(year),
              value:
                target.targetUpper === null
                  ? n(target.target)
                  : `${n(target.target)}–${n(target.targetUpper)}`,
            })
          : t('tree.noTarget', { year: String(year) })}
        {target?.quarters && (
          <span className="muted small">
            {' · '}
            {t('tree.quarters', {
              q1: n(target.quarters[0] ?? 0),
              q2: n(target.quarters[1] ?? 0),
              q3: n(target.quarters[2] ?? 0),
              q4: n(target.quarters[3] ?? 0),
            })}
          </span>
        )}
      </div>
      {i.owners.length > 0 && (
        <div className="small" data-testid="indicator-owners">
          {t('tree.owners', {
            owners: i.owners.map((o) => `${o.shortName} ${n(o.sharePercent)}%`).join(', '),
          })}
        </div>
      )}
      {i.dataSource && <div className="muted small">{t('tree.source', { source: i.dataSource })}</div>}
    </li>
  );
}
