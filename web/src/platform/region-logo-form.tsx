import { type ChangeEvent, useState } from 'react';
import { type RegionGrant, type RegionToday, regionPath, request } from '../shell/api';
import { useI18n } from '../shell/i18n';
import { ProblemAlert } from '../shell/problem-alert';
import { RegionEmblem } from '../shell/region-emblem';
import { useResource } from '../shell/use-resource';

/** What the server takes (src/platform/region-logo.ts): PNG or JPEG, at most 256 KB. */
const MAX_BYTES = 256 * 1024;
/** An SVG is drawn at this size to a PNG here, since the server keeps what a PDF can embed. */
const SVG_SIDE = 512;

/** An SVG file drawn onto a canvas and read back as PNG bytes. */
async function svgToPng(file: File): Promise<Blob> {
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = SVG_SIDE / Math.max(image.naturalWidth || SVG_SIDE, image.naturalHeight || SVG_SIDE);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round((image.naturalWidth || SVG_SIDE) * scale);
    canvas.height = Math.round((image.naturalHeight || SVG_SIDE) * scale);
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('svg'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The region's logo and, for its administrator, the upload that replaces it (PNG, JPEG or SVG). */
export function RegionLogoForm({ region }: { region: RegionGrant }) {
  const { t } = useI18n();
  const regions = useResource<RegionToday[]>('/regions');
  const current = regions.data?.find((r) => r.regionId === region.regionId);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [tooLarge, setTooLarge] = useState(false);

  async function upload(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setError(undefined);
    setTooLarge(false);
    setDone(false);
    setBusy(true);
    try {
      const blob = file.type === 'image/svg+xml' ? await svgToPng(file) : file;
      if (blob.size > MAX_BYTES) {
        setTooLarge(true);
        return;
      }
      await request('PUT', regionPath(region.regionId, '/logo'), { image: await base64Of(blob) });
      setDone(true);
      regions.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel region-logo-form" data-testid="region-logo-form">
      <h2>{t('logo.title')}</h2>
      <div className="region-logo-row">
        <RegionEmblem name={region.name} logoUrl={current?.logoUrl} size={72} alone />
        <div>
          <p className="muted small">{t('logo.hint')}</p>
          <label className="button">
            {busy ? t('logo.uploading') : t('logo.choose')}
            <input
              type="file"
              className="sr-only"
              accept="image/png,image/jpeg,image/svg+xml"
              disabled={busy}
              onChange={upload}
              data-testid="region-logo-input"
            />
          </label>
        </div>
      </div>
      {done && (
        <p className="alert alert-ok" role="status">
          {t('logo.saved')}
        </p>
      )}
      {tooLarge && (
        <p className="alert alert-error" role="alert">
          {t('logo.tooLarge')}
        </p>
      )}
      <ProblemAlert error={error} />
    </section>
  );
}
