import type { Deadline } from './deadline';
import { readPdfHead } from './pdf-head';

export class PdfTooLargeError extends Error {
  override readonly name = 'PdfTooLargeError';
}

/** The client left the stream unread for longer than `stallMs` (it stopped reading, or reads too slowly to matter). */
export class PdfClientStalledError extends Error {
  override readonly name = 'PdfClientStalledError';
}

/** The stream ran past its overall deadline, `totalMs` from its start. */
export class PdfDeadlineError extends Error {
  override readonly name = 'PdfDeadlineError';
}

export interface PdfStreamLimits {
  maxBytes: number;
  /** How long the client may leave a full queue unread before the stream, and the upstream, are cut off. */
  stallMs: number;
  /** The longest the whole stream may last, however it is read. */
  totalMs: number;
}

export type PdfOutcome = 'complete' | 'failed' | 'cancelled';

export type PdfStart =
  { ok: true; stream: ReadableStream<Uint8Array> } | { ok: false; reason: 'not-pdf' | 'too-large' };

/**
 * Checks that a body starts like a PDF, then streams it on. Three clocks end the hold on the upstream
 * connection: `deadline`, refreshed per chunk, while waiting for upstream (a stalled upstream); `stallMs` while
 * waiting for the client (one that stopped reading); `totalMs` over everything (a drip that never ends). Any of
 * them cancels the upstream body and errors the stream (the server then closes the connection); so does a body
 * past `maxBytes`. A client that goes away cancels the stream, and with it the upstream. `onEnd` is told how
 * the stream finished.
 */
export async function startPdfStream(
  body: ReadableStream<Uint8Array>,
  limits: PdfStreamLimits,
  deadline: Deadline,
  onEnd: (outcome: PdfOutcome, error?: unknown) => void,
): Promise<PdfStart> {
  const reader = body.getReader();
  const head = await readPdfHead(reader);
  if (!head.isPdf || head.total > limits.maxBytes) {
    await reader.cancel().catch(() => undefined);
    deadline.dispose();
    return { ok: false, reason: head.isPdf ? 'too-large' : 'not-pdf' };
  }
  deadline.pause();

  let total = head.total;
  let ended = false;
  let stallTimer: ReturnType<typeof setTimeout> | undefined;
  let totalTimer: ReturnType<typeof setTimeout> | undefined;
  const finish = (outcome: PdfOutcome, error?: unknown): void => {
    if (ended) return;
    ended = true;
    clearTimeout(stallTimer);
    clearTimeout(totalTimer);
    deadline.dispose();
    onEnd(outcome, error);
  };
  let stop: (error: Error) => void = () => undefined;
  const waitForClient = (controller: ReadableStreamDefaultController<Uint8Array>): void => {
    clearTimeout(stallTimer);
    if ((controller.desiredSize ?? 0) <= 0)
      stallTimer = setTimeout(
        () => stop(new PdfClientStalledError('The client stopped reading the PDF.')),
        limits.stallMs,
      );
  };

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      stop = (error) => {
        if (ended) return;
        void reader.cancel(error).catch(() => undefined);
        controller.error(error);
        finish('failed', error);
      };
      totalTimer = setTimeout(() => stop(new PdfDeadlineError('The PDF took too long.')), limits.totalMs);
      for (const chunk of head.chunks) controller.enqueue(chunk);
      waitForClient(controller);
    },
    async pull(controller) {
      clearTimeout(stallTimer);
      deadline.refresh();
      try {
        const { done, value } = await reader.read();
        deadline.pause();
        if (ended) return;
        if (done) {
          controller.close();
          finish('complete');
          return;
        }
        total += value.byteLength;
        if (total > limits.maxBytes) throw new PdfTooLargeError(`PDF larger than ${limits.maxBytes} bytes`);
        controller.enqueue(value);
        waitForClient(controller);
      } catch (error) {
        if (ended) return;
        await reader.cancel().catch(() => undefined);
        controller.error(error);
        finish('failed', error);
      }
    },
    async cancel(reason) {
      finish('cancelled');
      await reader.cancel(reason).catch(() => undefined);
    },
  });
  return { ok: true, stream };
}
