import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits per run, URL-safe so it can travel in the first page's query string. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares digests so neither the content nor the length of the token leaks through timing. */
export function tokenMatches(expected: string, presented: string | string[] | undefined): boolean {
  if (typeof presented !== 'string') return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(presented));
}
