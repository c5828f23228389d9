import { loadConclusionsChart } from './chart-loader';
import { retryableLazy } from './retryable-lazy';

// Kept apart from report-chunks.ts, so the report body (which shows the chart) imports nothing
// that imports the body back.
export const LazyConclusionsChart = retryableLazy(loadConclusionsChart);
