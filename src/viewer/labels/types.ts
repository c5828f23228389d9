/**
 * Every string the viewer shows. Portals override any of them with the `labels` prop.
 * Functions take already-formatted values.
 */
import type { LegitReportErrorCode } from '../../fetching/error-codes';
import type { FindingName } from '../../report/model';
import type { ProgressLabels } from './progress-types';

export interface Labels extends ProgressLabels {
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
  findingNames: Record<FindingName, string>;
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
