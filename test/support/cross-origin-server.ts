// A stand-in for the Legit.Health iframe on another origin, for real two-origin browser
// tests. It serves one page, /frame.html, that posts messages to `window.parent` when
// told to: either from the `post` query parameter (a JSON array) on load, or on command
// from its parent: `{ cmd: 'post', commandId, messages }` with a MessagePort transferred
// alongside, on which it acknowledges with `commandId` after posting (the ack goes over the
// port, not over window.postMessage, so the page under test never sees it). A message whose
// id is "{{company}}" carries the frame's own `company` parameter instead.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CrossOriginServer {
  /** `http://127.0.0.1:<port>`: an origin distinct from the test page's. */
  readonly origin: string;
  close(): Promise<void>;
}

const FRAME_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Simulated Legit.Health iframe</title></head>
<body>
<p>Simulated iframe</p>
<script>
(function () {
  var seen = {};
  // "{{company}}" in a message stands for the key this document was loaded with.
  var company = new URLSearchParams(location.search).get('company');
  function send(data) {
    if (data && data.id === '{{company}}') data = Object.assign({}, data, { id: company });
    window.parent.postMessage(data, '*');
  }
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    var cmd = event.data;
    if (!cmd || cmd.cmd !== 'post' || !Array.isArray(cmd.messages)) return;
    // The parent retries until acknowledged; run each command once.
    if (!seen[cmd.commandId]) {
      seen[cmd.commandId] = true;
      cmd.messages.forEach(send);
    }
    if (event.ports[0]) event.ports[0].postMessage(cmd.commandId);
  });
  var post = new URLSearchParams(location.search).get('post');
  if (post !== null) JSON.parse(post).forEach(send);
})();
</script>
</body>
</html>`;

export async function startCrossOriginServer(): Promise<CrossOriginServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (request.method !== 'GET' || path !== '/frame.html') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        // Embeddable by a test page that opts into cross-origin isolation.
        'cross-origin-resource-policy': 'cross-origin',
      })
      .end(FRAME_PAGE);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
