import type { Deadline } from './deadline';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export class PdfTooLargeError extends Error {
  override readonly name = 'PdfTooLargeError';
}

export type PdfStart =
  { ok: true; stream: ReadableStream<Uint8Array> } | { ok: false; reason: 'not-pdf' | 'too-large' };

/**
 * Checks that a body starts like a PDF, then streams it on: the deadline runs only while waiting for upstream
 * (so a slow reader is not mistaken for a stalled upstream), and the stream errors past `maxBytes`.
 * `onEnd` is told how the stream finished.
 */
export async function startPdfStream(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  deadline: Deadline,
  onEnd: (outcome: 'complete' | 'failed' | 'cancelled', error?: unknown) => void,
): Promise<PdfStart> {
  const reader = body.getReader();
  const head: Uint8Array[] = [];
  let total = 0;
  while (total < PDF_MAGIC.length) {
    const { done, value } = await reader.read();
    if (done) break;
    head.push(value);
    total += value.byteLength;
  }
  const first = new Uint8Array(Math.min(total, PDF_MAGIC.length));
  let offset = 0;
  for (const chunk of head) {
    if (offset >= first.length) break;
    const part = chunk.subarray(0, first.length - offset);
    first.set(part, offset);
    offset += part.byteLength;
  }
  const finish = (outcome: 'complete' | 'failed' | 'cancelled', error?: unknown): void => {
    deadline.dispose();
    onEnd(outcome, error);
  };
  const isPdf = first.length === PDF_MAGIC.length && PDF_MAGIC.every((byte, i) => first[i] === byte);
  if (!isPdf || total > maxBytes) {
    await reader.cancel().catch(() => undefined);
    deadline.dispose();
    return { ok: false, reason: isPdf ? 'too-large' : 'not-pdf' };
  }
  deadline.pause();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of head) controller.enqueue(chunk);
    },
    async pull(controller) {
      deadline.refresh();
      try {
        const { done, value } = await reader.read();
        deadline.pause();
        if (done) {
          controller.close();
          finish('complete');
          return;
        }
        total += value.byteLength;
        if (total > maxBytes) throw new PdfTooLargeError(`PDF larger than ${maxBytes} bytes`);
        controller.enqueue(value);
      } catch (error) {
        await reader.cancel().catch(() => undefined);
        controller.error(error);
        finish('failed', error);
      }
    },
    async cancel(reason) {
      await reader.cancel(reason).catch(() => undefined);
      finish('cancelled');
    },
  });
  return { ok: true, stream };
}
