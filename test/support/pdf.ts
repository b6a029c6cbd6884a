import zlib from 'node:zlib';

/** The text a PDF shows: each text object's TJ strings (pdfkit writes hex WinAnsi), one line per object. */
export function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('latin1');
  const lines: string[] = [];
  // pdfkit writes `stream\n<data>\nendstream`; compressed data may itself end in \r, so none is stripped.
  for (const m of raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)) {
    let content: string;
    try {
      content = zlib.inflateSync(Buffer.from(m[1] as string, 'latin1')).toString('latin1');
    } catch {
      content = m[1] as string;
    }
    for (const block of content.matchAll(/BT([\s\S]*?)ET/g)) {
      const hex = [...(block[1] as string).matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1]).join('');
      lines.push(Buffer.from(hex, 'hex').toString('latin1'));
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
