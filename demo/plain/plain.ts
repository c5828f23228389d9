/**
 * The plain-HTML portal (`/plain.html` in `npm start`): the custom elements with the same
 * simulated iframe, proxy and mock upstream as the React demo, wired with DOM calls only.
 */
import '../../src/element/index';

interface PlainDemoConfig {
  iframeOrigin: string;
  proxyUrl: string;
}

function readConfig(json: unknown): PlainDemoConfig | null {
  if (typeof json !== 'object' || json === null) return null;
  const iframeOrigin = 'iframeOrigin' in json ? json.iframeOrigin : undefined;
  const proxyUrl = 'proxyUrl' in json ? json.proxyUrl : undefined;
  if (typeof iframeOrigin !== 'string' || typeof proxyUrl !== 'string') return null;
  return { iframeOrigin, proxyUrl };
}

/** A short-lived iframe key minted by the proxy (the S2S token stays on the server). */
async function mintCompanyKey(proxyUrl: string): Promise<string | null> {
  const response = await fetch(`${proxyUrl}/company-app-keys`, { method: 'POST' }).catch(() => null);
  if (!response?.ok) return null;
  const body: unknown = await response.json().catch(() => null);
  const key = typeof body === 'object' && body !== null && 'appKey' in body ? body.appKey : null;
  return typeof key === 'string' && key !== '' ? key : null;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const frame = byId<HTMLElementTagNameMap['legit-iframe']>('legit-frame');
const viewer = byId<HTMLElementTagNameMap['legit-report-viewer']>('viewer');
const status = byId<HTMLParagraphElement>('status');
const log = byId<HTMLOListElement>('log');
const toolbar = byId<HTMLFormElement>('toolbar');

function note(text: string): void {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  log.prepend(item);
}

viewer.addEventListener('legit-report-id', (e) => note(`legit-report-id: ${e.detail.reportId}`));
viewer.addEventListener('legit-report', (e) => note(`legit-report: ${e.detail.report.conclusions.length} conclusions`));
viewer.addEventListener('legit-error', (e) => note(`legit-error: ${e.detail.error.code}`));
viewer.addEventListener('legit-message-rejected', (e) =>
  note(`legit-message-rejected (${e.detail.reason}) from ${e.detail.info.origin}`),
);
viewer.addEventListener('legit-invalid-company-key', () => note('legit-invalid-company-key'));
viewer.addEventListener('legit-image-rejected', (e) => note(`legit-image-rejected: ${e.detail.reasons.length}`));
document.addEventListener('legit-config-error', (e) => note(`legit-config-error: ${e.detail.error.message}`));

async function start(locale: string): Promise<void> {
  const config = readConfig(await (await fetch('/demo-config.json')).json());
  if (!config) {
    status.textContent = 'The demo server did not answer /demo-config.json.';
    return;
  }
  viewer.proxyUrl = config.proxyUrl; // the same as in the HTML; a portal may also set it from its config
  viewer.allowedOrigins = [config.iframeOrigin];
  const key = await mintCompanyKey(config.proxyUrl);
  status.textContent = key
    ? `Simulated Legit.Health iframe on ${config.iframeOrigin}; pick a case and finish the analysis.`
    : 'Could not mint a company key through the proxy.';
  frame.baseUrl = config.iframeOrigin;
  frame.locale = locale;
  frame.company = key ?? 'demo-company-key-not-minted';
}

toolbar.addEventListener('change', (event) => {
  const field = event.target as HTMLInputElement | HTMLSelectElement;
  if (field.name === 'locale') {
    viewer.locale = field.value;
    frame.locale = field.value;
  } else if (field.name === 'theme') {
    viewer.setAttribute('theme', field.value);
  } else if (field.name === 'hostile' && field instanceof HTMLInputElement) {
    byId<HTMLLinkElement>('hostile-css').disabled = !field.checked;
  } else if (field.name === 'accent' && field instanceof HTMLInputElement) {
    document.body.classList.toggle('plain-accent', field.checked);
  }
});

void start('en');
