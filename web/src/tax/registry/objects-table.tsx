import { formatDate } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { type Decision, DecisionButtons } from '../decision-buttons';
import { StatusBadge } from '../status-badge';
import type { TaxObject } from './registry';

/** A taxpayer's objects; an officer verifies or rejects the pending ones of a verified taxpayer here too. */
export function ObjectsTable({
  objects,
  taxName,
  decide,
  onCloseObject,
}: {
  objects: (TaxObject & { villageName: string })[];
  taxName(code: string): string;
  /** Present when the viewer may decide and the taxpayer is verified. */
  decide?(object: TaxObject): (decision: Decision) => Promise<void>;
  /** Present when the viewer may close an active object (tutup usaha). */
  onCloseObject?(object: TaxObject): void;
}) {
  const { t, lang, categoryLabel } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table table-stacked" data-testid="objects-table">
        <thead>
          <tr>
            <th>{t('object.name')}</th>
            <th>{t('object.taxType')}</th>
            <th>{t('object.address')}</th>
            <th>{t('object.openedOn')}</th>
            <th>{t('return.status')}</th>
          </tr>
        </thead>
        <tbody>
          {objects.map((o) => (
            <tr key={o.id}>
              <td className="strong">{o.name}</td>
              <td>
                {taxName(o.taxCode)}
                {o.category !== 'umum' && <div className="muted small">{categoryLabel(o.category)}</div>}
              </td>
              <td>
                {o.address}
                <div className="muted small">{o.villageName}</div>
              </td>
              <td className="nowrap">
                {formatDate(o.openedOn, lang)}
                {o.closedOn && (
                  <div className="muted small">
                    {t('object.closedOn', { date: formatDate(o.closedOn, lang) })}
                  </div>
                )}
              </td>
              <td>
                <StatusBadge status={o.status} />
                {o.rejectionReason && <div className="small danger-text">{o.rejectionReason}</div>}
                {decide && o.status === 'pending' && <DecisionButtons subject={o.name} decide={decide(o)} />}
                {onCloseObject && o.status === 'active' && (
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('closeObject.actionNamed', { name: o.name })}
                    onClick={() => onCloseObject(o)}
                  >
                    {t('closeObject.action')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
