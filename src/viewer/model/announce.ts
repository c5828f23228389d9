import type { DiagnosticReport } from '../../report/model';
import type { ViewerSettings } from '../viewer-settings';
import { raisedCallouts } from './callouts';

/** One sentence a screen reader hears when a report arrives: the condition and what is urgent. */
export function announceReport(
  report: DiagnosticReport,
  settings: Pick<ViewerSettings, 'labels' | 'thresholds' | 'locale'>,
): string {
  const { labels, thresholds, locale } = settings;
  const condition = report.pathology?.name ?? labels.noConclusiveCondition;
  const urgent = raisedCallouts(report.findings, thresholds, labels, locale)
    .filter((c) => c.tone !== 'info')
    .map((c) => c.text);
  return labels.reportLoaded([`${condition}.`, ...urgent].join(' '));
}
