import type { QueryClient } from '@tanstack/react-query';
import { reportRefusedCompanyKey } from '../app-key/frame-sessions';
import { Suspense, useEffect, useState, type RefObject } from 'react';
import type { ReportFormat } from '../contract/formats';
import type { FetchReport } from '../fetching/request';
import type { LegitReportError } from '../fetching/errors';
import { useLegitReport } from '../fetching/useLegitReport';
import { ViewerQueryScope } from '../fetching/ViewerQueryScope';
import type { MessageRejectionInfo } from '../messages/useLegitMessages';
import { useReportIdFromMessages } from '../messages/useReportIdFromMessages';
import type { MessageRejectionReason } from '../messages/types';
import type { DiagnosticReport } from '../report/model';
import { LazyReportBody, preloadReportChunks } from './chunks/report-chunks';
import type { IframeNotice } from './Notice';
import { ErrorState, LoadingState, WaitingState } from './StateViews';
import { ViewerFrame, type ViewerDisplayProps } from './ViewerFrame';

export interface LegitReportViewerProps extends ViewerDisplayProps {
  /** Your server proxy, e.g. `/api/legit` (see `createLegitProxy`). Needed unless `fetchReport` is given. */
  proxyUrl?: string;
  /** A custom transport (e.g. to add your session header); replaces `proxyUrl` for the report JSON. */
  fetchReport?: FetchReport;
  /** Exact origins allowed to post messages. Default `['https://iframe.legit.health']`. */
  allowedOrigins?: readonly string[];
  /** The Legit.Health iframe: when given, messages must also come from its window. */
  iframeRef?: RefObject<HTMLIFrameElement | null>;
  /** `raw` (default) or `fhir`. */
  format?: ReportFormat;
  /** Controlled mode: show this report. Messages still call `onReportId`, but do not change what is shown. */
  reportId?: string | null;
  /** Per attempt, in milliseconds (default 15 000). */
  timeoutMs?: number;
  /** Your QueryClient; otherwise the one in context, otherwise a private one. */
  queryClient?: QueryClient;
  /** Log every dropped message and why (source, origin, shape, id). */
  debug?: boolean;
  /**
   * Development only: show report images and links served over plain `http:` from this machine (localhost,
   * 127.0.0.0/8, [::1]), as a local mock's are. Default false: only `https:` URLs reach the page, so a report
   * cannot make the clinician's browser call services on the clinician's own machine.
   */
  allowHttpLoopbackUrls?: boolean;
  onReportId?(reportId: string): void;
  onReport?(report: DiagnosticReport): void;
  /** The report could not be fetched or read, or a part of the widget could not be loaded (`CHUNK_LOAD_FAILED`). */
  onError?(error: LegitReportError): void;
  onMessageRejected?(reason: MessageRejectionReason, info: MessageRejectionInfo): void;
  onInvalidCompanyKey?(companyKey: string): void;
  onImageRejected?(reasons: readonly unknown[]): void;
  /**
   * Encrypted ids of earlier reports of the same patient, in any order (the ids your portal kept
   * from earlier analyses). Fetched through the same transport once the report is on screen.
   */
  history?: readonly string[];
}

/**
 * Hears the Legit.Health iframe, fetches the report it names through your proxy, and shows
 * it to the clinician: waiting, loading, error (with retry) or the report.
 */
export function LegitReportViewer(props: LegitReportViewerProps) {
  return (
    <ViewerQueryScope queryClient={props.queryClient}>
      <ConnectedViewer {...props} />
    </ViewerQueryScope>
  );
}

function ConnectedViewer(props: LegitReportViewerProps) {
  const {
    proxyUrl,
    fetchReport,
    allowedOrigins,
    iframeRef,
    format,
    reportId: controlledId,
    timeoutMs,
    allowHttpLoopbackUrls,
    queryClient: _client, // used by the scope around
    debug,
    onReportId,
    onReport,
    onError,
    onMessageRejected,
    onInvalidCompanyKey,
    onImageRejected,
    ...display
  } = props;
  const { locale } = display;
  const [notice, setNotice] = useState<IframeNotice | null>(null);
  const heardId = useReportIdFromMessages({
    allowedOrigins,
    iframeRef,
    debug,
    onAnalysisCompleted: (id) => {
      setNotice(null);
      onReportId?.(id);
    },
    onInvalidCompanyKey: (key) => {
      // Silent while a <LegitIframe appKeyUrl> renews the key; shown if it cannot.
      reportRefusedCompanyKey(iframeRef?.current, key, () => setNotice({ kind: 'invalid_company_key' }));
      onInvalidCompanyKey?.(key);
    },
    onImageRejected: (reasons) => {
      setNotice({ kind: 'image_rejected', reasons });
      onImageRejected?.(reasons);
    },
    onMessageRejected,
  });
  const reportId = controlledId !== undefined ? controlledId : heardId;
  const state = useLegitReport({
    reportId,
    proxyUrl,
    fetchReport,
    format,
    locale,
    timeoutMs,
    allowHttpLoopbackUrls,
    onReport,
    onError,
  });

  useEffect(() => {
    if (reportId) preloadReportChunks(locale ?? 'en');
  }, [reportId, locale]);

  const { status, report, error } = state;
  // A report on hand stays on screen even if a later refetch failed.
  const shown = status !== 'idle' && status !== 'pending' ? report : undefined;
  return (
    <ViewerFrame
      {...display}
      busy={status === 'pending'}
      showsReport={shown !== undefined}
      notice={notice}
      onError={onError}
    >
      {shown ? (
        <Suspense fallback={<LoadingState />}>
          {/* Renewal keyed by id: the refetch that renews the URLs brings a new report object. */}
          <LazyReportBody
            report={shown}
            pdfUrl={state.pdfUrl}
            renewImageUrls={state.renewImageUrls}
            renewalKey={reportId}
            // The history goes with the same transport, format and locale as the report on screen.
            history={props.history && { ...props, ids: props.history, currentId: reportId }}
          />
        </Suspense>
      ) : status === 'idle' ? (
        <WaitingState />
      ) : status === 'error' && error ? (
        // No retry for an invalid id: asking again cannot change it.
        <ErrorState code={error.code} onRetry={error.code === 'INVALID_ID' ? undefined : state.retry} />
      ) : (
        <LoadingState />
      )}
    </ViewerFrame>
  );
}
