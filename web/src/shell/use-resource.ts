import { useCallback, useEffect, useState } from 'react';
import { request } from './api';

interface Resource<T> {
  data: T | undefined;
  error: unknown;
  reload(): void;
  /** Shows what a change answered (the saved record) at once, without asking again. */
  replace(data: T): void;
}

/** GETs an API path and keeps the answer; a newer path or a reload replaces it, a stale answer is dropped. */
export function useResource<T>(path: string): Resource<T> {
  const [state, setState] = useState<{ path: string; data?: T; error?: unknown }>({ path });
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the reload trigger
  useEffect(() => {
    let current = true;
    request<T>('GET', path).then(
      (data) => current && setState({ path, data }),
      (error: unknown) => current && setState({ path, error }),
    );
    return () => {
      current = false;
    };
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const replace = useCallback((data: T) => setState({ path, data }), [path]);
  const fresh = state.path === path;
  return { data: fresh ? state.data : undefined, error: fresh ? state.error : undefined, reload, replace };
}
