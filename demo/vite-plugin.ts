/**
 * Runs the whole demo inside `vite` dev: the mock S2S upstream, the proxy at /api/legit,
 * and the simulated iframe on its own origin. With LEGIT_API_URL and LEGIT_API_TOKEN set,
 * the proxy goes to the real S2S API instead and the portal embeds the real iframe
 * (LEGIT_IFRAME_URL, default production). The portal reads `/demo-config.json`.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Plugin, ViteDevServer } from 'vite';
import { LEGIT_IFRAME_ORIGIN } from '../src/messages/origins.ts';
import { createLegitProxy, readProxyConfigFromEnv, type LegitProxyOptions } from '../src/proxy/index.ts';
import { findCaseByKey } from './cases/cases.ts';
import { imageLinkExpired } from './cases/spec.ts';
import { startForgedSenderServer } from './server/forged-sender-server.ts';
import { startIframeServer, type IframeServer } from './server/iframe-server.ts';
import { startMockUpstream, type MockUpstream } from './server/mock-upstream.ts';

export const PROXY_BASE_PATH = '/api/legit';
export const DEMO_CONFIG_PATH = '/demo-config.json';
/** The real sample case whose id the portal's security check forges (a report an attacker would like shown). */
export const FORGED_CASE_KEY = 'pigmented-lesion';

/** What the portal page learns from `/demo-config.json`. */
export interface DemoConfig {
  /** The simulated iframe's origin, e.g. `http://127.0.0.1:40567`. */
  iframeOrigin: string;
  /** `mock`: sample cases from the mock upstream; `live`: the real S2S API. */
  mode: 'mock' | 'live';
  proxyUrl: string;
  /** The portal's "Security check": forged messages the widget must refuse. */
  securityCheck: {
    /** A third origin (neither the portal's nor the iframe's) serving a page that posts a forged message. */
    senderOrigin: string;
    /** The id the forged `analysis_completed` carries: a real sample case's. */
    reportId: string;
  };
}

export interface LegitDemoPluginOptions {
  /** Environment to read LEGIT_API_URL / LEGIT_API_TOKEN from. Default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Artificial mock latency in milliseconds, to see loading states. Default 0. */
  mockDelayMs?: number;
}

/** Who the demo portal says is signed in: its one clinician, named in the proxy's rate limit and audit lines. */
export const DEMO_PRINCIPAL = 'demo-clinician';

/**
 * The demo portal's session check. A real portal looks up the clinician's session from the request's cookie
 * and checks the report belongs to it; the demo has one clinician and no sign-in, so every request is theirs.
 */
const demoAccess: Pick<LegitProxyOptions, 'authorize' | 'authorizeCompanyAppKey'> = {
  authorize: () => ({ principal: DEMO_PRINCIPAL }),
  authorizeCompanyAppKey: () => ({ principal: DEMO_PRINCIPAL }),
};

/** The dev server's own origin, as the browser sees it (images in mock reports point here). */
function devServerOrigin(server: ViteDevServer): string {
  const resolved = server.resolvedUrls?.local[0];
  if (resolved) return new URL(resolved).origin;
  const address = server.httpServer?.address();
  const port =
    address !== null && typeof address === 'object' && address !== undefined ? address.port : server.config.server.port;
  // `localhost`, not 127.0.0.1: the report parser accepts http: image URLs only on loopback names.
  return `http://localhost:${port ?? 5173}`;
}

/** `LEGIT_IFRAME_URL` (an https origin, e.g. the pre-production iframe), else production. */
function liveIframeOrigin(env: Readonly<Record<string, string | undefined>>): string {
  const raw = env.LEGIT_IFRAME_URL?.trim();
  if (!raw) return LEGIT_IFRAME_ORIGIN;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('LEGIT_IFRAME_URL is not an absolute URL');
  }
  if (url.protocol !== 'https:') throw new Error('LEGIT_IFRAME_URL must use https:');
  return url.origin;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function legitDemoPlugin(pluginOptions: LegitDemoPluginOptions = {}): Plugin {
  let closing: Promise<void> | null = null;
  const closers: Array<() => Promise<void>> = [];
  const closeAll = (): Promise<void> => {
    closing ??= Promise.allSettled(closers.map((close) => close())).then(() => undefined);
    return closing;
  };

  return {
    name: 'legit-report-viewer-demo',
    apply: 'serve',
    async configureServer(server) {
      const env = pluginOptions.env ?? process.env;
      const live = Boolean(env.LEGIT_API_URL?.trim() && env.LEGIT_API_TOKEN?.trim());

      let upstream: MockUpstream | null = null;
      let proxyOptions: LegitProxyOptions;
      if (live) {
        // Throws a ProxyConfigError naming the bad variable (never its value). The demo checks sessions itself
        // (demoAccess), so the CLI's session-check variables do not apply here.
        const { LEGIT_AUTH_URL: _url, LEGIT_COMPANY_APP_KEYS: _keys, ...upstreamEnv } = env;
        const fromEnv = readProxyConfigFromEnv({ ...upstreamEnv, LEGIT_AUTH: 'none' }).options;
        proxyOptions = { ...fromEnv, ...demoAccess, basePath: PROXY_BASE_PATH, companyAppKeys: true };
      } else {
        const token = randomBytes(24).toString('base64url');
        upstream = await startMockUpstream({
          token,
          imageBaseUrl: () => devServerOrigin(server),
          delayMs: pluginOptions.mockDelayMs,
        });
        closers.push(upstream.close);
        proxyOptions = {
          apiBaseUrl: `${upstream.url}/s2s-api/v3`,
          apiToken: token,
          basePath: PROXY_BASE_PATH,
          companyAppKeys: true,
          ...demoAccess,
          // Everyone is the one demo principal: the default 60 a minute would throttle the end-to-end
          // suite, which renews keys two dozen times in a few seconds.
          rateLimit: { limit: 600, windowMs: 60_000 },
        };
      }

      // Live mode embeds the real Legit.Health iframe (its reports exist upstream; the samples do not).
      let iframeOrigin: string;
      if (upstream) {
        const mock = upstream;
        const iframe: IframeServer = await startIframeServer({
          companyKeyStatus: (key) => {
            const expiresAt = mock.appKeys.get(key);
            return expiresAt !== undefined && Date.parse(expiresAt) > Date.now();
          },
        });
        closers.push(iframe.close);
        iframeOrigin = iframe.origin;
      } else {
        iframeOrigin = liveIframeOrigin(env);
      }
      const forgedSender = await startForgedSenderServer();
      closers.push(forgedSender.close);
      const forgedCase = findCaseByKey(FORGED_CASE_KEY);
      if (!forgedCase) throw new Error(`demo: no sample case "${FORGED_CASE_KEY}" to forge`);
      server.httpServer?.once('close', () => void closeAll());

      const proxy = createLegitProxy(proxyOptions);
      // Leave Node's global Request/Response alone: Vite shares this process.
      const proxyListener = getRequestListener((request, nodeEnv) => proxy.fetch(request, nodeEnv), {
        overrideGlobalObjects: false,
      });

      const config: DemoConfig = {
        iframeOrigin,
        mode: live ? 'live' : 'mock',
        proxyUrl: PROXY_BASE_PATH,
        securityCheck: { senderOrigin: forgedSender.origin, reportId: forgedCase.encryptedId },
      };
      server.config.logger.info(
        upstream
          ? `\n  Legit demo (mock): simulated iframe at ${iframeOrigin}, proxy at ${PROXY_BASE_PATH}, mock S2S API at ${upstream.url}`
          : `\n  Legit demo (live): iframe ${iframeOrigin}, proxy at ${PROXY_BASE_PATH} to the S2S API at LEGIT_API_URL`,
      );

      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path === DEMO_CONFIG_PATH) {
          sendJson(res, 200, config);
          return;
        }
        // Signed image links stop working when they expire, as the API's do.
        if (path.startsWith('/samples/') && imageLinkExpired(req.url ?? '/')) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('This signed image URL has expired.');
          return;
        }
        if (path === PROXY_BASE_PATH || path.startsWith(`${PROXY_BASE_PATH}/`)) {
          proxyListener(req, res).catch(next);
          return;
        }
        next();
      });
    },
    async closeBundle() {
      await closeAll();
    },
  };
}
