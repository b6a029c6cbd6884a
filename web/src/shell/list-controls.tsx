import { useI18n } from './i18n';
import type { ListFilter, ListQuery } from './list-query';
import { SortHeader } from './sort-header';

/** A column that sorts the list: its header's label and the API's name for it. */
export interface SortColumn {
  column: string;
  label: string;
}

/**
 * Above a list: which rows are shown of how many, and the order as a choice (a phone hides the column headers, so
 * this is how it sorts; on a desktop it says how the list is sorted).
 */
export function ListBar<F extends ListFilter>({
  list,
  total,
  shown,
  columns,
  testId,
}: {
  list: ListQuery<F>;
  total: number;
  shown: number;
  columns: readonly SortColumn[];
  testId?: string;
}) {
  const { t } = useI18n();
  const known = columns.some((c) => list.sort === c.column || list.sort === `-${c.column}`);
  return (
    <div className="list-bar">
      <p className="muted small" data-testid={testId && `${testId}-count`}>
        {total === 0 ? '' : t('list.count', { from: list.offset + 1, to: list.offset + shown, total })}
      </p>
      <label className="field-inline small">
        {t('list.sort')}{' '}
        <select name="sort" value={list.sort} onChange={(e) => list.sortBy(e.target.value)}>
          {!known && <option value={list.sort}>—</option>}
          {columns.flatMap((c) => [
            <option key={c.column} value={c.column}>
              {t('list.ascending', { column: c.label })}
            </option>,
            <option key={`-${c.column}`} value={`-${c.column}`}>
              {t('list.descending', { column: c.label })}
            </option>,
          ])}
        </select>
      </label>
    </div>
  );
}

/** A sortable column header of a list. */
export function ListSortHeader<F extends ListFilter>({
  list,
  column,
  className,
}: {
  list: ListQuery<F>;
  column: SortColumn;
  className?: string;
}) {
  return (
    <SortHeader
      label={column.label}
      column={column.column}
      sort={list.sort}
      onSort={list.sortBy}
      className={className}
    />
  );
}

/** The previous and next page of a list, when it has more than one. */
export function Pager<F extends ListFilter>({ list, total }: { list: ListQuery<F>; total: number }) {
  const { t } = useI18n();
  if (total <= list.limit) return null;
  const page = Math.floor(list.offset / list.limit) + 1;
  const pages = Math.ceil(total / list.limit);
  return (
    <nav className="pager" aria-label={t('list.pages')}>
      <button
        type="button"
        className="button"
        disabled={list.offset === 0}
        onClick={() => list.setOffset(Math.max(0, list.offset - list.limit))}
      >
        {t('common.previous')}
      </button>
      <span className="muted small pager-page">{t('list.page', { page, pages })}</span>
      <button
        type="button"
        className="button"
        disabled={list.offset + list.limit >= total}
        onClick={() => list.setOffset(list.offset + list.limit)}
      >
        {t('common.next')}
      </button>
    </nav>
  );
}
