/**
 * The clinic-portal demo page: the (simulated) Legit.Health iframe on the left, the
 * widget on the right, a toolbar for locale and format, and a log of what the widget heard.
 */
import { StrictMode, useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LegitIframe, LegitReportViewer } from '../../src/index.ts';
import type { DemoConfig } from '../vite-plugin.ts';
import './portal.css';

type Locale = 'en' | 'es';
type Format = 'raw' | 'fhir';

interface LogEntry {
  id: number;
  at: string;
  kind: 'info' | 'warn' | 'error';
  text: string;
}

const COPY = {
  en: {
    portal: 'Clinic portal — demo',
    patient: 'Demo patient · Dermatology consultation',
    language: 'Language',
    format: 'Report format',
    restart: 'Restart analysis',
    newPatient: 'New patient',
    kept: (n: number) =>
      n === 0
        ? 'No earlier report kept for this patient.'
        : `Report ids kept for this patient: ${n} (passed as history).`,
    analysis: 'Skin analysis',
    report: 'Report',
    log: 'Messages heard by the widget',
    logEmpty: 'Nothing yet. Pick a case in the iframe and finish the analysis.',
    mock: 'Sample cases (mock S2S API)',
    live: 'Live S2S API',
    loading: 'Starting the demo…',
    security: 'Security check',
    securityText:
      'Forged messages carry a real case id, yet the widget must ignore them: the log shows why, and the report stays as it is.',
    forgeThirdOrigin: 'Post a forged analysis_completed from another origin',
    forgeSelf: 'Post from this page itself',
    origins: (iframe: string, sender: string) => `Legit.Health iframe: ${iframe} · forged sender: ${sender}`,
  },
  es: {
    portal: 'Portal de la clínica — demo',
    patient: 'Paciente de demostración · Consulta de dermatología',
    language: 'Idioma',
    format: 'Formato del informe',
    restart: 'Reiniciar el análisis',
    newPatient: 'Nuevo paciente',
    kept: (n: number) =>
      n === 0
        ? 'No se guarda ningún informe anterior de este paciente.'
        : `Id de informes guardados de este paciente: ${n} (se pasan como historial).`,
    analysis: 'Análisis de la piel',
    report: 'Informe',
    log: 'Mensajes recibidos por el widget',
    logEmpty: 'Nada todavía. Elija un caso en el iframe y finalice el análisis.',
    mock: 'Casos de ejemplo (API S2S simulada)',
    live: 'API S2S real',
    loading: 'Iniciando la demo…',
    security: 'Comprobación de seguridad',
    securityText:
      'Los mensajes falsificados llevan el id de un caso real, pero el widget debe ignorarlos: el registro muestra por qué y el informe no cambia.',
    forgeThirdOrigin: 'Enviar un analysis_completed falsificado desde otro origen',
    forgeSelf: 'Enviar desde esta misma página',
    origins: (iframe: string, sender: string) => `Iframe de Legit.Health: ${iframe} · remitente falsificado: ${sender}`,
  },
} as const;

function parseSecurityCheck(json: unknown): DemoConfig['securityCheck'] | null {
  if (typeof json !== 'object' || json === null) return null;
  const senderOrigin = 'senderOrigin' in json ? json.senderOrigin : undefined;
  const reportId = 'reportId' in json ? json.reportId : undefined;
  if (typeof senderOrigin !== 'string' || typeof reportId !== 'string') return null;
  return { senderOrigin, reportId };
}

function parseDemoConfig(json: unknown): DemoConfig | null {
  if (typeof json !== 'object' || json === null) return null;
  const iframeOrigin = 'iframeOrigin' in json ? json.iframeOrigin : undefined;
  const mode = 'mode' in json ? json.mode : undefined;
  const proxyUrl = 'proxyUrl' in json ? json.proxyUrl : undefined;
  const securityCheck = parseSecurityCheck('securityCheck' in json ? json.securityCheck : undefined);
  if (
    typeof iframeOrigin !== 'string' ||
    typeof proxyUrl !== 'string' ||
    (mode !== 'mock' && mode !== 'live') ||
    !securityCheck
  )
    return null;
  return { iframeOrigin, mode, proxyUrl, securityCheck };
}

const expiry = (at: string | null) => (at === null ? 'unknown' : new Date(at).toLocaleTimeString());

function Segmented<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange(value: T): void;
}) {
  return (
    <fieldset className="portal-segmented">
      <legend>{props.legend}</legend>
      <div className="portal-segmented-options">
        {props.options.map((o) => (
          <label key={o.value} className={o.value === props.value ? 'is-active' : undefined}>
            <input
              type="radio"
              name={props.name}
              value={o.value}
              checked={o.value === props.value}
              onChange={() => props.onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Portal({ config }: { config: DemoConfig }) {
  const [locale, setLocale] = useState<Locale>('en');
  const [format, setFormat] = useState<Format>('raw');
  const [session, setSession] = useState(0);
  const [log, setLog] = useState<LogEntry[]>([]);
  // What a real portal keeps in its own records: the report ids heard for the patient in front
  // of it, passed to the widget as `history` (the widget ignores the one it shows).
  const [heardIds, setHeardIds] = useState<readonly string[]>([]);
  // How many times the forged sender was loaded: each new count reloads its hidden iframe, which posts once per load.
  const [forgeRuns, setForgeRuns] = useState(0);
  const iframeRef = useRef<HTMLIFrameElement>(null);
  const nextLogId = useRef(0);
  const t = COPY[locale];

  const note = useCallback((kind: LogEntry['kind'], text: string) => {
    const entry = { id: nextLogId.current++, at: new Date().toLocaleTimeString(), kind, text };
    setLog((entries) => [entry, ...entries].slice(0, 30));
  }, []);

  const restart = () => setSession((s) => s + 1);
  const newPatient = () => {
    setHeardIds([]);
    restart();
  };
  const changeLocale = (next: Locale) => {
    setLocale(next);
    restart();
  };

  const { senderOrigin, reportId: forgedId } = config.securityCheck;
  const forgeFromThirdOrigin = () => {
    note('info', `security check: a page on ${senderOrigin} posts analysis_completed for a real case id`);
    setForgeRuns((n) => n + 1);
  };
  const forgeFromThisPage = () => {
    note('info', `security check: this page (${window.location.origin}) posts analysis_completed for a real case id`);
    window.postMessage({ message: 'analysis_completed', id: forgedId }, window.location.origin);
  };

  return (
    <div className="portal">
      <header className="portal-header">
        <div className="portal-brand">
          <span className="portal-logo" aria-hidden="true">
            +
          </span>
          <div>
            <h1>{t.portal}</h1>
            <p className="portal-sub">{t.patient}</p>
          </div>
        </div>
        <div className="portal-toolbar">
          <Segmented<Locale>
            legend={t.language}
            name="locale"
            value={locale}
            onChange={changeLocale}
            options={[
              { value: 'en', label: 'English' },
              { value: 'es', label: 'Español' },
            ]}
          />
          <Segmented<Format>
            legend={t.format}
            name="format"
            value={format}
            onChange={setFormat}
            options={[
              { value: 'raw', label: 'Raw JSON' },
              { value: 'fhir', label: 'FHIR' },
            ]}
          />
          <button type="button" className="portal-button" onClick={restart}>
            {t.restart}
          </button>
          <button type="button" className="portal-button" onClick={newPatient}>
            {t.newPatient}
          </button>
        </div>
      </header>

      <p className={`portal-mode portal-mode-${config.mode}`}>{config.mode === 'mock' ? t.mock : t.live}</p>

      <main className="portal-main">
        <section className="portal-card portal-iframe-card" aria-labelledby="portal-analysis-title">
          <h2 id="portal-analysis-title" className="portal-card-title">
            {t.analysis}
          </h2>
          {/* A fresh short-lived key per iframe session, minted by the proxy and renewed when the frame refuses it. */}
          <LegitIframe
            key={`${session}-${locale}`}
            ref={iframeRef}
            baseUrl={config.iframeOrigin}
            appKeyUrl={`${config.proxyUrl}/company-app-keys`}
            locale={locale}
            className="portal-iframe"
            onAppKey={(key) =>
              note('info', `company key minted: ${key.appKey.slice(0, 8)}… (expires ${expiry(key.expiresAt)})`)
            }
            onAppKeyError={(error) => note('error', `company key: ${error.code}`)}
            onInvalidCompanyKey={() => note('error', 'the renewed company key was refused too: no further attempt')}
          />
        </section>

        <section className="portal-card portal-report-card" aria-labelledby="portal-report-title">
          <h2 id="portal-report-title" className="portal-card-title">
            {t.report}
          </h2>
          <p className="portal-kept">{t.kept(heardIds.length)}</p>
          <LegitReportViewer
            proxyUrl={config.proxyUrl}
            allowedOrigins={[config.iframeOrigin]}
            iframeRef={iframeRef}
            format={format}
            locale={locale}
            // The mock upstream's images come from this dev server over http; the live API's are https.
            allowHttpLoopbackUrls={config.mode === 'mock'}
            history={heardIds}
            onReportId={(id) => {
              note('info', `analysis_completed: ${id}`);
              setHeardIds((ids) => (ids.includes(id) ? ids : [...ids, id]));
            }}
            onReport={(report) =>
              note('info', `report shown: ${report.source}, ${report.conclusions.length} conclusions`)
            }
            onError={(error) => note('error', `error: ${error.code}`)}
            onInvalidCompanyKey={(key) => note('warn', `invalid_company_key: ${key}`)}
            onImageRejected={(reasons) => note('warn', `image_rejected: ${reasons.length} reason(s)`)}
            onMessageRejected={(reason, info) =>
              note('warn', `message dropped (${reason}) from ${info.origin}: ${info.detail}`)
            }
          />
        </section>
      </main>

      <section className="portal-card portal-security" aria-labelledby="portal-security-title">
        <h2 id="portal-security-title" className="portal-card-title">
          {t.security}
        </h2>
        <p className="portal-security-text">{t.securityText}</p>
        <p className="portal-security-text portal-security-origins">{t.origins(config.iframeOrigin, senderOrigin)}</p>
        <div className="portal-security-actions">
          <button type="button" className="portal-button" onClick={forgeFromThirdOrigin}>
            {t.forgeThirdOrigin}
          </button>
          <button type="button" className="portal-button" onClick={forgeFromThisPage}>
            {t.forgeSelf}
          </button>
        </div>
        {forgeRuns > 0 ? (
          // A new src per run reloads the same frame; hidden, it still loads and runs its script.
          <iframe
            hidden
            title="Forged sender (security check)"
            src={`${senderOrigin}/?id=${encodeURIComponent(forgedId)}&run=${forgeRuns}`}
          />
        ) : null}
      </section>

      <aside className="portal-card portal-log" aria-labelledby="portal-log-title">
        <h2 id="portal-log-title" className="portal-card-title">
          {t.log}
        </h2>
        {log.length === 0 ? (
          <p className="portal-log-empty">{t.logEmpty}</p>
        ) : (
          <ol className="portal-log-list">
            {log.map((e) => (
              <li key={e.id} className={`portal-log-${e.kind}`}>
                <time>{e.at}</time> <span>{e.text}</span>
              </li>
            ))}
          </ol>
        )}
      </aside>
    </div>
  );
}

function App() {
  const [state, setState] = useState<
    { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; config: DemoConfig }
  >({ status: 'loading' });
  useEffect(() => {
    fetch('/demo-config.json')
      .then((r) => r.json())
      .then((json: unknown) => {
        const config = parseDemoConfig(json);
        setState(
          config ? { status: 'ready', config } : { status: 'error', message: 'The demo configuration is malformed.' },
        );
      })
      .catch(() => setState({ status: 'error', message: 'The demo server did not answer /demo-config.json.' }));
  }, []);
  if (state.status === 'ready') return <Portal config={state.config} />;
  return (
    <p className={state.status === 'error' ? 'portal-fatal' : 'portal-loading'}>
      {state.status === 'error' ? state.message : COPY.en.loading}
    </p>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
