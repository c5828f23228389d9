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

  /** The title when the report names no condition and suggests none. */
  noConclusiveCondition: string;
  /** The title when `pathology` is null but the AI suggests conditions. */
  belowConfidenceThreshold: string;
  /** "Top AI suggestion", before the top conclusion (header and summary). */
  topSuggestion: string;
  bodySite: string;
  /** FHIR `issued`. */
  issued: string;
  /** Raw `createdAt`: when the report was created. */
  created: string;
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
  calloutAdjustedMalignancy: (value: string) => string;
  thresholdNote: (threshold: string) => string;

  summaryHeading: string;
  referral: string;
  /** A value the report did not compute, after its term ("Referral: not computed"). */
  notComputed: string;
  /** No referral tier reached the portal's thresholds; `values` lists both, e.g. "Urgent referral (48 h) 20% · …". */
  referralBelow: (values: string) => string;
  certainty: string;
  /** Entropy as the certainty of this result; lower means more certain. */
  entropyReading: (value: string) => string;
  uncertainResult: (value: string) => string;
  imageQuality: string;
  imagesBelowQuality: (below: number, total: number) => string;
  imagesAboveQuality: (total: number) => string;
  imagesUnscored: (count: number) => string;
  noImages: string;
  /** The line a portal threshold decides: "Portal threshold: 50%". */
  portalThreshold: (value: string) => string;
  /** Several thresholds deciding one line: "Portal thresholds: Urgent referral (48 h) 50% · …". */
  portalThresholds: (values: string) => string;
  /** The threshold a portal turned off (`null`). */
  portalThresholdOff: string;
  /** Under the summary: the thresholds are the portal's, not Legit.Health's. */
  portalPolicyNote: string;

  conclusionsHeading: string;
  conclusionsChartTitle: string;
  conclusionsChartDescription: (top: string) => string;
  condition: string;
  probability: string;
  otherConditions: (count: number) => string;
  combined: string;

  severityHeading: string;
  /** Severity as a noun phrase ("high severity"), never a bare adjective. */
  severityLevels: Record<1 | 2 | 3, string>;
  scoreText: (score: string, band: string | null, severity: string | null) => string;
  scoreOutsideBands: string;
  noBands: string;
  /** The report's interpretation differs from the band that holds the score (`band` as the legend reads it). */
  severityDisagrees: (band: string) => string;
  facets: string;
  facetValue: string;
  rawValue: string;
  reduction: string;
  explainability: (system: string) => string;
  enlargeExplainability: (system: string) => string;
  annotations: string;

  imagesHeading: string;
  imageAlt: (index: number, modality: string | null) => string;
  macroscopicAlt: string;
  quality: (score: string) => string;
  qualityNotAvailable: string;
  lowQuality: string;
  modality: string;
  /** Known modality values (lower case) in this language; others are shown as the report gives them. */
  modalityNames: Record<string, string>;
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
  /** Parts shown, but needing a check (out of range, read under another spelling, disagreeing with their bands). */
  warningsKept: (count: number) => string;
  /** After a value outside its documented range. */
  outOfRange: string;
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
