import { useCallback, useMemo, useRef, useState } from 'react';
import { useLatest } from '../react/useLatest';
import type { ImageRenewal } from './ReportContexts';

/**
 * The one rule for signed image URLs (they expire after about 30 minutes): renewal is asked
 * for at most once per `key` (the report id on screen, or the report object), by the first
 * image that fails; a failure after that reads "Image unavailable". Without `renew` nothing
 * can be renewed, and a failed image reads "unavailable" at once.
 */
export function useImageRenewal(key: unknown, renew: (() => void) | undefined): ImageRenewal {
  const latestRenew = useLatest(renew);
  // State re-renders the images; the ref stops two failures in one frame from asking twice.
  const [requestedFor, setRequestedFor] = useState<{ key: unknown } | null>(null);
  const requestedRef = useRef<{ key: unknown } | null>(null);
  const request = useCallback(() => {
    if (requestedRef.current !== null && Object.is(requestedRef.current.key, key)) return;
    requestedRef.current = { key };
    setRequestedFor({ key });
    latestRenew.current?.();
  }, [key, latestRenew]);
  const requested = renew === undefined || (requestedFor !== null && Object.is(requestedFor.key, key));
  return useMemo(() => ({ requested, request }), [requested, request]);
}
