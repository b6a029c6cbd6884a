import { regionPath } from './api';
import { useI18n } from './i18n';
import { type TaxType, taxName } from './tax-config';
import { useResource } from './use-resource';

/** The region's tax types, and their names in the UI language (the code until they have loaded). */
export function useTaxTypes(regionId: string) {
  const { lang } = useI18n();
  const types = useResource<TaxType[]>(regionPath(regionId, '/tax/types'));
  const find = (code: string) => types.data?.find((t) => t.code === code);
  return {
    types: types.data,
    error: types.error,
    find,
    nameOf: (code: string) => taxName(find(code), code, lang),
  };
}
