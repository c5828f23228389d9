import { Suspense, type ReactNode } from 'react';
import { LazyImageComparison } from '../chunks/progress';
import { useReportHistoryContext } from '../progress/history-context';
import { PartBoundary } from '../progress/PartBoundary';

/**
 * Around the enlarged image: with earlier reports of the same body site, offers to show one of
 * their images beside it (a chunk of its own); otherwise, and until that chunk is loaded, the
 * image alone.
 */
export function CompareWithEarlier({ children }: { children: ReactNode }) {
  const history = useReportHistoryContext();
  if (history === null || history.current.bodySite === null) return children;
  return (
    <PartBoundary fallback={() => children}>
      <Suspense fallback={children}>
        <LazyImageComparison history={history}>{children}</LazyImageComparison>
      </Suspense>
    </PartBoundary>
  );
}
