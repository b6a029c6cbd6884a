/** Messages of the reminders area: the staff's log and the taxpayer's choices. */

/** Indonesian, the default language. */
const id = {
  'nav.reminders': 'Pengingat',
  'reminders.title': 'Pengingat wajib pajak',
  'reminders.subtitle':
    'Pengingat batas lapor SPTPD, jatuh tempo, dan tunggakan yang dikirim {region} setiap hari lewat email dan WhatsApp/SMS, masing-masing satu kali.',
  'reminders.q': 'Wajib pajak, NPWPD, atau penerima',
  'reminders.kind': 'Jenis',
  'reminders.kind.filing_due': 'Batas lapor SPTPD',
  'reminders.kind.bill_due': 'Sebelum jatuh tempo',
  'reminders.kind.bill_overdue': 'Tunggakan',
  'reminders.channel': 'Saluran',
  'reminders.channel.email': 'Email',
  'reminders.channel.whatsapp': 'WhatsApp/SMS',
  'reminders.status': 'Status',
  'reminders.status.sending': 'Sedang dikirim',
  'reminders.status.sent': 'Terkirim',
  'reminders.status.failed': 'Gagal',
  'reminders.from': 'Dikirim dari',
  'reminders.to': 'sampai',
  'reminders.when': 'Waktu',
  'reminders.taxpayer': 'Wajib pajak',
  'reminders.dueDate': 'Jatuh tempo',
  'reminders.amount': 'Jumlah',
  'reminders.recipient': 'Penerima',
  'reminders.attempts': '{count, plural, one {# percobaan} other {# percobaan}}',
  'reminders.none': 'Belum ada pengingat yang cocok.',
  'reminders.timing':
    'Pengaturan berlaku: {filing} hari sebelum batas lapor, {before} hari sebelum jatuh tempo, {after} hari sesudah jatuh tempo.',
  'reminders.gateway.title': 'Log gateway WhatsApp/SMS (sandbox)',
  'reminders.gateway.sandbox':
    'Mode demo: gateway sandbox tidak mengirim apa pun dan mencatat setiap pesan yang akan dikirim.',
  'reminders.gateway.off': 'Gateway WhatsApp/SMS tidak aktif; pengingat hanya dikirim lewat email.',
  'reminders.gateway.webhook': 'Pesan WhatsApp/SMS dikirim lewat gateway penyedia; lihat lognya di penyedia.',
  'reminders.gateway.empty': 'Belum ada pesan.',
  'prefs.title': 'Pengingat pajak',
  'prefs.intro':
    'Kami mengingatkan Anda beberapa hari sebelum batas lapor SPTPD dan sebelum tagihan jatuh tempo. Pilih saluran yang Anda inginkan.',
  'prefs.email': 'Pengingat lewat email',
  'prefs.whatsapp': 'Pengingat lewat WhatsApp/SMS (nomor telepon di data wajib pajak)',
  'prefs.required':
    'Pemberitahuan tunggakan (tagihan lewat jatuh tempo, dengan jumlah dan bunganya) tetap dikirim: itu bagian dari penagihan pajak dan tidak dapat dimatikan.',
  'prefs.saved': 'Pilihan pengingat disimpan.',
};

/** English. */
const en: Record<keyof typeof id, string> = {
  'nav.reminders': 'Reminders',
  'reminders.title': 'Taxpayer reminders',
  'reminders.subtitle':
    'Reminders of SPTPD deadlines, due dates and overdue bills that {region} sends daily by email and WhatsApp/SMS, each once.',
  'reminders.q': 'Taxpayer, NPWPD or recipient',
  'reminders.kind': 'Kind',
  'reminders.kind.filing_due': 'SPTPD deadline',
  'reminders.kind.bill_due': 'Before the due date',
  'reminders.kind.bill_overdue': 'Overdue',
  'reminders.channel': 'Channel',
  'reminders.channel.email': 'Email',
  'reminders.channel.whatsapp': 'WhatsApp/SMS',
  'reminders.status': 'Status',
  'reminders.status.sending': 'Sending',
  'reminders.status.sent': 'Sent',
  'reminders.status.failed': 'Failed',
  'reminders.from': 'Sent from',
  'reminders.to': 'to',
  'reminders.when': 'When',
  'reminders.taxpayer': 'Taxpayer',
  'reminders.dueDate': 'Due date',
  'reminders.amount': 'Amount',
  'reminders.recipient': 'Recipient',
  'reminders.attempts': '{count, plural, one {# attempt} other {# attempts}}',
  'reminders.none': 'No reminders match.',
  'reminders.timing':
    'In force: {filing} days before the filing deadline, {before} days before a due date, {after} days after it.',
  'reminders.gateway.title': 'WhatsApp/SMS gateway log (sandbox)',
  'reminders.gateway.sandbox':
    'Demo mode: the sandbox gateway sends nothing and logs every message it would send.',
  'reminders.gateway.off': 'The WhatsApp/SMS gateway is off; reminders go by email only.',
  'reminders.gateway.webhook': "WhatsApp/SMS goes through the provider's gateway; its log is the provider's.",
  'reminders.gateway.empty': 'No messages yet.',
  'prefs.title': 'Tax reminders',
  'prefs.intro':
    'We remind you a few days before an SPTPD is due and before a bill falls due. Choose the channels you want.',
  'prefs.email': 'Reminders by email',
  'prefs.whatsapp': "Reminders by WhatsApp/SMS (the phone number in the taxpayer's record)",
  'prefs.required':
    'Overdue notices (a bill past its due date, with the amount and interest) are still sent: they are part of tax collection and cannot be switched off.',
  'prefs.saved': 'Reminder choices saved.',
};

export const remindersMessages = { id, en };
