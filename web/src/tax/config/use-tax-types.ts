import { useI18n } from '../../shell/i18n';
import { useResource } from '../../shell/use-resource';
import { type TaxType, taxName } from './tax-config';

/** The taxes of UU 1/2022 (public reference data), and their names in the UI language (the code until loaded). */
export function useTaxTypes() {
  const { lang } = useI18n();
  const types = useResource<TaxType[]>('/tax/types');
  const find = (code: string) => types.data?.find((t) => t.code === code);
  return {
    types: types.data,
    error: types.error,
    find,
    nameOf: (code: string) => taxName(find(code), code, lang),
  };
}
