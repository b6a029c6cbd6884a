import { useSyncExternalStore } from 'react';

/**
 * Hash routing: `#/users` is the page `/users`. The server needs no route table for the app's pages, and a
 * bookmarked or reloaded page opens where it was.
 */
function currentPath(): string {
  return window.location.hash.replace(/^#/, '') || '/';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/**
 * The href of an app page, for `<a>` elements; `query` is the page's own to read (`#/file-return?objectId=7`), what
 * it opens with, not which page it is.
 */
export function href(path: string, query?: Readonly<Record<string, string | number>>): string {
  const search = query
    ? new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()
    : '';
  return `#${path}${search ? `?${search}` : ''}`;
}

/** The query of the current page's address (after `?` in the hash), which that page reads. */
export function routeQuery(): URLSearchParams {
  return new URLSearchParams(currentPath().split('?')[1] ?? '');
}

export function navigate(path: string): void {
  window.location.hash = path;
}
