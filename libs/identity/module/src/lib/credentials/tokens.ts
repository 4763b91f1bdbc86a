import { createHash, randomBytes } from 'node:crypto';

/**
 * Single-use secrets sent by email (invitations, password resets, email verification). The link carries the token;
 * the store keeps only its SHA-256, so a leaked database opens no account.
 */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
