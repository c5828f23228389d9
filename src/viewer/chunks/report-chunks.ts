/**
 * What loads when, in one place.
 * - With the page: the frame, its waiting, loading and error states, the English shell
 *   labels, the message guard, and what starts a request.
 * - When a report id is known (`preloadReportChunks`), in parallel with the fetch: the
 *   report body, the chart, the locale's labels, the parser, and what reads the answer
 *   (body, error mapping, retry policy).
 * - When the iframe says something other than a report: the notice.
 */
import { loadAnswerCode } from '../../fetching/answer-code';
import { loadParser } from '../../fetching/parser-chunk';
import { loadLabels } from '../labels/load';
import { loadConclusionsChart } from './chart-loader';
import { retryableLazy } from './retryable-lazy';

const loadReportBody = () => import('../ReportBody').then((m) => m.ReportBody);
const loadNotice = () => import('../Notice').then((m) => m.Notice);

export const LazyReportBody = retryableLazy(loadReportBody);
export const LazyNotice = retryableLazy(loadNotice);

const ignore = () => {};

/**
 * Starts every download a report needs. A failed preload is dropped on purpose: the render
 * that needs the chunk imports it again, and shows the failure if it persists.
 */
export function preloadReportChunks(locale: string): void {
  loadParser().catch(ignore);
  loadAnswerCode().catch(ignore);
  loadReportBody().catch(ignore);
  loadConclusionsChart().catch(ignore);
  loadLabels(locale).catch(ignore);
}
