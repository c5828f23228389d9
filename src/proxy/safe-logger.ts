import type { ProxyLogger } from './options';

type Level = keyof ProxyLogger;

/** A log call that cannot leak a secret or throw. */
export type Log = (level: Level, entry: Record<string, unknown>) => void;

/** The value with every secret replaced; the same value (no copy) when it holds none. */
function redact(value: unknown, secrets: readonly string[], depth: number): unknown {
  if (typeof value === 'string') {
    let text = value;
    for (const secret of secrets)
      if (secret !== '' && text.includes(secret)) text = text.replaceAll(secret, '[redacted]');
    return text;
  }
  if (depth > 5 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const items = value.map((item) => redact(item, secrets, depth + 1));
    return items.every((item, index) => item === value[index]) ? value : items;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const safe = redact(item, secrets, depth + 1);
    if (safe !== item) (copy ??= { ...value })[key] = safe;
  }
  return copy ?? value;
}

/** Wraps a logger so no entry can carry a secret, and a throwing logger cannot break a response. */
export function createSafeLogger(logger: ProxyLogger | undefined, secrets: readonly string[]): Log {
  if (logger === undefined) return () => undefined;
  // A secret is redacted as written and URL-encoded (the form it takes inside a logged URL).
  const forms = [...new Set(secrets.flatMap((secret) => (secret === '' ? [] : [secret, encodeURIComponent(secret)])))];
  return (level, entry) => {
    const safe = redact(entry, forms, 0);
    try {
      logger[level](typeof safe === 'object' && safe !== null ? { ...safe } : { entry: safe });
    } catch {
      // Logging must never change what the client gets.
    }
  };
}

/** A short, content-free description of a thrown value (its name and, for network errors, the cause's code). */
export function errorFields(error: unknown): { errorName: string; causeCode?: string } {
  const errorName = error instanceof Error ? error.name : typeof error;
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  if (typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string') {
    return { errorName, causeCode: cause.code };
  }
  return { errorName };
}
