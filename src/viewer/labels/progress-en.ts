import type { ProgressLabels } from './progress-types';

export const enProgress: ProgressLabels = {
  progressHeading: 'Progress',
  sincePrevious: (date) => `Since the previous report (${date})`,
  sinceFirst: (date) => `Since the first report (${date})`,
  scoreChange: (delta, percent) =>
    percent === null ? `${delta} (no percentage of a score of 0)` : `${delta} (${percent})`,
  trends: { improving: 'Improving', worsening: 'Worsening', unchanged: 'No change', higher: 'Higher', lower: 'Lower' },
  higherIsBetter: "A higher score is better on this scale (from the report's bands).",
  higherIsWorse: "A higher score is more severe on this scale (from the report's bands).",
  directionUnknown: "The report's bands do not say whether a higher score is better or worse.",
  progressChartTitle: (system) => `${system} by report date`,
  progressChartDescription: (system, n) =>
    `Line chart of ${system} across ${n} reports, over the report's severity bands. The same figures are in the table.`,
  progressTableCaption: (system) => `${system}: each report's score`,
  reportDate: 'Report date',
  score: 'Score',
  interpretation: 'Interpretation',
  topCondition: 'Most likely condition',
  thisReport: 'this report',
  earlierLoading: (n) => (n === 1 ? 'Loading 1 earlier report…' : `Loading ${n} earlier reports…`),
  earlierFailed: (n) =>
    n === 1 ? '1 earlier report could not be loaded.' : `${n} earlier reports could not be loaded.`,
  earlierFailure: (reason, idEnd) => `Report …${idEnd}: ${reason}`,
  earlierUndated: (n) =>
    n === 1
      ? '1 earlier report has no date and cannot be placed in time.'
      : `${n} earlier reports have no date and cannot be placed in time.`,
  progressUnavailable: 'The progress across visits could not be loaded.',

  compareWith: 'Compare with an earlier visit',
  compareNone: 'No comparison',
  earlierVisit: (date, visit) => (visit ? `${date} (visit ${visit})` : date),
  earlierImageAlt: (date) => `Same body site at the visit of ${date}`,
  currentVisit: 'This visit',

  bodySiteMap: (site) => `Body site: ${site}`,
  front: 'Front',
  back: 'Back',
  rightSide: 'R',
  leftSide: 'L',
};
