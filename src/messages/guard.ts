import { normalizeAllowedOrigins } from './origins';
import { parseMessageData, rejection } from './parse-message';
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
      return rejection('shape', 'event could not be read');
    }

    if (getExpectedSource !== undefined) {
      let expected: unknown;
      try {
        expected = getExpectedSource();
      } catch {
        // treated as no window
      }
      // No window (the iframe is not mounted): nothing legitimate can be talking.
      if (expected == null || source !== expected)
        return rejection('source', 'not sent by the Legit.Health iframe window');
    }

    // Exact string equality only: no prefix, suffix, case folding or pattern matching.
    // "null" (sandboxed, data: and file: documents) is never in the list.
    if (typeof origin !== 'string' || !allowed.includes(origin)) {
      return rejection(
        'origin',
        `origin ${quoteForDetail(String(origin), 100)} is not one of the allowed origins (${allowedText})`,
      );
    }

    return parseMessageData(data);
  };
}
