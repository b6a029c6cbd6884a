import { useCallback, useEffect, useState } from 'react';
import { regionPath, request } from '../../shell/api';
import type { TaxpayerFile, TaxpayerSearch } from './registry';

interface MyTaxpayers {
  files: TaxpayerFile[] | undefined;
  error: unknown;
  reload(): void;
}

/**
 * The taxpayer records linked to the signed-in account (usually one; a person may also register their company),
 * each with its objects.
 */
export function useMyTaxpayers(regionId: string): MyTaxpayers {
  const [state, setState] = useState<{ files?: TaxpayerFile[]; error?: unknown }>({});
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the reload trigger
  useEffect(() => {
    let current = true;
    (async () => {
      const mine = await request<TaxpayerSearch>('GET', regionPath(regionId, '/taxpayers?limit=100'));
      return Promise.all(
        mine.items.map((t) => request<TaxpayerFile>('GET', regionPath(regionId, `/taxpayers/${t.id}`))),
      );
    })().then(
      (files) => current && setState({ files: files.sort((a, b) => a.id - b.id) }),
      (error: unknown) => current && setState({ error }),
    );
    return () => {
      current = false;
    };
  }, [regionId, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { files: state.files, error: state.error, reload };
}
