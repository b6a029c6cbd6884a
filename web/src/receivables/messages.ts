/** Messages of the receivables area: bills (kode bayar) and their lines, arrears, write-offs. */

/** Indonesian, the default language. */
const id = {
  'nav.myBills': 'Tagihan Saya',
  'nav.arrears': 'Tunggakan',

  'status.open': 'Belum dibayar',
  'status.paid': 'Lunas',
  'status.written_off': 'Dihapuskan',
  'status.cancelled': 'Dibatalkan',

  'bill.code': 'Kode bayar',
  'bill.period': 'Masa {period}',
  'bill.amountDueToday': 'Yang harus dibayar hari ini',
  'bill.breakdown': 'Pokok {principal} + bunga {months} {penalty}',
  'bill.noInterest': 'Tanpa bunga bila dibayar sampai jatuh tempo.',
  'bill.dueOn': 'Jatuh tempo {date}',
  'bill.dueDate': 'Jatuh tempo',
  'bill.validUntil': 'Berlaku sampai {date}',
  'bill.principal': 'Pokok',
  'bill.interest': 'Bunga',
  'bill.totalToday': 'Total hari ini',
  'bill.settledAt': 'Dibayar {at}',
  'bill.what': 'Pajak',
  'bill.line.tax': 'Pokok pajak',
  'bill.line.sanction': 'Sanksi administratif',
  'bill.line.opsen': 'Opsen MBLB provinsi',
  'bill.line.opsen_sanction': 'Sanksi atas opsen (provinsi)',
  'writeOff.action': 'Hapuskan',
  'writeOff.named': 'Hapuskan tagihan {code}',
  'writeOff.title': 'Penghapusan piutang {code}',
  'writeOff.intro':
    'Pokok yang belum dibayar, {amount}, dihapuskan dari piutang berdasarkan keputusan kepala daerah. Tagihan tidak dapat dibayar lagi.',
  'writeOff.decree': 'Nomor keputusan',
  'writeOff.decreeHint': 'Keputusan kepala daerah tentang penghapusan piutang pajak.',
  'writeOff.reason': 'Alasan',
  'writeOff.done': 'Tagihan {code} dihapuskan berdasarkan {decree}.',
  'writeOff.confirmBill': 'Kode bayar',
  'writeOff.confirmPrincipal': 'Pokok yang dihapuskan',
  'writeOff.confirmInterest': 'Bunga sampai hari ini (ikut gugur)',
  'writeOff.consequence':
    'Piutang {amount} atas tagihan {code} dicatat sebagai penghapusan di buku besar; tagihan ditutup dan tidak dapat ditagih atau dibayar lagi.',

  'myBills.title': 'Tagihan Saya',
  'myBills.subtitle': 'Kode bayar dan jumlah yang harus dibayar, termasuk bunga keterlambatan.',
  'myBills.asOf': 'Dihitung per {date}.',
  'myBills.filter': 'Tampilkan tagihan',
  'myBills.open': 'Belum dibayar',
  'myBills.paid': 'Lunas',
  'myBills.all': 'Semua',
  'myBills.noneOpen': 'Tidak ada tagihan yang belum dibayar.',
  'myBills.none': 'Belum ada tagihan.',

  'pdf.bill': 'Unduh tagihan (PDF)',

  'arrears.title': 'Tunggakan',
  'arrears.subtitle': 'Tagihan lewat jatuh tempo beserta bunganya, terbesar di atas.',
  'arrears.count': 'Tagihan menunggak',
  'arrears.total': 'Total tunggakan',
  'arrears.none': 'Tidak ada tunggakan.',
  'arrears.months': 'terlambat {months}',
  'arrears.largest': '{shown} tunggakan terbesar dari {count}.',
};

/** English: every key of `id`, none other (the type says so). */
const en: Record<keyof typeof id, string> = {
  'nav.myBills': 'My bills',
  'nav.arrears': 'Arrears',

  'status.open': 'Unpaid',
  'status.paid': 'Paid',
  'status.written_off': 'Written off',
  'status.cancelled': 'Cancelled',

  'bill.code': 'Payment code',
  'bill.period': 'Period {period}',
  'bill.amountDueToday': 'Amount due today',
  'bill.breakdown': 'Principal {principal} + interest for {months}, {penalty}',
  'bill.noInterest': 'No interest if paid by the due date.',
  'bill.dueOn': 'Due {date}',
  'bill.dueDate': 'Due date',
  'bill.validUntil': 'Valid until {date}',
  'bill.principal': 'Principal',
  'bill.interest': 'Interest',
  'bill.totalToday': 'Total today',
  'bill.settledAt': 'Paid {at}',
  'bill.what': 'Tax',
  'bill.line.tax': 'Tax',
  'bill.line.sanction': 'Administrative sanction',
  'bill.line.opsen': "Province's MBLB opsen",
  'bill.line.opsen_sanction': 'Sanction on the opsen (province)',
  'writeOff.action': 'Write off',
  'writeOff.named': 'Write off bill {code}',
  'writeOff.title': 'Write off {code}',
  'writeOff.intro':
    'The unpaid principal, {amount}, leaves the receivables under a decree of the head of region. The bill can no longer be paid.',
  'writeOff.decree': 'Decree number',
  'writeOff.decreeHint': "The head of region's decree writing off the tax receivable.",
  'writeOff.reason': 'Reason',
  'writeOff.done': 'Bill {code} written off under {decree}.',
  'writeOff.confirmBill': 'Kode bayar',
  'writeOff.confirmPrincipal': 'Principal written off',
  'writeOff.confirmInterest': 'Interest to date (lapses with it)',
  'writeOff.consequence':
    'The receivable of {amount} on bill {code} is booked as written off on the ledger; the bill is closed and can no longer be collected or paid.',

  'myBills.title': 'My bills',
  'myBills.subtitle': 'Payment codes and what to pay, late interest included.',
  'myBills.asOf': 'As of {date}.',
  'myBills.filter': 'Show bills',
  'myBills.open': 'Unpaid',
  'myBills.paid': 'Paid',
  'myBills.all': 'All',
  'myBills.noneOpen': 'No unpaid bills.',
  'myBills.none': 'No bills yet.',

  'pdf.bill': 'Download bill (PDF)',

  'arrears.title': 'Arrears',
  'arrears.subtitle': 'Overdue bills with their interest, largest first.',
  'arrears.count': 'Overdue bills',
  'arrears.total': 'Total arrears',
  'arrears.none': 'No arrears.',
  'arrears.months': '{months} late',
  'arrears.largest': 'The {shown} largest of {count}.',
};

export const receivablesMessages = { id, en };
