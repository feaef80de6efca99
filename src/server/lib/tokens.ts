import { createHash, randomBytes } from 'node:crypto';

/** A random URL-safe secret (session cookie, invitation link, CSRF token). */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Only hashes of secrets are stored, so a database dump does not hand out sessions or invitations. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
