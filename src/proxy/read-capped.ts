import { bodyInMemory } from './in-memory-body';

export type CappedBody = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' };

/** Reads a whole body, giving up (and cancelling the stream) as soon as it exceeds `maxBytes`. */
export async function readCappedBody(response: Response, maxBytes: number): Promise<CappedBody> {
  const held = bodyInMemory(response);
  if (held !== undefined)
    return held.byteLength > maxBytes ? { ok: false, reason: 'too-large' } : { ok: true, bytes: held };
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, reason: 'too-large' };
  }
  if (response.body === null) return { ok: true, bytes: new Uint8Array(0) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: 'too-large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
