import { retryableLazy } from './retryable-lazy';

// The Progress chart brings recharts' line chart: a chunk of its own, drawn beside its table.
export const LazyProgressChart = retryableLazy(() => import('../progress/ProgressChart').then((m) => m.ProgressChart));
