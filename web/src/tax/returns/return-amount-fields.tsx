import { Field } from '../../shell/field';
import { formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { RupiahInput } from '../../shell/rupiah-input';
import { TaxPreview } from '../simulations/tax-preview';
import type { ReturnLine } from './returns';

export interface AmountDraft {
  gross: number | null;
  lines: { description: string; amount: number | null }[];
}

export const EMPTY_AMOUNT: AmountDraft = { gross: null, lines: [] };

/** The gross receipts declared: typed in, or the sum of the line items when there are any. */
export function grossOf(draft: AmountDraft): number | null {
  if (draft.lines.length === 0) return draft.gross;
  return draft.lines.reduce((sum, l) => sum + (l.amount ?? 0), 0);
}

/** The line items as the API takes them (every line needs a description and an amount). */
export function linesOf(draft: AmountDraft): ReturnLine[] {
  return draft.lines.map((l) => ({ description: l.description.trim(), amount: l.amount ?? 0 }));
}

/**
 * Omzet (gross receipts) of a masa pajak, with optional line items that then make up the total, and a live
 * estimate of the tax for PBJT objects.
 */
export function ReturnAmountFields({
  regionId,
  taxCode,
  category,
  period,
  draft,
  onChange,
  fieldErrors,
}: {
  regionId: string;
  taxCode: string;
  category: string;
  period: string;
  draft: AmountDraft;
  onChange(draft: AmountDraft): void;
  fieldErrors: Record<string, string>;
}) {
  const { t } = useI18n();
  const gross = grossOf(draft);
  const setLine = (i: number, line: Partial<AmountDraft['lines'][number]>) =>
    onChange({ ...draft, lines: draft.lines.map((l, j) => (i === j ? { ...l, ...line } : l)) });

  return (
    <>
      {draft.lines.length === 0 ? (
        <Field label={t('file.gross')} hint={t('file.grossHint')} error={fieldErrors.gross}>
          <RupiahInput
            name="gross"
            required
            value={draft.gross}
            onChange={(g) => onChange({ ...draft, gross: g })}
          />
        </Field>
      ) : (
        <div className="field">
          <span className="field-label">{t('file.gross')}</span>
          <strong className="money total-line" data-testid="gross-total">
            {formatRupiah(gross ?? 0)}
          </strong>
          <span className="field-hint">{t('file.grossFromLines')}</span>
        </div>
      )}
      <fieldset className="field lines">
        <legend className="field-label">
          {t('file.lines')} ({t('common.optional')})
        </legend>
        {draft.lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
          <div className="line-row" key={i}>
            <input
              aria-label={t('file.lineDescription', { n: i + 1 })}
              placeholder={t('file.lineDescriptionPlaceholder')}
              required
              maxLength={200}
              value={line.description}
              onChange={(e) => setLine(i, { description: e.target.value })}
            />
            <RupiahInput
              name={`line-${i}`}
              aria-label={t('file.lineAmount', { n: i + 1 })}
              required
              value={line.amount}
              onChange={(amount) => setLine(i, { amount })}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={t('file.removeLine', { n: i + 1 })}
              onClick={() => {
                const lines = draft.lines.filter((_, j) => j !== i);
                // Removing the last line leaves its amount as the omzet.
                onChange({ gross: lines.length ? null : gross, lines });
              }}
            >
              ×
            </button>
          </div>
        ))}
        {fieldErrors.lines && <span className="field-error">{fieldErrors.lines}</span>}
        <div>
          <button
            type="button"
            className="link-button"
            onClick={() =>
              onChange({
                gross: null,
                // The first line takes over an omzet already typed; later ones start empty.
                lines:
                  draft.lines.length === 0
                    ? [{ description: '', amount: draft.gross }]
                    : [...draft.lines, { description: '', amount: null }],
              })
            }
          >
            + {t('file.addLine')}
          </button>
        </div>
      </fieldset>
      <TaxPreview regionId={regionId} taxCode={taxCode} category={category} period={period} gross={gross} />
    </>
  );
}
