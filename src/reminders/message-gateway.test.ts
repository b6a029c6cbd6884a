import { describe, expect, it } from 'vitest';
import { internationalPhone } from './message-gateway';

describe('a taxpayer’s phone number as the gateway takes it', () => {
  it('08…, +62 8… and 62 8… are one number; something else is no number', () => {
    expect(internationalPhone('0812-3345-0917')).toBe('6281233450917');
    expect(internationalPhone('+62 812 3345 0917')).toBe('6281233450917');
    expect(internationalPhone('6281233450917')).toBe('6281233450917');
    expect(internationalPhone('12345')).toBeNull();
    expect(internationalPhone(null)).toBeNull();
  });
});
