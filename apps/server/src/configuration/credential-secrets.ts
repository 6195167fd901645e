import { randomBytes, randomInt } from 'node:crypto';

/**
 * New secrets, shown once to the manager who made them and stored only as hashes (scrypt for PINs,
 * SHA-256 for device tokens). Six digits: easy to type on a console, far from guessable through the
 * login's timing-safe check and the audit of failed logins.
 */
export const newPin = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** 32 characters of base64url: long enough that a token cannot be guessed, short enough to type once. */
export const newDeviceToken = (): string => randomBytes(24).toString('base64url');
