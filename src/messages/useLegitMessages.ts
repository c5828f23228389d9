import { useEffect, useMemo } from 'react';
import type { RefObject } from 'react';
import { useLatest } from '../react/useLatest';
import { createMessageGuard } from './guard';
import { normalizeAllowedOrigins } from './origins';
import type { LegitMessage, MessageRejectionReason } from './types';

export interface MessageRejectionInfo {
  /** `event.origin` of the dropped message, as the browser reported it. */
  readonly origin: string;
  /** A human-readable explanation, safe to log (untrusted strings are quoted and cut). */
  readonly detail: string;
}

export interface UseLegitMessagesOptions {
  /** Exact origins allowed to send messages. Default `['https://iframe.legit.health']`. */
  allowedOrigins?: readonly string[];
  /**
   * The Legit.Health iframe. When given, messages must also come from its window
   * (`event.source === iframe.contentWindow`), and none is accepted while it is not mounted.
   */
  iframeRef?: RefObject<HTMLIFrameElement | null>;
  /** `false` removes the listener. Default `true`. */
  enabled?: boolean;
  /** Log every dropped message with its reason (console.info) and every accepted one (console.debug). */
  debug?: boolean;
  onAnalysisCompleted?(reportId: string): void;
  onInvalidCompanyKey?(companyKey: string): void;
  onImageRejected?(reasons: readonly unknown[]): void;
  /** Every dropped message, including `unknown` message names from the trusted iframe. */
  onMessageRejected?(reason: MessageRejectionReason, info: MessageRejectionInfo): void;
}

const LOG_PREFIX = '[legit-report-viewer]';

/**
 * Listens for the Legit.Health iframe's messages and calls the matching callback for each
 * one that passes the guard (source, origin, shape, id). One `message` listener per hook
 * instance, added after mount and removed on unmount. Callbacks are read from a ref, so
 * inline functions never re-subscribe; only a change in the *content* of `allowedOrigins`,
 * in `enabled`, or in whether `iframeRef` is given does. Never touches `window` during render, so it is safe on the server.
 * Throws `LegitConfigError` during render when `allowedOrigins` is unsafe.
 */
export function useLegitMessages(options: UseLegitMessagesOptions): void {
  // Fresh before any message task can run (a layout effect), so inline callbacks never re-subscribe.
  const latest = useLatest(options);

  // Compare by content: a new array literal on every render must not re-subscribe.
  const originsKey = options.allowedOrigins === undefined ? '' : JSON.stringify(options.allowedOrigins);
  // Validated during render so a misconfiguration reaches the nearest error boundary (and
  // fails the same way in server rendering); the effect below reuses the normalised list.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on content, not identity
  const allowedOrigins = useMemo(() => normalizeAllowedOrigins(options.allowedOrigins), [originsKey]);
  const enabled = options.enabled ?? true;
  // Whether a source check applies is decided per subscription; which iframe it is, per message.
  const checksSource = options.iframeRef !== undefined;

  useEffect(() => {
    if (!enabled) return undefined;
    const guard = createMessageGuard({
      allowedOrigins,
      getExpectedSource: checksSource ? () => latest.current.iframeRef?.current?.contentWindow : undefined,
    });

    const onMessage = (event: MessageEvent): void => {
      const current = latest.current;
      const result = guard(event);
      if (!result.ok) {
        if (current.debug) {
          console.info(`${LOG_PREFIX} message dropped (${result.reason}): ${result.detail}`, {
            origin: event.origin,
            data: event.data,
          });
        }
        current.onMessageRejected?.(result.reason, { origin: event.origin, detail: result.detail });
        return;
      }
      if (current.debug) console.debug(`${LOG_PREFIX} message accepted from ${event.origin}`, result.event);
      dispatch(result.event, current);
    };

    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [allowedOrigins, enabled, checksSource, latest]);
}

function dispatch(message: LegitMessage, handlers: UseLegitMessagesOptions): void {
  if (message.type === 'analysis_completed') handlers.onAnalysisCompleted?.(message.reportId);
  else if (message.type === 'invalid_company_key') handlers.onInvalidCompanyKey?.(message.companyKey);
  else handlers.onImageRejected?.(message.reasons);
}
