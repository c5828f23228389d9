import { Suspense } from 'react';
import { LazyProgressSection } from '../chunks/progress';
import { Section } from '../sections/Section';
import { useViewer } from '../viewer-settings';
import { useReportHistoryContext } from './history-context';
import { PartBoundary } from './PartBoundary';

/**
 * Where the Progress section goes in the report body. It loads (and the earlier reports are
 * fetched) only once the report on screen has rendered, and only when there is a history.
 */
export function Progress() {
  const history = useReportHistoryContext();
  if (history === null || history.current.scoringSystems.length === 0) return null;
  return (
    <PartBoundary fallback={(retry) => <ProgressUnavailable onRetry={retry} />}>
      <Suspense fallback={null}>
        <LazyProgressSection current={history.current} source={history.source} />
      </Suspense>
    </PartBoundary>
  );
}

function ProgressUnavailable({ onRetry }: { onRetry: () => void }) {
  const { labels } = useViewer();
  return (
    <Section name="progress" heading={labels.progressHeading}>
      <p role="alert">{labels.progressUnavailable}</p>
      <button type="button" className="lrv-button" onClick={onRetry}>
        {labels.retry}
      </button>
    </Section>
  );
}
