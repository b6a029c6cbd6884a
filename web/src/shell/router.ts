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

/** The href of an app page, for `<a>` elements. */
export function href(path: string): string {
  return `#${path}`;
}

export function navigate(path: string): void {
  window.location.hash = path;
}
