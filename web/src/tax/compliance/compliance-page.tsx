import { type FormEvent, useState } from 'react';
import type { RegionGrant } from '../../shell/api';
import { Field } from '../../shell/field';
import { FilterTabs } from '../../shell/filter-tabs';
import { endedMonths, formatPeriod } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { Loading } from '../../shell/loading';
import { useToday } from '../../shell/use-today';
import { TaxTypeSelect } from '../config/tax-type-select';
import { useTaxTypes } from '../config/use-tax-types';
import type { ComplianceFilter } from './compliance';
import { BaseDropList, LateList, MissingList } from './compliance-lists';

type Tab = 'missing' | 'late' | 'drops';

/** How many masa the API takes at once (`MASA_RANGE_INVALID` beyond). */
const MAX_MASA = 12;
/** How far back the range's first masa may be picked. */
const MONTHS_OFFERED = 36;

const monthIndex = (period: string) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;

/**
 * Kepatuhan (issue 15): who did not file a masa, who filed late and whose declared base fell sharply against their own
 * earlier masa, for a range of masa (the six before this month unless chosen, as the API), one tax or all, each list
 * downloadable as the screen shows it. Lists to check, not findings: the page says so above them.
 */
export function CompliancePage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const today = useToday(region.regionId);
  const taxTypes = useTaxTypes();
  const [draft, setDraft] = useState<ComplianceFilter>();
  const [filter, setFilter] = useState<ComplianceFilter>();
  const [tab, setTab] = useState<Tab>('missing');
  const [totals, setTotals] = useState<Partial<Record<Tab, number>>>({});

  const months = today ? endedMonths(today, MONTHS_OFFERED) : [];
  // The API's default range: the six masa before the current month.
  const initial = months.length
    ? { from: months[5] as string, to: months[0] as string, taxCode: '', q: '' }
    : undefined;
  const shown = draft ?? initial;
  const applied = filter ?? initial;
  if (!shown || !applied) return <Loading />;

  const toChoices = months.filter(
    (p) => p >= shown.from && monthIndex(p) - monthIndex(shown.from) < MAX_MASA,
  );
  const choose = (next: ComplianceFilter) => {
    setDraft(next);
    setFilter(next);
  };
  const chooseFrom = (from: string) => {
    // Keep the range within twelve masa and in order: the last masa follows the first when it must.
    const span = monthIndex(shown.to) - monthIndex(from);
    const to =
      span < 0 || span >= MAX_MASA
        ? (months.filter((p) => p >= from && monthIndex(p) - monthIndex(from) < MAX_MASA)[0] ?? from)
        : shown.to;
    choose({ ...shown, from, to });
  };
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter(shown);
  };
  const clear = () => {
    setDraft(undefined);
    setFilter(undefined);
  };
  const reportTotal = (which: Tab) => (total: number) =>
    setTotals((known) => (known[which] === total ? known : { ...known, [which]: total }));
  const tabLabel = (which: Tab) =>
    totals[which] === undefined
      ? t(`compliance.tab.${which}`)
      : t(`compliance.tabCount.${which}`, { count: totals[which] });

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('compliance.title')}</h1>
          <p className="muted" data-testid="compliance-range">
            {t('compliance.subtitle', { from: applied.from, to: applied.to, region: region.name })}
          </p>
        </div>
      </div>
      <p className="alert alert-info compliance-note" role="note" data-testid="compliance-note">
        {t('compliance.note')}
      </p>
      <form className="panel filters compliance-filters" onSubmit={apply} data-testid="compliance-filters">
        <Field label={t('compliance.from')}>
          <select name="from" value={shown.from} onChange={(e) => chooseFrom(e.target.value)}>
            {months.map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p, lang)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('compliance.to')}>
          <select name="to" value={shown.to} onChange={(e) => choose({ ...shown, to: e.target.value })}>
            {toChoices.map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p, lang)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('object.taxType')}>
          <TaxTypeSelect
            types={taxTypes.types?.filter((type) => type.assessment === 'self')}
            value={shown.taxCode}
            emptyLabel={t('list.any')}
            onChange={(taxCode) => choose({ ...shown, taxCode })}
          />
        </Field>
        <Field label={t('list.search')}>
          <input
            type="search"
            name="q"
            placeholder={t('returnsList.qHint')}
            value={shown.q}
            onChange={(e) => setDraft({ ...shown, q: e.target.value })}
          />
        </Field>
        <div className="filter-actions">
          <button type="submit" className="button button-primary">
            {t('list.search')}
          </button>
          <button type="button" className="button" onClick={clear}>
            {t('list.clear')}
          </button>
        </div>
      </form>
      <FilterTabs<Tab>
        label={t('compliance.tabs')}
        value={tab}
        onChange={setTab}
        options={(['missing', 'late', 'drops'] as const).map((value) => ({ value, label: tabLabel(value) }))}
      />
      <div hidden={tab !== 'missing'}>
        <MissingList region={region} filter={applied} onTotal={reportTotal('missing')} />
      </div>
      <div hidden={tab !== 'late'}>
        <LateList region={region} filter={applied} onTotal={reportTotal('late')} />
      </div>
      <div hidden={tab !== 'drops'}>
        <BaseDropList region={region} filter={applied} onTotal={reportTotal('drops')} />
      </div>
    </>
  );
}
