import { useState } from 'react';
import type { Me, RegionGrant } from '../../shell/api';
import { useI18n } from '../../shell/i18n';
import { Loading } from '../../shell/loading';
import { ProblemAlert } from '../../shell/problem-alert';
import { href } from '../../shell/router';
import { useTaxTypes } from '../config/use-tax-types';
import { MyTaxpayerCard } from './my-taxpayer-card';
import type { TaxpayerFile } from './registry';
import { TaxObjectDialog } from './tax-object-dialog';
import { TaxpayerRegisterForm } from './taxpayer-register-form';
import { useMyTaxpayers } from './use-my-taxpayers';

/** Pajak Saya: the person's taxpayer registrations and objects; register, or declare a new object. */
export function MyTaxesPage({ me, region }: { me: Me; region: RegionGrant }) {
  const { t } = useI18n();
  const mine = useMyTaxpayers(region.regionId);
  const taxTypes = useTaxTypes();
  const [registering, setRegistering] = useState(false);
  const [addingTo, setAddingTo] = useState<TaxpayerFile>();
  const [notice, setNotice] = useState('');
  const none = mine.files?.length === 0;
  const canFile = mine.files?.some((f) => f.objects.some((o) => o.status === 'active'));

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('myTaxes.title')}</h1>
          <p className="muted">{t('myTaxes.subtitle', { region: region.name })}</p>
        </div>
        {canFile && (
          <a className="button button-primary" href={href('/file-return')}>
            {t('nav.fileReturn')}
          </a>
        )}
      </div>
      {notice && (
        <p className="alert alert-ok" role="status">
          {notice}
        </p>
      )}
      <ProblemAlert error={mine.error ?? taxTypes.error} />
      {!mine.files && !mine.error && <Loading />}
      <div className="stack">
        {mine.files?.map((file) => (
          <MyTaxpayerCard
            key={file.id}
            file={file}
            taxName={taxTypes.nameOf}
            onAddObject={() => {
              setNotice('');
              setAddingTo(file);
            }}
          />
        ))}
      </div>
      {mine.files && (none || registering) && (
        <section className="panel" data-testid="register-panel">
          <h2>{t('register.title')}</h2>
          <p className="muted small">{t('register.intro')}</p>
          <TaxpayerRegisterForm
            regionId={region.regionId}
            email={me.user.email}
            onCancel={none ? undefined : () => setRegistering(false)}
            onRegistered={(taxpayer) => {
              setRegistering(false);
              setNotice(t('register.done', { name: taxpayer.name }));
              mine.reload();
            }}
          />
        </section>
      )}
      {mine.files && !none && !registering && (
        <button
          type="button"
          className="button"
          data-testid="register-another"
          onClick={() => {
            setNotice('');
            setRegistering(true);
          }}
        >
          + {t('register.another')}
        </button>
      )}
      {addingTo && (
        <TaxObjectDialog
          regionId={region.regionId}
          taxpayer={addingTo}
          types={taxTypes.types}
          onClose={() => setAddingTo(undefined)}
          onAdded={(object) => {
            setAddingTo(undefined);
            setNotice(t('object.added', { name: object.name }));
            mine.reload();
          }}
        />
      )}
    </>
  );
}
