import type { LegitReportErrorCode } from '../fetching/error-codes';
import { Icon } from './Icon';
import { useShellLabels } from './viewer-settings';

/** Points at the Legit.Health window, where the clinician completes the analysis. */
function WaitingIcon() {
  return (
    <Icon className="lrv-state-icon">
      <path d="M2 8h9M8 4.5 11.5 8 8 11.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x="12.5" y="2" width="1.5" height="12" fill="currentColor" />
    </Icon>
  );
}

/** Before any report: tell the clinician where to look. */
export function WaitingState() {
  const labels = useShellLabels();
  return (
    <div className="lrv-state lrv-waiting">
      <WaitingIcon />
      <p>{labels.waiting}</p>
    </div>
  );
}

/** A skeleton in the report's shape, so the layout does not jump when it arrives. */
export function LoadingState() {
  const labels = useShellLabels();
  return (
    <div className="lrv-state lrv-loading">
      <p className="lrv-visually-hidden">{labels.loading}</p>
      <div className="lrv-skeleton lrv-skeleton-title" aria-hidden="true" />
      <div className="lrv-skeleton lrv-skeleton-line" aria-hidden="true" />
      <div className="lrv-skeleton lrv-skeleton-block" aria-hidden="true" />
      <div className="lrv-skeleton lrv-skeleton-line" aria-hidden="true" />
      <div className="lrv-skeleton lrv-skeleton-block" aria-hidden="true" />
    </div>
  );
}

/** What went wrong, in words, and a way to try again. */
export function ErrorState({ code, onRetry }: { code: LegitReportErrorCode; onRetry?: (() => void) | undefined }) {
  const labels = useShellLabels();
  return (
    <div className="lrv-state lrv-error" role="alert">
      <h2 className="lrv-title">{labels.errorHeading}</h2>
      <p>{labels.errors[code]}</p>
      {onRetry && (
        <button type="button" className="lrv-button" onClick={onRetry}>
          {labels.retry}
        </button>
      )}
    </div>
  );
}
