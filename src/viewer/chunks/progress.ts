import { retryableLazy } from './retryable-lazy';

// The parts that follow a patient across visits load only for a report that has a history
// (the Progress section, the image comparison) or a body site (the map). The Progress chart
// is a chunk of its own, since it brings recharts' line chart.
export const LazyProgressSection = retryableLazy(() =>
  import('../progress/ProgressSection').then((m) => m.ProgressSection),
);
export const LazyProgressChart = retryableLazy(() => import('../progress/ProgressChart').then((m) => m.ProgressChart));
export const LazyImageComparison = retryableLazy(() =>
  import('../compare/ImageComparison').then((m) => m.ImageComparison),
);
export const loadBodyMap = () => import('../body-map/BodyMap').then((m) => m.BodyMap);
export const LazyBodyMap = retryableLazy(loadBodyMap);
