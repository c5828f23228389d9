import { useEffect, useMemo, useState } from 'react';
import { loadLabels, loadedLabels, type Labels } from './labels';

/**
 * The labels for `locale` with the portal's overrides, or null for the moment a language
 * other than English is still loading (the frame then shows nothing rather than flash English).
 */
export function useLabels(locale: string, overrides: Partial<Labels> | undefined): Labels | null {
  const [, setLoadedLocale] = useState<string | null>(null);
  const base = loadedLabels(locale);
  useEffect(() => {
    if (base) return;
    let current = true;
    void loadLabels(locale).then(() => current && setLoadedLocale(locale));
    return () => {
      current = false;
    };
  }, [locale, base]);
  return useMemo(() => (base && overrides ? { ...base, ...overrides } : base), [base, overrides]);
}
