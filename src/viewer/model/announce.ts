import type { DiagnosticReport } from '../../report/model';
import type { ViewerSettings } from '../viewer-settings';
import { raisedCallouts } from './callouts';
import { suggestionText } from './summary-lines';

/**
 * What a screen reader hears when a report arrives: that it is AI output, the condition (or the
 * top AI suggestion when none passed the threshold), and what is urgent.
 */
export function announceReport(
  report: DiagnosticReport,
  settings: Pick<ViewerSettings, 'labels' | 'thresholds' | 'locale'>,
): string {
  const { labels, thresholds, locale } = settings;
  const condition = report.pathology
    ? [report.pathology.name]
    : report.conclusions.length > 0
      ? [
          labels.belowConfidenceThreshold,
          `${labels.topSuggestion}: ${suggestionText(report.conclusions, labels, locale)}`,
        ]
      : [labels.noConclusiveCondition];
  const urgent = raisedCallouts(report.findings, thresholds, labels, locale)
    .filter((c) => c.tone !== 'info')
    .map((c) => c.text);
  return labels.reportLoaded([labels.aiNotice, ...condition.map((c) => `${c}.`), ...urgent].join(' '));
}
