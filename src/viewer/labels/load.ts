import { chunkLoadError } from '../chunks/chunk-error';
import type { Labels } from './types';

// Every language loads on demand, so a portal pays only for the language it shows; English
// report labels too: they arrive with the report, not with the page (the shell is eager).
const loaders = {
  en: () => import('./en').then((m) => m.en),
  es: () => import('./es').then((m) => m.es),
} satisfies Record<string, () => Promise<Labels>>;

type ShippedLanguage = keyof typeof loaders;
// Own keys only: a locale such as "constructor" must not reach Object.prototype.
const isShipped = (language: string): language is ShippedLanguage => Object.hasOwn(loaders, language);

const loaded = new Map<ShippedLanguage, Labels>();

export const languageOf = (locale: string): string => locale.toLowerCase().split('-')[0] ?? 'en';

/** The language whose labels a locale uses: its own when shipped, else English. */
export function labelLanguage(locale: string): ShippedLanguage {
  const language = languageOf(locale);
  return isShipped(language) ? language : 'en';
}

/** A locale's labels if already loaded, else null. */
export function loadedLabels(locale: string): Labels | null {
  return loaded.get(labelLanguage(locale)) ?? null;
}

/**
 * Loads a locale's labels (English for languages not shipped). Rejects with a
 * `LegitReportError` CHUNK_LOAD_FAILED when their chunk cannot be fetched; a later call tries again.
 */
export async function loadLabels(locale: string): Promise<Labels> {
  const language = labelLanguage(locale);
  let labels = loaded.get(language);
  if (labels === undefined) {
    try {
      labels = await loaders[language]();
    } catch (cause) {
      throw chunkLoadError(cause);
    }
    loaded.set(language, labels);
  }
  return labels;
}
