import { type FormEvent, useState } from 'react';
import { ApiProblem, regionPath, request } from '../shell/api';
import { Field } from '../shell/field';
import { useI18n } from '../shell/i18n';
import { ProblemAlert } from '../shell/problem-alert';
import {
  AMOUNT_FORMATS,
  type AmountFormat,
  DATE_FORMATS,
  type DateFormat,
  DELIMITERS,
  type FormatProblem,
  type PaymentPartner,
  type StatementFormat,
} from './reconciliation';

type Delimiter = StatementFormat['delimiter'];
type ColumnField = 'dateColumn' | 'timeColumn' | 'amountColumn' | 'referenceColumn' | 'descriptionColumn';

/** The form's text, optional fields as '' (sent as null). */
type Draft = Record<ColumnField | 'typeColumn' | 'creditValue', string> & {
  delimiter: Delimiter;
  dateFormat: DateFormat;
  amountFormat: AmountFormat;
};

const REASONS: readonly FormatProblem['reason'][] = [
  'credit_value_required',
  'type_column_required',
  'column_used_twice',
];

function draftOf(format: StatementFormat | null): Draft {
  return {
    delimiter: format?.delimiter ?? ',',
    dateColumn: format?.dateColumn ?? '',
    dateFormat: format?.dateFormat ?? 'DD/MM/YYYY',
    timeColumn: format?.timeColumn ?? '',
    amountColumn: format?.amountColumn ?? '',
    amountFormat: format?.amountFormat ?? 'dot_thousands',
    referenceColumn: format?.referenceColumn ?? '',
    descriptionColumn: format?.descriptionColumn ?? '',
    typeColumn: format?.typeColumn ?? '',
    creditValue: format?.creditValue ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text);

/**
 * How the chosen bank's statement CSV is read: its current column mapping, and for the treasurer (or the
 * administrator, as the API allows) a form to change it. The server checks the mapping and names each field it
 * refuses; the reason shows beside the field.
 */
export function StatementFormatPanel({
  regionId,
  partner,
  canEdit,
  onSaved,
}: {
  regionId: string;
  partner: PaymentPartner;
  canEdit: boolean;
  onSaved(): void;
}) {
  const { t } = useI18n();
  // What the server answered to the save, shown at once; the partner list reloads behind it.
  const [saved, setSaved] = useState<StatementFormat | null>(null);
  const format = saved ?? partner.statementFormat;
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');

  return (
    <section className="panel" data-testid="statement-format" data-partner={partner.partnerId}>
      <div className="card-head">
        <div>
          <h2>{t('format.title', { bank: partner.name })}</h2>
          <p className="muted small">{t('format.help')}</p>
        </div>
        {canEdit && !editing && (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setNotice('');
              setEditing(true);
            }}
          >
            {format ? t('format.edit') : t('format.set')}
          </button>
        )}
      </div>
      {notice && (
        <p className="alert alert-ok" role="status">
          {notice}
        </p>
      )}
      {editing ? (
        <FormatForm
          regionId={regionId}
          partnerId={partner.partnerId}
          initial={format}
          onCancel={() => setEditing(false)}
          onSaved={(answer) => {
            setSaved(answer);
            setEditing(false);
            setNotice(t('format.saved', { bank: partner.name }));
            onSaved();
          }}
        />
      ) : format ? (
        <FormatFacts format={format} />
      ) : (
        <p className="muted small">{t('format.none')}</p>
      )}
    </section>
  );
}

function FormatFacts({ format }: { format: StatementFormat }) {
  const { t } = useI18n();
  const facts: [string, string | null][] = [
    [t('format.delimiter'), t(`format.delimiter.${format.delimiter === '\t' ? 'tab' : format.delimiter}`)],
    [t('format.dateColumn'), format.dateColumn],
    [t('format.dateFormat'), format.dateFormat],
    [t('format.timeColumn'), format.timeColumn],
    [t('format.amountColumn'), format.amountColumn],
    [t('format.amountFormat'), t(`format.amount.${format.amountFormat}`)],
    [t('format.referenceColumn'), format.referenceColumn],
    [t('format.descriptionColumn'), format.descriptionColumn],
    [t('format.typeColumn'), format.typeColumn],
    [t('format.creditValue'), format.creditValue],
  ];
  return (
    <dl className="facts compact" data-testid="statement-format-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className="mono">{value ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

function FormatForm({
  regionId,
  partnerId,
  initial,
  onCancel,
  onSaved,
}: {
  regionId: string;
  partnerId: string;
  initial: StatementFormat | null;
  onCancel(): void;
  onSaved(format: StatementFormat): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};
  /** The server's reason for a field: its own code in the UI's language, or a validation message as it came. */
  const complaint = (field: keyof Draft): string | undefined => {
    const message = fields[field];
    if (!message) return undefined;
    return (REASONS as readonly string[]).includes(message)
      ? t(`format.reason.${message as FormatProblem['reason']}`)
      : message;
  };
  const set = (field: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const answer = await request<StatementFormat>(
        'PUT',
        regionPath(regionId, `/payment-partners/${encodeURIComponent(partnerId)}/statement-format`),
        {
          delimiter: draft.delimiter,
          dateColumn: draft.dateColumn,
          dateFormat: draft.dateFormat,
          timeColumn: orNull(draft.timeColumn),
          amountColumn: draft.amountColumn,
          amountFormat: draft.amountFormat,
          referenceColumn: draft.referenceColumn,
          descriptionColumn: orNull(draft.descriptionColumn),
          typeColumn: orNull(draft.typeColumn),
          creditValue: orNull(draft.creditValue),
        },
      );
      setBusy(false);
      onSaved(answer);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  const column = (field: ColumnField, required: boolean) => (
    <Field
      label={required ? t(`format.${field}`) : `${t(`format.${field}`)} (${t('common.optional')})`}
      error={complaint(field)}
    >
      <input name={field} required={required} maxLength={100} value={draft[field]} onChange={set(field)} />
    </Field>
  );

  return (
    <form className="form" onSubmit={submit} data-testid="statement-format-form">
      <ProblemAlert error={error} />
      <div className="form-grid">
        <Field label={t('format.delimiter')} error={complaint('delimiter')}>
          <select name="delimiter" value={draft.delimiter} onChange={set('delimiter')}>
            {DELIMITERS.map((d) => (
              <option key={d} value={d}>
                {t(`format.delimiter.${d === '\t' ? 'tab' : d}`)}
              </option>
            ))}
          </select>
        </Field>
        {column('dateColumn', true)}
        <Field label={t('format.dateFormat')} error={complaint('dateFormat')}>
          <select name="dateFormat" value={draft.dateFormat} onChange={set('dateFormat')}>
            {DATE_FORMATS.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </Field>
        {column('timeColumn', false)}
        {column('amountColumn', true)}
        <Field label={t('format.amountFormat')} error={complaint('amountFormat')}>
          <select name="amountFormat" value={draft.amountFormat} onChange={set('amountFormat')}>
            {AMOUNT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`format.amount.${f}`)}
              </option>
            ))}
          </select>
        </Field>
        {column('referenceColumn', true)}
        {column('descriptionColumn', false)}
      </div>
      <div className="form-grid">
        <Field
          label={`${t('format.typeColumn')} (${t('common.optional')})`}
          hint={t('format.typeHint')}
          error={complaint('typeColumn')}
        >
          <input name="typeColumn" maxLength={100} value={draft.typeColumn} onChange={set('typeColumn')} />
        </Field>
        <Field
          label={`${t('format.creditValue')} (${t('common.optional')})`}
          hint={t('format.creditHint')}
          error={complaint('creditValue')}
        >
          <input name="creditValue" maxLength={40} value={draft.creditValue} onChange={set('creditValue')} />
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('format.save')}
        </button>
      </div>
    </form>
  );
}
