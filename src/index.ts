// Browser entry: components, hooks, parser and types. The server proxy is `legit-report-viewer/proxy`.
import './viewer/styles.css';

export { LegitReportViewer, type LegitReportViewerProps } from './viewer/LegitReportViewer';
export { LegitReportView, type LegitReportViewProps } from './viewer/LegitReportView';
export type { ViewerDisplayProps } from './viewer/ViewerFrame';
export { loadLabels, type Labels } from './viewer/labels';
export { DEFAULT_THRESHOLDS, DEFAULT_DIQA_THRESHOLD, type FindingThresholds } from './viewer/context';

export * from './report/index';
export * from './messages/index';
export * from './fetching/index';
