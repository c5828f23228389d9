// The parser (`legit-report-viewer/parser`) as the widget loads it: on demand, once a report id is
// known. Once loaded it is handed over at once: even a cached `import()` waits for a task.
type Parser = typeof import('../report/index');

let loaded: Parser | undefined;

export const loadParser = (): Promise<Parser> =>
  loaded !== undefined ? Promise.resolve(loaded) : import('../report/index').then((parser) => (loaded = parser));
