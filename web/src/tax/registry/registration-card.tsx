import { regionPath, request } from '../../shell/api';
import { formatDateTime } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { href } from '../../shell/router';
import { useResource } from '../../shell/use-resource';
import { type Decision, DecisionButtons } from '../decision-buttons';
import { StatusBadge } from '../status-badge';
import { identityOf, type TaxpayerFile } from './registry';

/**
 * One applicant in the registration queue: their identity and the objects they declared, each with verify and
 * reject. The taxpayer is verified first (that issues the NPWPD); an object can only be verified after.
 */
export function RegistrationCard({
  regionId,
  timeZone,
  taxpayerId,
  canDecide,
  taxName,
  onDecided,
}: {
  regionId: string;
  timeZone: string;
  taxpayerId: number;
  canDecide: boolean;
  taxName(code: string): string;
  /** Reports the outcome to the page: what was decided, or why it failed. */
  onDecided(outcome: { done: string } | { error: unknown }): void;
}) {
  const { t, lang, categoryLabel } = useI18n();
  const file = useResource<TaxpayerFile>(regionPath(regionId, `/taxpayers/${taxpayerId}`));
  const f = file.data;
  if (!f) return null;

  const decide = (path: string, name: string) => async (d: Decision) => {
    try {
      await request('POST', regionPath(regionId, `${path}/decision`), d);
      onDecided({ done: t(d.decision === 'verify' ? 'queue.verified' : 'queue.rejected', { name }) });
    } catch (error) {
      onDecided({ error });
    }
    file.reload();
  };

  return (
    <section className="card queue-card" data-testid="registration" data-name={f.name}>
      <div className="card-head">
        <div>
          <h2>
            <a href={href(`/taxpayers/${f.id}`)}>{f.name}</a>
          </h2>
          <p className="muted small">
            {t(`register.${f.kind}`)} · {f.kind === 'person' ? 'NIK' : 'NPWP'}{' '}
            <span className="mono">{identityOf(f)}</span>
            {f.kind === 'person' && f.npwp && (
              <>
                {' '}
                · NPWP <span className="mono">{f.npwp}</span>
              </>
            )}
          </p>
        </div>
        <StatusBadge status={f.status} />
      </div>
      <dl className="facts compact">
        <div>
          <dt>{t('register.address')}</dt>
          <dd>
            {f.address}, {f.villageName}, {f.districtName}
          </dd>
        </div>
        <div>
          <dt>{t('queue.contact')}</dt>
          <dd>{[f.phone, f.email].filter(Boolean).join(' · ') || '—'}</dd>
        </div>
        <div>
          <dt>{t('queue.registeredAt')}</dt>
          <dd>{formatDateTime(f.registeredAt, timeZone, lang)}</dd>
        </div>
        {f.npwpd && (
          <div>
            <dt>NPWPD</dt>
            <dd className="mono">{f.npwpd}</dd>
          </div>
        )}
      </dl>
      {canDecide && f.status === 'pending' && (
        <DecisionButtons subject={f.name} decide={decide(`/taxpayers/${f.id}`, f.name)} />
      )}
      {f.objects.length > 0 && (
        <>
          <h3 className="section-title">{t('myTaxes.objects')}</h3>
          <ul className="object-list">
            {f.objects.map((o) => (
              <li key={o.id} data-testid="queue-object" data-name={o.name}>
                <div className="object-main">
                  <strong>{o.name}</strong>
                  <StatusBadge status={o.status} />
                </div>
                <div className="muted small">
                  {taxName(o.taxCode)}
                  {o.category !== 'umum' && ` · ${categoryLabel(o.category)}`} · {o.address}, {o.villageName}
                </div>
                {canDecide && o.status === 'pending' && f.status === 'verified' && (
                  <DecisionButtons
                    subject={o.name}
                    decide={decide(`/taxpayers/${f.id}/objects/${o.id}`, o.name)}
                  />
                )}
                {canDecide && o.status === 'pending' && f.status === 'pending' && (
                  <div className="muted small">{t('queue.objectAfterTaxpayer')}</div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
