import { useEffect, useMemo, useState } from 'react';
import { loadLabels, loadedLabels } from './labels/load';
import type { Labels } from './labels/types';

/**
 * The labels for `locale` with the portal's overrides once loaded, else null. Loading starts
 * when `wanted` (a report is about to be shown, or the language is not English).
 */
export function useLabels(locale: string, overrides: Partial<Labels> | undefined, wanted: boolean): Labels | null {
  const [, setLoadedLocale] = useState<string | null>(null);
  const base = loadedLabels(locale);
  useEffect(() => {
    if (base || !wanted) return;
    let current = true;
    loadLabels(locale).then(
      () => current && setLoadedLocale(locale),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [locale, base, wanted]);
  return useMemo(() => (base && overrides ? { ...base, ...overrides } : base), [base, overrides]);
}
