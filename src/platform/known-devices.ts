import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Known devices (OWASP's "device cookies"): after a successful sign-in the browser gets a cookie naming a device
 * and the account, MACed with the installation's session key. Attempts from that browser on that account are
 * throttled in the device's own bucket, so a stranger's wrong guesses, which lock the account's bucket for
 * unrecognised devices, never lock its owner out of a device they have used before.
 */
export const DEVICE_COOKIE = 'balai_device';

/** How long a browser stays known without signing in again. */
export const DEVICE_COOKIE_DAYS = 365;

function mac(secret: string, userId: number, deviceId: string): string {
  const key = createHmac('sha256', secret).update('balai/known-device/v1').digest();
  return createHmac('sha256', key).update(`${userId}\n${deviceId}`).digest('base64url');
}

/** A new device cookie's value for the account. */
export function newDeviceToken(secret: string, userId: number): string {
  const deviceId = randomBytes(16).toString('base64url');
  return `${deviceId}.${mac(secret, userId, deviceId)}`;
}

/** The device a cookie names, if it was issued by this installation for this account; otherwise null. */
export function recognisedDevice(secret: string, token: string | undefined, userId: number): string | null {
  const [deviceId, given, ...rest] = (token ?? '').split('.');
  if (!deviceId || !given || rest.length > 0 || !/^[\w-]{22}$/.test(deviceId)) return null;
  const expected = Buffer.from(mac(secret, userId, deviceId));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? deviceId : null;
}
