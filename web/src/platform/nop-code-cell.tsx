import { type FormEvent, useEffect, useRef, useState } from 'react';
import { regionPath, request } from '../shell/api';
import { useI18n } from '../shell/i18n';
import { ProblemAlert } from '../shell/problem-alert';

/** An area's NOP code; administrators edit it in place (three digits, or empty to clear). */
export function NopCodeCell({
  regionId,
  area,
  label,
  canEdit,
  onSaved,
}: {
  regionId: string;
  area: { code: string; nopCode: string | null };
  /** What the area is called, e.g. "Kelurahan Klojen", for screen readers. */
  label: string;
  canEdit: boolean;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);

  const shown = area.nopCode ? (
    <span className="mono">{area.nopCode}</span>
  ) : (
    <span className="muted">{t('areas.nopMissing')}</span>
  );
  if (!canEdit) return shown;

  if (!editing) {
    return (
      <span className="nop-cell">
        {shown}
        <button
          type="button"
          className="link-button"
          aria-label={t('areas.editNop', { name: label })}
          onClick={() => {
            setValue(area.nopCode ?? '');
            setError(undefined);
            setEditing(true);
          }}
        >
          {t('users.edit')}
        </button>
      </span>
    );
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await request('PUT', regionPath(regionId, `/areas/${area.code}/nop-code`), { nopCode: value || null });
      setEditing(false);
      onSaved();
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <form className="nop-form" onSubmit={save}>
      <input
        className="mono"
        aria-label={t('areas.editNop', { name: label })}
        title={t('areas.nopHint')}
        inputMode="numeric"
        pattern="\d{3}"
        maxLength={3}
        size={4}
        ref={input}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="button button-small button-primary" disabled={busy}>
        {t('common.save')}
      </button>
      <button type="button" className="button button-small" onClick={() => setEditing(false)}>
        {t('common.cancel')}
      </button>
      <ProblemAlert error={error} />
    </form>
  );
}
