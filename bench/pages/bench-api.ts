// What the benchmark pages expose to the driver (playwright-core), as `window.__lrvBench`.

/** One message-to-screen run, in milliseconds (page clock, performance.now()). */
export interface MessageRun {
  /** From the `analysis_completed` message arriving in the portal to the conclusions table in the DOM and visible. */
  toScreenMs: number;
  /** The report request alone (resource timing: startTime → responseEnd), or null if no entry was recorded. */
  fetchMs: number | null;
  /** URL the widget requested, so the floor fetches exactly the same one. */
  url: string | null;
}

export interface MessageToScreenApi {
  /** Mounts a fresh widget (fresh query cache, so the next report is fetched) and waits for its waiting state. */
  mount(): Promise<void>;
  /** Starts listening; resolves once the conclusions table is visible after the next message. */
  arm(): Promise<MessageRun>;
  /** Whether `arm()` is listening (the driver posts only then). */
  armed(): boolean;
  /** The floor: a bare fetch + JSON.parse of `url` (no cache), in milliseconds. */
  floor(url: string): Promise<number>;
}

/** One render of the large report, in milliseconds from `createRoot().render` inside flushSync. */
export interface RenderRun {
  /** To the synchronous commit (flushSync returned). */
  commitMs: number;
  /** To the conclusions table being in the DOM (equals commitMs unless the body is lazy and not loaded yet). */
  reportMs: number;
  /** To the next frame after that (requestAnimationFrame, then a task): style, layout and paint included. */
  frameMs: number;
  /** To the lazily loaded chart's SVG being in the DOM, or null if it did not appear. */
  chartMs: number | null;
  /** To the last part of the report (its footer) in the DOM and the frame after it: the whole report settled. */
  settledMs: number;
  /** Cumulative layout shift from the render until a frame after the chart and the footer (PerformanceObserver). */
  cls: number;
}

export interface RenderApi {
  /** What the report holds, to print next to the figure. */
  counts: { conclusions: number; scoringSystems: number; images: number };
  /** Mounts the report into a fresh container, measures, unmounts. */
  renderOnce(): Promise<RenderRun>;
}

declare global {
  interface Window {
    __lrvBench?: MessageToScreenApi | RenderApi;
  }
}
