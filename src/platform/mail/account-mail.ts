/** The words of the mail about an account, in the recipient's language. */
export interface AccountMailText {
  subject: string;
  text: string;
}

type Lang = 'id' | 'en';

export function verifyEmailMail(
  lang: Lang,
  o: { name: string; region: string; link: string; hours: number },
) {
  return lang === 'en'
    ? {
        subject: `Confirm your email for Balai (${o.region})`,
        text: `Hello ${o.name},\n\nYou signed up for Balai, the local tax service of ${o.region}. Open this link to confirm your email address (valid for ${o.hours} hours, once):\n\n${o.link}\n\nIf you did not sign up, ignore this mail: no account is usable without this confirmation.\n`,
      }
    : {
        subject: `Konfirmasi email Anda untuk Balai (${o.region})`,
        text: `Halo ${o.name},\n\nAnda mendaftar di Balai, layanan pajak daerah ${o.region}. Buka tautan ini untuk mengonfirmasi alamat email Anda (berlaku ${o.hours} jam, satu kali):\n\n${o.link}\n\nJika Anda tidak mendaftar, abaikan email ini: akun tidak dapat dipakai tanpa konfirmasi ini.\n`,
      };
}

export function signUpExistingMail(lang: Lang, o: { region: string; forgotLink: string }) {
  return lang === 'en'
    ? {
        subject: 'Someone tried to sign up to Balai with your email',
        text: `Someone tried to sign up to Balai (${o.region}) with this email address, which already has an account. No new account was made.\n\nIf it was you and you forgot your password, set a new one here:\n\n${o.forgotLink}\n\nIf it was not you, you need do nothing.\n`,
      }
    : {
        subject: 'Ada yang mencoba mendaftar di Balai dengan email Anda',
        text: `Seseorang mencoba mendaftar di Balai (${o.region}) dengan alamat email ini, yang sudah memiliki akun. Tidak ada akun baru yang dibuat.\n\nJika itu Anda dan Anda lupa kata sandi, buat kata sandi baru di sini:\n\n${o.forgotLink}\n\nJika bukan Anda, Anda tidak perlu melakukan apa pun.\n`,
      };
}

export function resetPasswordMail(lang: Lang, o: { name: string; link: string; minutes: number }) {
  return lang === 'en'
    ? {
        subject: 'Set a new Balai password',
        text: `Hello ${o.name},\n\nSomeone asked to set a new password for your Balai account. Open this link to choose one (valid for ${o.minutes} minutes, once):\n\n${o.link}\n\nIf it was not you, ignore this mail: your password stays as it is.\n`,
      }
    : {
        subject: 'Buat kata sandi Balai yang baru',
        text: `Halo ${o.name},\n\nAda permintaan untuk membuat kata sandi baru bagi akun Balai Anda. Buka tautan ini untuk memilihnya (berlaku ${o.minutes} menit, satu kali):\n\n${o.link}\n\nJika bukan Anda yang meminta, abaikan email ini: kata sandi Anda tetap.\n`,
      };
}
