import { createHash, randomBytes } from 'node:crypto';

/** A fresh random secret for a session or API token (256 bits, URL-safe). */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** What is stored instead of a secret: a stolen database yields no usable session or token. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Prefix of every personal API token, so leaked tokens are recognisable by secret scanners. */
export const API_TOKEN_PREFIX = 'artel_';
