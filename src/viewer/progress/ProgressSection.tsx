import type { EarlierReport, ReportHistoryState } from '../../fetching/useReportHistory';
import type { DiagnosticReport } from '../../report/model';
import { Section } from '../sections/Section';
import { useViewer } from '../viewer-settings';
import { loadedReports, WithEarlierReports } from './earlier-reports';
import type { HistorySource } from './history-context';
import { ProgressSystem } from './ProgressSystem';
import { buildProgress } from './timeline';

/**
 * "Progress": each scoring system of the report on screen across the patient's earlier
 * reports. Shown once an earlier report shares a system with this one, while they load, or
 * when one could not be loaded (never silently left out).
 */
export function ProgressSection({ current, source }: { current: DiagnosticReport; source: HistorySource }) {
  return (
    <WithEarlierReports source={source}>
      {(state) => <ProgressView current={current} state={state} />}
    </WithEarlierReports>
  );
}

function ProgressView({ current, state }: { current: DiagnosticReport; state: ReportHistoryState }) {
  const { labels } = useViewer();
  const progress = buildProgress(current, loadedReports(state));
  const failed = state.entries.filter((entry) => entry.status === 'error');
  const pending = state.entries.filter((entry) => entry.status === 'pending').length;
  if (progress.series.length === 0 && failed.length === 0 && pending === 0 && progress.undated === 0) return null;
  return (
    <Section name="progress" heading={labels.progressHeading}>
      {pending > 0 && <p className="lrv-muted">{labels.earlierLoading(pending)}</p>}
      {failed.length > 0 && <EarlierFailures failed={failed} onRetry={state.retryFailed} />}
      {progress.undated > 0 && <p className="lrv-muted">{labels.earlierUndated(progress.undated)}</p>}
      {progress.series.length > 0 && (
        <ul className="lrv-systems">
          {progress.series.map((series, index) => (
            <ProgressSystem key={series.key} series={series} index={index} />
          ))}
        </ul>
      )}
    </Section>
  );
}

type FailedReport = Extract<EarlierReport, { status: 'error' }>;

/** Names each earlier report that could not be loaded, why, and offers to fetch them again. */
function EarlierFailures({ failed, onRetry }: { failed: FailedReport[]; onRetry: () => void }) {
  const { labels } = useViewer();
  const retrying = failed.some((entry) => entry.isFetching);
  return (
    <div className="lrv-callout lrv-tone-warning lrv-progress-failed" role="status">
      <div>
        {labels.earlierFailed(failed.length)}
        <ul>
          {failed.map((entry) => (
            <li key={entry.id}>{labels.earlierFailure(labels.errors[entry.error.code], entry.id.slice(-8))}</li>
          ))}
        </ul>
        <button type="button" className="lrv-button" onClick={onRetry} disabled={retrying} aria-busy={retrying}>
          {retrying ? labels.loading : labels.retry}
        </button>
      </div>
    </div>
  );
}
