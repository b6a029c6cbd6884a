/** Bits of the CRC-16/CCITT-FALSE generator polynomial x^16 + x^12 + x^5 + 1. */
const POLYNOMIAL = 0x1021;

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR), the checksum EMVCo
 * MPM prescribes for tag 63 and Bank Indonesia's QRIS keeps. The bytes are the text's UTF-8 encoding; a QR
 * payload is ASCII, where that is one byte per character. Answers four uppercase hex digits: `123456789` → `29B1`.
 */
export function crc16CcittFalse(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      const carry = crc & 0x8000;
      crc = (crc << 1) & 0xffff;
      if (carry) crc ^= POLYNOMIAL;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}
