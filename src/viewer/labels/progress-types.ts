/**
 * The words of the parts that follow a patient across visits: the Progress section, the
 * side-by-side image comparison and the body-site map. Part of `Labels`; functions take
 * already-formatted values.
 */
import type { ProgressTrend } from '../progress/change';

export interface ProgressLabels {
  progressHeading: string;
  /** `date` is the report's date, formatted. */
  sincePrevious: (date: string) => string;
  sinceFirst: (date: string) => string;
  /** e.g. "−3.2 (−50.8%)"; `percent` is null when the earlier score was 0. */
  scoreChange: (delta: string, percent: string | null) => string;
  trends: Record<ProgressTrend, string>;
  higherIsBetter: string;
  higherIsWorse: string;
  directionUnknown: string;
  progressChartTitle: (system: string) => string;
  progressChartDescription: (system: string, reports: number) => string;
  progressTableCaption: (system: string) => string;
  reportDate: string;
  score: string;
  interpretation: string;
  topCondition: string;
  thisReport: string;
  earlierLoading: (count: number) => string;
  earlierFailed: (count: number) => string;
  /** One failed report: why (the error's words) and the end of its id, for the portal's support. */
  earlierFailure: (reason: string, idEnd: string) => string;
  earlierUndated: (count: number) => string;
  progressUnavailable: string;

  compareWith: string;
  compareNone: string;
  /** An earlier visit in the comparison list: its date (and visit identifier when given). */
  earlierVisit: (date: string, visit: string | null) => string;
  earlierImageAlt: (date: string) => string;
  currentVisit: string;

  /** The body-site map's accessible name, e.g. "Body site: Left arm". */
  bodySiteMap: (site: string) => string;
  front: string;
  back: string;
  /** The patient's right and left, marked beside each figure. */
  rightSide: string;
  leftSide: string;
}
