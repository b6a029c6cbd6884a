import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { breach, breaches } from '../scripts/check-boundaries';

/** The area map of docs/architecture.md, as scripts/check-boundaries.ts (run in CI) enforces it. */
const src = (file: string) => path.join(import.meta.dirname, '../src', file);

describe('the boundaries between areas', () => {
  it('hold for every import in src/', () => {
    expect(breaches()).toEqual([]);
  });

  it("an area reaches another only through that area's public face, and only one it may depend on", () => {
    expect(breach(src('payments/post-payment.ts'), src('receivables/index.ts'))).toBeNull();
    expect(breach(src('payments/post-payment.ts'), src('receivables/bills/quote-bill.ts'))).toMatch(
      /public face \(src\/receivables\/index\.ts\)/,
    );
    expect(breach(src('receivables/bills/quote-bill.ts'), src('tax/index.ts'))).toMatch(
      /receivables may not depend on tax/,
    );
    expect(breach(src('receivables/bills/bill.ts'), src('receivables/rules/billing-code.ts'))).toBeNull();
    expect(breach(src('tax/tax-bills.ts'), src('platform/clock.ts'))).toBeNull();
    expect(breach(src('tax/documents/bill-document.ts'), src('payments/index.ts'))).toMatch(
      /tax may not depend on payments/,
    );
    expect(breach(src('payments/receipts/sspd.ts'), src('tax/index.ts'))).toBeNull();
  });

  it('shared libraries import no business area; the composition root only their descriptions', () => {
    expect(breach(src('platform/audit.ts'), src('tax/index.ts'))).toMatch(/shared library/);
    expect(breach(src('http/server.ts'), src('payments/index.ts'))).toMatch(/shared library/);
    expect(breach(src('documents/verify-page.ts'), src('receivables/index.ts'))).toMatch(/shared library/);
    expect(breach(src('payments/deposit/sts.ts'), src('documents/layout.ts'))).toBeNull();
    expect(breach(src('app.ts'), src('tax/tax-area.ts'))).toBeNull();
    expect(breach(src('app.ts'), src('tax/index.ts'))).toMatch(/descriptions only/);
  });
});
