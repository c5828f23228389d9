const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** The largest multiple of 62 below 256: bytes at or above it are redrawn so every character is equally likely. */
const UNBIASED_LIMIT = 256 - (256 % ALPHANUMERIC.length);

export const APP_KEY_LENGTH = 64;
export const APP_KEY_TTL_MS = 10 * 60 * 1000;

/** A random alphanumeric key from `crypto.getRandomValues`, without modulo bias. */
export function generateAppKey(length = APP_KEY_LENGTH): string {
  let key = '';
  while (key.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
    for (const byte of bytes) {
      if (byte < UNBIASED_LIMIT) key += ALPHANUMERIC[byte % ALPHANUMERIC.length];
      if (key.length === length) break;
    }
  }
  return key;
}

/** When a key minted at `now` expires, as ISO-8601. */
export function appKeyExpiry(now: number, ttlMs = APP_KEY_TTL_MS): string {
  return new Date(now + ttlMs).toISOString();
}
