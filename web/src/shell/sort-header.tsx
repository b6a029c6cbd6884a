/** A column header that sorts the list by its column, ascending then descending; says how it is sorted. */
export function SortHeader({
  label,
  column,
  sort,
  onSort,
  className,
}: {
  label: string;
  column: string;
  sort: string;
  onSort(sort: string): void;
  className?: string;
}) {
  const direction = sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : undefined;
  return (
    <th aria-sort={direction ?? 'none'} className={className}>
      <button
        type="button"
        className="sort-header"
        onClick={() => onSort(direction === 'ascending' ? `-${column}` : column)}
      >
        {label}
        <span aria-hidden="true">
          {direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ''}
        </span>
      </button>
    </th>
  );
}
