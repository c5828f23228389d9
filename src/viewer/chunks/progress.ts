import { retryableLazy } from './retryable-lazy';

// The parts that follow a patient across visits load only for a report that has a history
// (the Progress section and the image comparison, one chunk) or a body site (the map).
const loadHistoryParts = () => import('../progress/history-parts');

export const LazyProgressSection = retryableLazy(() => loadHistoryParts().then((m) => m.ProgressSection));
export const LazyImageComparison = retryableLazy(() => loadHistoryParts().then((m) => m.ImageComparison));
export const LazyBodyMap = retryableLazy(() => import('../body-map/BodyMap').then((m) => m.BodyMap));
