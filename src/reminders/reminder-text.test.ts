import { describe, expect, it } from 'vitest';
import { reminderText } from './reminder-text';

const facts = {
  region: 'Kota Malang',
  taxpayerName: 'Rumah Makan Sari Rasa',
  about: 'PBJT Makanan dan/atau Minuman',
  period: '2025-01',
  dueDate: '2024-12-31',
  amount: 1_020_000,
  billingCode: '3573 0125 0000 0042',
  asOf: '2025-03-11',
};

describe('a reminder speaks the taxpayer’s language, amounts and dates through the one formatter', () => {
  it('the overdue notice names the amount as of its day, in Indonesian', () => {
    const { title, body } = reminderText('bill_overdue', 'id', facts);
    expect(title).toBe('Pemberitahuan tunggakan pajak: Rp 1.020.000');
    expect(body).toContain('31 Desember 2024');
    expect(body).toContain('per 11 Maret 2025');
  });

  it('a filing reminder in English names the masa as a month', () => {
    const { title, body } = reminderText('filing_due', 'en', { ...facts, amount: null, billingCode: null });
    expect(title).toBe('Reminder: file your SPTPD for January 2025');
    expect(body).toContain('31 December 2024');
  });
});
