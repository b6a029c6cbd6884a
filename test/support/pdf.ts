import zlib from 'node:zlib';

/** Each object's dictionary and its stream (inflated), by object number. */
function pdfObjects(raw: string): Map<number, { dict: string; stream?: string }> {
  const objects = new Map<number, { dict: string; stream?: string }>();
  for (const m of raw.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) {
    const body = m[2] as string;
    // pdfkit writes `stream\n<data>\nendstream`; compressed data may itself end in \r, so none is stripped.
    const s = /^([\s\S]*?)stream\n([\s\S]*)\nendstream$/.exec(body);
    if (!s) {
      objects.set(Number(m[1]), { dict: body });
      continue;
    }
    let stream = s[2] as string;
    try {
      stream = zlib.inflateSync(Buffer.from(stream, 'latin1')).toString('latin1');
    } catch {}
    objects.set(Number(m[1]), { dict: s[1] as string, stream });
  }
  return objects;
}

/** A ToUnicode CMap as pdfkit writes it (bfrange with an array, bfchar): glyph code → text. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => Buffer.from(hex.replace(/\s/g, ''), 'hex').swap16().toString('utf16le');
  for (const m of cmap.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
    const start = Number.parseInt(m[1] as string, 16);
    let code = start;
    for (const d of (m[3] as string).matchAll(/<([0-9a-f\s]+)>/gi)) map.set(code++, utf16(d[1] as string));
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] as string).matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) {
      map.set(Number.parseInt(m[1] as string, 16), utf16(m[2] as string));
    }
  }
  return map;
}

/**
 * The text a PDF shows, one line per text object. Balai embeds its fonts (src/documents/fonts.ts), so a string is
 * glyph codes, read through its font's ToUnicode map; a standard font's string is WinAnsi.
 */
export function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('latin1');
  const objects = pdfObjects(raw);
  const fonts = new Map<string, Map<number, string>>();
  for (const m of raw.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const font = objects.get(Number(m[2]));
    const ref = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict);
    const cmap = ref && objects.get(Number(ref[1]))?.stream;
    if (cmap) fonts.set(m[1] as string, toUnicode(cmap));
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream) continue;
    let font: Map<number, string> | undefined;
    for (const block of stream.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let line = '';
      for (const t of (block[1] as string).matchAll(/\/(\S+) [\d.]+ Tf|<([0-9a-f]*)>/gi)) {
        if (t[1]) {
          font = fonts.get(t[1]);
          continue;
        }
        const hex = t[2] as string;
        if (!font) {
          line += Buffer.from(hex, 'hex').toString('latin1');
          continue;
        }
        for (let i = 0; i + 4 <= hex.length; i += 4)
          line += font.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? '';
      }
      lines.push(line);
    }
  }
  return lines.join('\n');
}

/** The width and height of each page, from its MediaBox, in points. */
export function pageSizes(pdf: Uint8Array): { width: number; height: number }[] {
  const raw = Buffer.from(pdf).toString('latin1');
  return [...raw.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}
