import { type FormEvent, useState } from 'react';

/** A list's filters: each a text the API takes as a query parameter of the same name (empty: not filtered). */
export type ListFilter = Record<string, string>;

export interface ListQuery<F extends ListFilter> {
  /** What the form shows, applied when it is submitted (a search text) or at once (`choose`: a list to pick from). */
  draft: F;
  setDraft(draft: F): void;
  /** What the list shows. */
  filter: F;
  /** Applies the draft (the form's submit). */
  apply(e?: FormEvent): void;
  /** Applies one filter at once, with the rest of the draft (a select, a date). */
  choose<K extends keyof F>(key: K, value: F[K]): void;
  clear(): void;
  sort: string;
  sortBy(sort: string): void;
  offset: number;
  setOffset(offset: number): void;
  limit: number;
  /** The filters and order as the API's query parameters, without the page: what a download takes too. */
  params: URLSearchParams;
  /** The same with the page: what the list asks for. */
  pageParams: URLSearchParams;
}

/**
 * The state of a list that works (issue 14): filters as drafted and as applied, the order (a column, `-` before it
 * for descending) and the page. Any change of filter or order goes back to the first page. The list and its download
 * are asked with the same parameters, so the file holds what the screen shows, every page of it.
 */
export function useListQuery<F extends ListFilter>(
  noFilter: F,
  defaultSort: string,
  limit = 25,
): ListQuery<F> {
  const [draft, setDraft] = useState(noFilter);
  const [filter, setFilter] = useState(noFilter);
  const [sort, setSort] = useState(defaultSort);
  const [offset, setOffset] = useState(0);
  const params = new URLSearchParams(
    Object.entries(filter).filter(([, value]) => value.trim() !== '') as [string, string][],
  );
  params.set('sort', sort);
  const pageParams = new URLSearchParams(params);
  pageParams.set('limit', String(limit));
  pageParams.set('offset', String(offset));
  return {
    draft,
    setDraft,
    filter,
    apply(e) {
      e?.preventDefault();
      setFilter(draft);
      setOffset(0);
    },
    choose(key, value) {
      const next = { ...draft, [key]: value };
      setDraft(next);
      setFilter(next);
      setOffset(0);
    },
    clear() {
      setDraft(noFilter);
      setFilter(noFilter);
      setOffset(0);
    },
    sort,
    sortBy(next) {
      setSort(next);
      setOffset(0);
    },
    offset,
    setOffset,
    limit,
    params,
    pageParams,
  };
}
