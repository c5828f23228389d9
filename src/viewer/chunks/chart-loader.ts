// recharts is heavy: the chart is its own chunk, drawn beside a table that is already on screen.
// Its loader alone is with the page (preloadReportChunks starts it); the lazy component that
// uses it (chart.ts) loads with the report body.
export const loadConclusionsChart = () => import('../sections/ConclusionsChart').then((m) => m.ConclusionsChart);
