import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { PinHash } from '../storage/office-store.js';

/** Staff PINs are stored as scrypt hashes (DESIGN §4); a PIN never leaves the server in any form. */
const KEY_LENGTH = 32;

const scryptAsync = promisify(scrypt) as (pin: string, salt: string, length: number) => Promise<Buffer>;

const newSalt = () => randomBytes(16).toString('hex');

/**
 * scrypt takes tens of milliseconds by design; on libuv's thread pool it does not hold up the office's
 * commands, which run on the event loop.
 */
export const hashPin = async (pin: string): Promise<PinHash> => {
  const salt = newSalt();
  return { salt, hash: (await scryptAsync(pin, salt, KEY_LENGTH)).toString('hex') };
};

/** The same, blocking: for seeding a new office, before it serves anyone. */
export const hashPinBeforeStart = (pin: string): PinHash => {
  const salt = newSalt();
  return { salt, hash: scryptSync(pin, salt, KEY_LENGTH).toString('hex') };
};

export const verifyPin = async (pin: string, stored: PinHash | undefined): Promise<boolean> => {
  // Hash even for an unknown login, so timing does not reveal which logins exist.
  const candidate = await scryptAsync(pin, stored?.salt ?? 'no-such-login', KEY_LENGTH);
  if (!stored) return false;
  const expected = Buffer.from(stored.hash, 'hex');
  return expected.length === candidate.length && timingSafeEqual(candidate, expected);
};
