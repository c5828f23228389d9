/// <reference types="node" />
// The upstream transport of the proxy on Node: `node:http`/`node:https` over keep-alive connections,
// behind the `fetch` signature the proxy calls (`options.fetch`). Node's global fetch (undici) spends
// several times the CPU of a plain keep-alive request on each call; the proxy's own rules (headers
// built from scratch, no redirects, the deadline, the size caps) are unchanged, as they live in the
// code that calls this.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { withBodyInMemory } from './in-memory-body';

/** Successful JSON answers up to this size are read here in one go (a report); larger ones stream. */
const BUFFERED_MAX_BYTES = 256 * 1024;

export interface NodeFetch {
  fetch: typeof fetch;
  /** Closes the idle keep-alive connections (at shutdown). */
  close(): void;
}

const DECODERS: Record<string, () => Transform> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

function headersOf(message: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = message.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  return headers;
}

/** A body read whole (`bytes`), or the start of one too large to hold, with the rest streaming. */
type Body = { bytes: Uint8Array<ArrayBuffer> } | { stream: ReadableStream<Uint8Array> };

const streamed = (stream: Readable): Body => ({ stream: Readable.toWeb(stream) as ReadableStream<Uint8Array> });

/**
 * The body as fetch would give it, decoded as fetch decodes it. A successful JSON answer (a report) is
 * read here at once, up to BUFFERED_MAX_BYTES, past which the rest streams after what was read; any
 * other body (a PDF, an error) streams from its first byte, exactly as with fetch.
 */
function bodyOf(message: IncomingMessage): Promise<Body> {
  const decoder = DECODERS[(message.headers['content-encoding'] ?? '').trim().toLowerCase()];
  if (decoder !== undefined) {
    const decoded = message.pipe(decoder());
    message.once('error', (error) => decoded.destroy(error));
    return Promise.resolve(streamed(decoded));
  }
  const status = message.statusCode ?? 0;
  const json = (message.headers['content-type'] ?? '').includes('json');
  if (!json || status < 200 || status > 299) return Promise.resolve(streamed(message));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size <= BUFFERED_MAX_BYTES) return;
      message.off('data', onData);
      message.pause();
      message.unshift(Buffer.concat(chunks, size));
      resolve(streamed(message));
    };
    message.on('data', onData);
    // A Buffer is a Uint8Array; the DOM typings only want its buffer to be a plain ArrayBuffer.
    message.once('end', () => resolve({ bytes: Buffer.concat(chunks, size) as Uint8Array<ArrayBuffer> }));
    message.once('error', reject);
    // A connection that closes before the body is complete (a drop, or our own abort).
    message.once('close', () => {
      if (!message.complete) reject(new Error('the upstream closed the connection mid-body'));
    });
  });
}

/** A plain `{ name: value }` for node:http, from what the proxy passes as `init.headers` (a record, as a rule). */
function plainHeaders(init: HeadersInit | undefined): Record<string, string> {
  if (init !== undefined && !(init instanceof Headers) && !Array.isArray(init)) return { ...init };
  const out: Record<string, string> = {};
  new Headers(init).forEach((value, name) => (out[name] = value));
  return out;
}

/**
 * A `fetch` for the proxy's upstream calls on Node. It supports what they use (GET/POST, headers, a string
 * body, `signal`) and never follows redirects, like `redirect: 'manual'`.
 */
export function createNodeFetch(): NodeFetch {
  const agents = {
    'http:': new HttpAgent({ keepAlive: true, scheduling: 'lifo' }),
    'https:': new HttpsAgent({ keepAlive: true, scheduling: 'lifo' }),
  };
  const nodeFetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const signal = init.signal ?? undefined;
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return Promise.reject(new TypeError(`unsupported protocol ${url.protocol}`));
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<Response>((resolve, reject) => {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const body = typeof init.body === 'string' ? init.body : undefined;
      const headers = plainHeaders(init.headers);
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const request = send(url, {
        method: init.method ?? 'GET',
        agent: agents[url.protocol as 'http:' | 'https:'],
        headers,
      });
      // As fetch does: a cancelled call rejects with the signal's reason, a failed one with a TypeError.
      const failed = (error: unknown) =>
        reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
      const onAbort = () => request.destroy(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      request.once('error', (error) => {
        done();
        failed(error);
      });
      request.once('response', (message) => {
        message.once('close', done);
        const status = message.statusCode ?? 0;
        let init: ResponseInit;
        try {
          init = { status, statusText: message.statusMessage ?? '', headers: headersOf(message) };
          // Statuses that carry no body (a 204, or a 304) must not be given one.
          if (status === 204 || status === 205 || status === 304) {
            message.resume();
            return resolve(new Response(null, init));
          }
        } catch (error) {
          // A status or a header no Response can hold: a broken upstream, like a network failure.
          message.destroy();
          return failed(error);
        }
        bodyOf(message).then((body) => {
          try {
            resolve(
              'bytes' in body
                ? withBodyInMemory(new Response(body.bytes, init), body.bytes)
                : new Response(body.stream, init),
            );
          } catch (error) {
            failed(error);
          }
        }, failed);
      });
      request.end(body);
    });
  };
  return {
    fetch: nodeFetch as typeof fetch,
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
