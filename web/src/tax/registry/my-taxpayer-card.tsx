import { formatDate } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { StatusBadge } from '../status-badge';
import { identityOf, type TaxpayerFile } from './registry';

/**
 * One of the signed-in person's taxpayer records: its NPWPD once verified (or why it waits or was refused), and
 * its objects with their own verification status.
 */
export function MyTaxpayerCard({
  file,
  taxName,
  onAddObject,
}: {
  file: TaxpayerFile;
  taxName(code: string): string;
  onAddObject(): void;
}) {
  const { t, lang, categoryLabel } = useI18n();
  return (
    <section className="card taxpayer-card" data-testid="my-taxpayer" data-status={file.status}>
      <div className="card-head">
        <div>
          <h2>{file.name}</h2>
          <p className="muted small">
            {t(`register.${file.kind}`)} · {file.kind === 'person' ? 'NIK' : 'NPWP'} {identityOf(file)}
          </p>
        </div>
        <StatusBadge status={file.status} />
      </div>
      {file.status === 'verified' && (
        <div className="npwpd">
          <span className="muted small">NPWPD</span>
          <strong className="mono" data-testid="npwpd">
            {file.npwpd}
          </strong>
        </div>
      )}
      {file.status === 'pending' && <p className="alert alert-info">{t('myTaxes.pendingNote')}</p>}
      {file.status === 'rejected' && (
        <p className="alert alert-error">
          {t('myTaxes.rejectedNote', { reason: file.rejectionReason ?? '' })}
        </p>
      )}
      <p className="small">
        {file.address}, {t('areas.kelurahan')} {file.villageName}, {t('areas.kecamatan')} {file.districtName}
      </p>

      <h3 className="section-title">{t('myTaxes.objects')}</h3>
      {file.objects.length === 0 && <p className="muted small">{t('myTaxes.noObjects')}</p>}
      <ul className="object-list">
        {file.objects.map((o) => (
          <li key={o.id} data-testid="my-object">
            <div className="object-main">
              <strong>{o.name}</strong>
              <StatusBadge status={o.status} />
            </div>
            <div className="muted small">
              {taxName(o.taxCode)}
              {o.category !== 'umum' && ` · ${categoryLabel(o.category)}`} · {o.address}, {o.villageName}
            </div>
            <div className="muted small">{t('myTaxes.openedOn', { date: formatDate(o.openedOn, lang) })}</div>
            {o.status === 'pending' && <div className="small warn-text">{t('myTaxes.objectPending')}</div>}
            {o.status === 'rejected' && (
              <div className="small danger-text">
                {t('myTaxes.rejectedNote', { reason: o.rejectionReason ?? '' })}
              </div>
            )}
          </li>
        ))}
      </ul>
      {file.status !== 'rejected' && (
        <button type="button" className="button" onClick={onAddObject}>
          + {t('object.add')}
        </button>
      )}
    </section>
  );
}
