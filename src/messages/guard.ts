import { normalizeAllowedOrigins } from './origins';
import { parseMessageData } from './parse-message';
import { quoteForDetail } from './safe-read';
import type { GuardResult, MessageEventLike } from './types';

export interface MessageGuardConfig {
  /**
   * Exact origins allowed to send messages. Default `['https://iframe.legit.health']`.
   * Entries are normalised with `new URL(x).origin` now; `'*'`, `"null"`, paths and other
   * non-origins throw `LegitConfigError` here, not when a message arrives.
   */
  readonly allowedOrigins?: readonly string[];
  /**
   * The window messages must come from, usually `() => iframe.contentWindow`. When given,
   * a message from any other window is refused, and so is every message while it returns
   * `null`/`undefined` (the iframe is not mounted: nothing legitimate can be talking).
   * When omitted, there is no source check and the origin check stands alone.
   */
  readonly getExpectedSource?: () => MessageEventSource | null | undefined;
}

export type MessageGuard = (event: MessageEventLike) => GuardResult;

/**
 * A pure receive guard: `MessageEvent` → typed Legit.Health message or typed rejection,
 * checking source, then origin (exact equality), then shape and id. Never throws for any
 * event; throws `LegitConfigError` for an unsafe configuration.
 */
export function createMessageGuard(config: MessageGuardConfig = {}): MessageGuard {
  const allowed = normalizeAllowedOrigins(config.allowedOrigins);
  const getExpectedSource = config.getExpectedSource;
  const allowedText = allowed.join(', ');

  return (event) => {
    let source: unknown;
    let origin: unknown;
    let data: unknown;
    try {
      source = event.source;
      origin = event.origin;
      data = event.data;
    } catch {
      return { ok: false, reason: 'shape', detail: 'event could not be read' };
    }

    if (getExpectedSource !== undefined) {
      let expected: unknown;
      try {
        expected = getExpectedSource();
      } catch {
        expected = null;
      }
      if (expected === null || expected === undefined) {
        return { ok: false, reason: 'source', detail: 'the iframe has no window (not mounted yet, or already removed)' };
      }
      if (source !== expected) {
        return { ok: false, reason: 'source', detail: 'sent by a window other than the Legit.Health iframe' };
      }
    }

    if (typeof origin !== 'string') return { ok: false, reason: 'origin', detail: 'event has no origin string' };
    if (origin === 'null') {
      return { ok: false, reason: 'origin', detail: 'origin "null" (a sandboxed, data: or file: document) is never trusted' };
    }
    // Exact string equality only: no prefix, suffix, case folding or pattern matching.
    if (!allowed.includes(origin)) {
      return { ok: false, reason: 'origin', detail: `origin ${quoteForDetail(origin, 100)} is not one of the allowed origins (${allowedText})` };
    }

    return parseMessageData(data);
  };
}
