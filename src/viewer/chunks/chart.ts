import { retryableLazy } from './retryable-lazy';

// recharts is heavy: the chart is its own chunk, drawn beside a table that is already on screen.
// Kept apart from report-chunks.ts, so the report body (which shows the chart) imports nothing
// that imports the body back.
export const loadConclusionsChart = () => import('../sections/ConclusionsChart').then((m) => m.ConclusionsChart);

export const LazyConclusionsChart = retryableLazy(loadConclusionsChart);
