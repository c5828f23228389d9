// Answers whose whole body a transport already holds in memory (the Node transport's small answers,
// node-fetch.ts): the proxy reads those bytes as they are instead of through the body's stream. The
// Response keeps its body too, for any code that reads it the usual way.
const bodies = new WeakMap<Response, Uint8Array>();

/** Records that `response`'s body is `bytes`; returns the response. */
export function withBodyInMemory(response: Response, bytes: Uint8Array): Response {
  bodies.set(response, bytes);
  return response;
}

/** The body of `response` when a transport recorded it, else undefined (then read the stream). */
export function bodyInMemory(response: Response): Uint8Array | undefined {
  return bodies.get(response);
}
