// The parser (`legit-report-viewer/parser`) as the widget loads it: on demand, once a report id is known.
export const loadParser = () => import('../report/index');
