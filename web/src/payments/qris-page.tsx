import { useState } from 'react';
import { QRIS_EDITORS } from '../../../src/payments/roles';
import { holdsAny } from '../../../src/platform/roles';
import { ApiProblem, type RegionGrant, regionPath } from '../shell/api';
import { formatDateTime } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import type { StoredQris } from './qris';
import { QrisForm } from './qris-form';

/** QRIS daerah: the region's static QRIS and the merchant it pays; the administrator pastes a new one. */
export function QrisPage({ region }: { region: RegionGrant }) {
  const { t } = useI18n();
  const stored = useResource<StoredQris>(regionPath(region.regionId, '/payments/qris'));
  const [notice, setNotice] = useState('');
  const canEdit = holdsAny(region.roles, QRIS_EDITORS);
  const notConfigured = stored.error instanceof ApiProblem && stored.error.code === 'QRIS_NOT_CONFIGURED';

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('qris.title')}</h1>
          <p className="muted">
            {t('qris.subtitle', { region: region.name })} {!canEdit && t('users.readOnly')}
          </p>
        </div>
      </div>
      {notice && (
        <p className="alert alert-ok" role="status">
          {notice}
        </p>
      )}
      {notConfigured ? <p className="empty">{t('qris.none')}</p> : <ProblemAlert error={stored.error} />}
      {!stored.data && !stored.error && <Loading />}
      {stored.data && <MerchantView qris={stored.data} timeZone={region.timeZone} />}
      {canEdit && (
        <QrisForm
          regionId={region.regionId}
          onSaved={(qris) => {
            setNotice(t('qris.saved', { name: qris.merchantName }));
            stored.reload();
          }}
        />
      )}
    </>
  );
}

function MerchantView({ qris, timeZone }: { qris: StoredQris; timeZone: string }) {
  const { t, lang } = useI18n();
  const facts: [string, string | null][] = [
    [t('qris.merchantName'), qris.merchantName],
    [t('qris.merchantCity'), [qris.merchantCity, qris.postalCode].filter(Boolean).join(' ')],
    [t('qris.nmid'), qris.nmid],
    [t('qris.acquirer'), qris.guid],
    [t('qris.merchantPan'), qris.merchantPan],
    [t('qris.merchantId'), qris.merchantId],
    [t('qris.criteria'), qris.merchantCriteria],
    [t('qris.mcc'), qris.mcc],
  ];
  return (
    <section className="panel" data-testid="qris-merchant">
      <div className="card-head">
        <div>
          <h2>{qris.merchantName}</h2>
          <p className="muted small">
            {t('qris.updatedAt', { at: formatDateTime(qris.updatedAt, timeZone, lang) })}
          </p>
        </div>
      </div>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="mono">{value || '—'}</dd>
          </div>
        ))}
      </dl>
      <h3 className="section-title">{t('qris.payload')}</h3>
      <code className="qris-payload">{qris.payload}</code>
    </section>
  );
}
