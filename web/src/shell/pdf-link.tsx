/** A link that downloads a document (SPTPD, bill, SKPD…) as PDF. */
export function PdfLink({ href, label }: { href: string; label: string }) {
  return (
    <a className="pdf-link" href={href} target="_blank" rel="noopener">
      <span className="pdf-mark" aria-hidden="true">
        PDF
      </span>
      {label}
    </a>
  );
}
