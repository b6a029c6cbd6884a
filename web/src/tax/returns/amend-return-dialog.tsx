import { type FormEvent, useState } from 'react';
import type { amendmentSchema } from '../../../../src/tax/returns/returns-routes';
import { ApiProblem, regionPath, request, type WireOf } from '../../shell/api';
import { Dialog } from '../../shell/dialog';
import { formatPeriod, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { ProblemAlert } from '../../shell/problem-alert';
import { type AmountDraft, grossOf, linesOf, ReturnAmountFields } from './return-amount-fields';
import type { ListedReturn } from './returns';

export type Amendment = WireOf<typeof amendmentSchema>;

/**
 * Pembetulan: corrects a filed SPTPD with a new revision. A shortfall is billed (with interest from the original
 * due date), an excess reduces what is unpaid or becomes a credit.
 */
export function AmendReturnDialog({
  regionId,
  filed,
  category,
  onAmended,
  onClose,
}: {
  regionId: string;
  filed: ListedReturn;
  category: string;
  onAmended(result: Amendment): void;
  onClose(): void;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<AmountDraft>({
    gross: filed.lines.length ? null : filed.gross,
    lines: filed.lines.map((l) => ({ ...l })),
  });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};
  const gross = grossOf(draft);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (gross === null) return;
    setBusy(true);
    setError(undefined);
    try {
      onAmended(
        await request<Amendment>('POST', regionPath(regionId, `/returns/${filed.id}/amend`), {
          gross,
          lines: linesOf(draft),
        }),
      );
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={t('amend.title', { object: filed.objectName, period: formatPeriod(filed.period, lang) })}
      onClose={onClose}
    >
      <form className="form" onSubmit={submit} data-testid="amend-form">
        <p className="muted small">
          {t('amend.intro', { gross: formatRupiah(filed.gross), tax: formatRupiah(filed.tax) })}
        </p>
        <ProblemAlert error={error} />
        <ReturnAmountFields
          regionId={regionId}
          taxCode={filed.taxCode}
          category={category}
          period={filed.period}
          draft={draft}
          onChange={setDraft}
          fieldErrors={fields}
        />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || gross === null}>
            {busy ? t('common.saving') : t('amend.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
