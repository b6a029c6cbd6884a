import { type FormEvent, useState } from 'react';
import { regionPath, request } from '../../shell/api';
import { useI18n } from '../../shell/i18n';
import { ProblemAlert } from '../../shell/problem-alert';
import type { TaxpayerHit, TaxpayerSearch } from './registry';

/** Finds a verified taxpayer by NPWPD, NIK/NPWP or name and picks one (a form of its own: not inside another). */
export function TaxpayerPicker({
  regionId,
  chosen,
  onChoose,
}: {
  regionId: string;
  chosen: TaxpayerHit | undefined;
  onChoose(taxpayer: TaxpayerHit | undefined): void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<TaxpayerHit[]>();
  const [error, setError] = useState<unknown>();

  async function search(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      const query = new URLSearchParams({ q: q.trim(), status: 'verified', limit: '10' });
      setHits((await request<TaxpayerSearch>('GET', regionPath(regionId, `/taxpayers?${query}`))).items);
    } catch (err) {
      setError(err);
    }
  }

  if (chosen) {
    return (
      <div className="picked" data-testid="picked-taxpayer">
        <div>
          <strong>{chosen.name}</strong>
          <div className="muted small mono">NPWPD {chosen.npwpd}</div>
        </div>
        <button type="button" className="button button-small" onClick={() => onChoose(undefined)}>
          {t('picker.change')}
        </button>
      </div>
    );
  }

  return (
    <div className="picker">
      <form className="inline-form" onSubmit={search}>
        <label className="field">
          <span className="field-label">{t('picker.label')}</span>
          <input
            type="search"
            name="taxpayer-q"
            required
            minLength={1}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </label>
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </form>
      <ProblemAlert error={error} />
      {hits?.length === 0 && <p className="muted small">{t('search.none')}</p>}
      {hits && hits.length > 0 && (
        <ul className="pick-list">
          {hits.map((h) => (
            <li key={h.id}>
              <button type="button" onClick={() => onChoose(h)}>
                <strong>{h.name}</strong>
                <span className="muted small mono">{h.npwpd}</span>
                <span className="muted small">{h.address}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
