/**
 * How long the proxy waits for the S2S API: for JSON the whole answer, for a PDF until its headers
 * arrive and then between chunks. The default of the proxy's `timeoutMs`.
 */
export const UPSTREAM_TIMEOUT_MS = 10_000;

/**
 * The rule between the two timeouts: the widget waits longer than the proxy does, by this much (the
 * proxy's own work and the network). Then a slow S2S API reaches the clinician as the proxy's answer
 * (`UPSTREAM_TIMEOUT`, with words, retried) and never as the widget giving up on a request that the
 * proxy is still serving. A portal that raises the proxy's `timeoutMs` raises the widget's with it.
 */
export const WIDGET_HEAD_START_MS = 5_000;

/** How long the widget waits for one attempt through the proxy. The default of the widget's `timeoutMs`. */
export const WIDGET_ATTEMPT_TIMEOUT_MS = UPSTREAM_TIMEOUT_MS + WIDGET_HEAD_START_MS;

/**
 * The longest one PDF download may hold its upstream connection, from the first byte to the last: 25 MB
 * (the proxy's cap) reaches a client on a 1 Mbit/s line in under four minutes. The default of `pdfTimeoutMs`.
 */
export const PDF_STREAM_TIMEOUT_MS = 300_000;
