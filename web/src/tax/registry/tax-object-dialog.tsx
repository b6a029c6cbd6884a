import { type FormEvent, useState } from 'react';
import { KelurahanSelect } from '../../platform/kelurahan-select';
import { ApiProblem, regionPath, request } from '../../shell/api';
import { Dialog } from '../../shell/dialog';
import { Field } from '../../shell/field';
import { useI18n } from '../../shell/i18n';
import { ProblemAlert } from '../../shell/problem-alert';
import type { TaxType } from '../config/tax-config';
import { CategorySelect, TaxTypeSelect } from '../config/tax-type-select';
import type { TaxObject, Taxpayer } from './registry';

/** Declares an Objek Pajak (an outlet, hotel, parking lot, billboard…) for a taxpayer. */
export function TaxObjectDialog({
  regionId,
  taxpayer,
  types,
  onAdded,
  onClose,
}: {
  regionId: string;
  taxpayer: Taxpayer;
  types: TaxType[] | undefined;
  onAdded(object: TaxObject): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [taxCode, setTaxCode] = useState('');
  const [category, setCategory] = useState('umum');
  const [name, setName] = useState('');
  const [address, setAddress] = useState(taxpayer.address);
  const [villageCode, setVillageCode] = useState(taxpayer.villageCode);
  const [openedOn, setOpenedOn] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};
  const categories = types?.find((type) => type.code === taxCode)?.categories ?? ['umum'];

  function chooseType(code: string) {
    setTaxCode(code);
    setCategory(types?.find((type) => type.code === code)?.categories[0] ?? 'umum');
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onAdded(
        await request<TaxObject>('POST', regionPath(regionId, `/taxpayers/${taxpayer.id}/objects`), {
          taxCode,
          category,
          name,
          address,
          villageCode,
          openedOn,
        }),
      );
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('object.addTitle', { name: taxpayer.name })} onClose={onClose}>
      <form className="form" onSubmit={submit} data-testid="tax-object-form">
        <ProblemAlert error={error} />
        <Field label={t('object.taxType')} error={fields.taxCode}>
          <TaxTypeSelect types={types} value={taxCode} onChange={chooseType} />
        </Field>
        {categories.length > 1 && (
          <Field label={t('object.category')} error={fields.category}>
            <CategorySelect categories={categories} value={category} onChange={setCategory} />
          </Field>
        )}
        <Field label={t('object.name')} hint={t('object.nameHint')} error={fields.name}>
          <input
            name="name"
            required
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <Field label={t('object.address')} error={fields.address}>
          <input
            name="address"
            required
            maxLength={500}
            value={address}
            onChange={(e) => setAddress(e.target.value)}
          />
        </Field>
        <Field label={t('registry.kelurahan')} error={fields.villageCode}>
          <KelurahanSelect regionId={regionId} value={villageCode} onChange={setVillageCode} />
        </Field>
        <Field label={t('object.openedOn')} hint={t('object.openedOnHint')} error={fields.openedOn}>
          <input
            name="openedOn"
            type="date"
            required
            value={openedOn}
            onChange={(e) => setOpenedOn(e.target.value)}
          />
        </Field>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('common.saving') : t('object.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
