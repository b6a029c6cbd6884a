import { useState } from 'react';
import type { attachmentSchema } from '../../../../src/tax/returns/returns-routes';
import { documentUrl, regionPath, request, type WireOf } from '../../shell/api';
import { useI18n } from '../../shell/i18n';
import { ProblemAlert } from '../../shell/problem-alert';
import { useResource } from '../../shell/use-resource';

type Attachment = WireOf<typeof attachmentSchema>;

/** A file as base64, how the API takes an attachment in JSON. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function AttachmentList({
  regionId,
  returnId,
  canAttach,
}: {
  regionId: string;
  returnId: number;
  canAttach: boolean;
}) {
  const { t } = useI18n();
  const list = useResource<{ items: Attachment[] }>(regionPath(regionId, `/returns/${returnId}/attachments`));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function add(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      await request('POST', regionPath(regionId, `/returns/${returnId}/attachments`), {
        fileName: file.name,
        contentBase64: await base64Of(file),
      });
      list.reload();
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <div className="stack small">
      <ProblemAlert error={error ?? list.error} />
      {list.data?.items.length === 0 && <span className="muted">{t('attachments.none')}</span>}
      {list.data && list.data.items.length > 0 && (
        <ul className="attachment-list" data-testid="attachment-list">
          {list.data.items.map((a) => (
            <li key={a.id}>
              <a
                href={documentUrl(regionId, `/returns/${returnId}/attachments/${a.id}`)}
                target="_blank"
                rel="noopener"
              >
                {a.fileName}
              </a>{' '}
              <span className="muted">({Math.max(1, Math.round(a.sizeBytes / 1024))} KB)</span>
            </li>
          ))}
        </ul>
      )}
      {canAttach && (
        <label className="attachment-add">
          {busy ? t('common.saving') : t('attachments.add')}
          <input
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            disabled={busy}
            onChange={(e) => {
              add(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      )}
    </div>
  );
}

/**
 * Lampiran of an SPTPD: the files sent with it, opened on demand; while the return is a draft or awaits review its
 * taxpayer adds a PDF, JPEG or PNG (the server checks the file and keeps it with the return for good).
 */
export function ReturnAttachments({
  regionId,
  returnId,
  canAttach,
}: {
  regionId: string;
  returnId: number;
  canAttach: boolean;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="lines-detail small"
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="attachments"
    >
      <summary>{t('attachments.title')}</summary>
      {open && <AttachmentList regionId={regionId} returnId={returnId} canAttach={canAttach} />}
    </details>
  );
}
