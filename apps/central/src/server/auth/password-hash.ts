import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/** Head-office passwords are kept as scrypt hashes with a salt each; the password itself never is. */
const KEY_LENGTH = 32;

export interface PasswordHash {
  salt: string;
  hash: string;
}

export const hashPassword = (password: string): PasswordHash => {
  const salt = randomBytes(16).toString('hex');
  return { salt, hash: scryptSync(password, salt, KEY_LENGTH).toString('hex') };
};

export const verifyPassword = (password: string, stored: PasswordHash | undefined): boolean => {
  // Hash even for an unknown login, so the time taken does not tell which logins exist.
  const candidate = scryptSync(password, stored?.salt ?? 'no-such-login', KEY_LENGTH);
  return stored !== undefined && timingSafeEqual(candidate, Buffer.from(stored.hash, 'hex'));
};
