import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { PinHash } from '../storage/office-store.js';

/** Staff PINs are stored as scrypt hashes (DESIGN §4); a PIN never leaves the server in any form. */
const KEY_LENGTH = 32;

export const hashPin = (pin: string): PinHash => {
  const salt = randomBytes(16).toString('hex');
  return { salt, hash: scryptSync(pin, salt, KEY_LENGTH).toString('hex') };
};

export const verifyPin = (pin: string, stored: PinHash | undefined): boolean => {
  // Hash even for an unknown login, so timing does not reveal which logins exist.
  const candidate = scryptSync(pin, stored?.salt ?? 'no-such-login', KEY_LENGTH);
  if (!stored) return false;
  return timingSafeEqual(candidate, Buffer.from(stored.hash, 'hex'));
};
