import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LegitReportError } from '../fetching/errors';
import { useLatest } from '../react/useLatest';
import { chunkLoadError } from './chunks/chunk-error';
import { loadLabels, loadedLabels } from './labels/load';
import type { Labels } from './labels/types';

export interface LabelsState {
  /** The locale's labels with the portal's overrides, once loaded; else null. */
  full: Labels | null;
  /** Their chunk could not be fetched (CHUNK_LOAD_FAILED); `retry` fetches it again. */
  failed: boolean;
  retry(): void;
}

/** Loads the labels for `locale` once `wanted` (a report is about to be shown, or the language is not English). */
export function useLabels(
  locale: string,
  overrides: Partial<Labels> | undefined,
  wanted: boolean,
  onError?: (error: LegitReportError) => void,
): LabelsState {
  const [, setLoadedLocale] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<{ locale: string; attempt: number } | null>(null);
  const latestOnError = useLatest(onError);
  const base = loadedLabels(locale);
  useEffect(() => {
    if (base || !wanted) return;
    let current = true;
    loadLabels(locale).then(
      () => current && setLoadedLocale(locale),
      (cause: unknown) => {
        if (!current) return;
        setFailure({ locale, attempt });
        latestOnError.current?.(chunkLoadError(cause));
      },
    );
    return () => {
      current = false;
    };
  }, [locale, base, wanted, attempt, latestOnError]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const full = useMemo(() => (base && overrides ? { ...base, ...overrides } : base), [base, overrides]);
  const failed = base === null && failure !== null && failure.locale === locale && failure.attempt === attempt;
  return { full, failed, retry };
}
