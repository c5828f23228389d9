/**
 * Every string the viewer shows, in English and Spanish. Portals override any of them
 * with the `labels` prop. Functions take already-formatted values.
 */
import { ERROR_MESSAGES_EN, type LegitReportErrorCode } from '../fetching/error-codes';

export interface Labels {
  region: string;
  title: string;
  aiNotice: string;
  notAvailable: string;
  notAssessed: string;
  waiting: string;
  loading: string;
  retry: string;
  downloadPdf: string;
  reportLoaded: (summary: string) => string;

  noConclusiveCondition: string;
  bodySite: string;
  issued: string;
  visit: string;
  icd11: string;
  portalData: string;

  findingsHeading: string;
  findingNames: Record<
    | 'hasCondition'
    | 'malignancy'
    | 'adjustedMalignancy'
    | 'pigmentedLesion'
    | 'urgentReferral'
    | 'highPriorityReferral',
    string
  >;
  calloutUrgentReferral: (value: string) => string;
  calloutHighPriorityReferral: (value: string) => string;
  calloutMalignancy: (value: string) => string;
  calloutPigmentedLesion: (value: string) => string;
  calloutHasCondition: (value: string) => string;
  thresholdNote: (threshold: string) => string;

  conclusionsHeading: string;
  conclusionsChartTitle: string;
  conclusionsChartDescription: (top: string) => string;
  condition: string;
  probability: string;
  otherConditions: (count: number) => string;
  combined: string;

  severityHeading: string;
  severityLevels: Record<1 | 2 | 3, string>;
  scoreText: (score: string, band: string | null, severity: string | null) => string;
  scoreOutsideBands: string;
  noBands: string;
  facets: string;
  facetValue: string;
  rawValue: string;
  reduction: string;
  explainability: (system: string) => string;

  imagesHeading: string;
  imageAlt: (index: number, modality: string | null) => string;
  macroscopicAlt: string;
  quality: (score: string) => string;
  lowQuality: string;
  modality: string;
  enlarge: (index: number) => string;
  close: string;
  imageRefreshing: string;
  imageUnavailable: string;

  anamnesisHeading: string;
  metricsHeading: string;
  sensitivity: string;
  specificity: string;
  entropy: string;
  analysisDuration: string;
  seconds: (value: string) => string;

  warningsSummary: (count: number) => string;
  /** The iframe rejected a photo; `reasons` is what it sent, as text. */
  imageRejected: (reasons: string) => string;
  invalidCompanyKey: string;

  errors: Record<LegitReportErrorCode, string>;
  errorHeading: string;
}

/** The few strings shown before a report arrives (waiting, loading, errors). */
export type ShellLabels = Pick<
  Labels,
  'region' | 'title' | 'waiting' | 'loading' | 'retry' | 'errorHeading' | 'errors'
>;

export const enShell: ShellLabels = {
  region: 'Diagnostic report',
  title: 'Diagnostic report',
  waiting: 'Complete the analysis in the Legit.Health window; the report will appear here.',
  loading: 'Loading the report…',
  retry: 'Try again',
  errorHeading: 'The report could not be shown',
  errors: ERROR_MESSAGES_EN,
};

// Other languages load on demand, so a portal pays only for the language it shows.
// English report labels too: they arrive with the report, not with the page.
const loaders: Record<string, () => Promise<Labels>> = {
  en: () => import('./labels-en').then((m) => m.en),
  es: () => import('./labels-es').then((m) => m.es),
};
const loaded = new Map<string, Labels>();

export const languageOf = (locale: string): string => locale.toLowerCase().split('-')[0] ?? 'en';

/** The language whose labels a locale uses: its own when shipped, else English. */
export function labelLanguage(locale: string): string {
  const language = languageOf(locale);
  return language in loaders ? language : 'en';
}

/** A locale's labels if already loaded, else null. */
export function loadedLabels(locale: string): Labels | null {
  return loaded.get(labelLanguage(locale)) ?? null;
}

/** Loads a locale's labels (English for languages not shipped). */
export async function loadLabels(locale: string): Promise<Labels> {
  const language = labelLanguage(locale);
  const labels = loaded.get(language) ?? (await loaders[language]!());
  loaded.set(language, labels);
  return labels;
}
