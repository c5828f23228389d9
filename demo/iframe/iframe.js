// The simulated Legit.Health iframe. It talks to its parent exactly as Legit.Health
// documents: window.parent.postMessage({ message, id, payload? }, targetOrigin), and it
// names the portal's origin as targetOrigin so the id reaches no other page.
/* global fetch */

const params = new URL(window.location.href).searchParams;
const company = params.get('company') ?? '';
const locale = params.get('locale') === 'es' ? 'es' : 'en';

// Static texts carry `data-t` keys (English in index.html); the status lines are built here.
const TEXT = {
  en: {
    documentTitle: 'Legit.Health (simulated iframe)',
    notEmbedded: 'Not embedded in a portal page: nothing to send.',
    sent: (what, to) => `Sent ${what} to ${to}`,
    failed: 'The simulated iframe failed to start.',
    none: '(none)',
    blurry: 'The image is blurry',
    notSkin: 'The image does not show skin',
  },
  es: {
    documentTitle: 'Legit.Health (iframe simulado)',
    notEmbedded: 'No está incrustado en una página de portal: no hay nada que enviar.',
    sent: (what, to) => `Enviado ${what} a ${to}`,
    failed: 'El iframe simulado no ha podido iniciarse.',
    none: '(ninguna)',
    blurry: 'La imagen está desenfocada',
    notSkin: 'La imagen no muestra piel',
    title: 'Análisis de la piel',
    simulated: 'Iframe de Legit.Health simulado',
    pick: 'Elija un caso de ejemplo',
    finish: 'Finalizar el análisis',
    other: 'Otros mensajes',
    expireKey: 'Dejar caducar esta clave de empresa',
    invalidKey: 'Enviar invalid_company_key',
    imageRejected: 'Enviar image_rejected',
    refusedTitle: 'Este iframe no ha podido cargarse',
    refusedText: 'La clave de empresa no es válida o ha caducado.',
    company: 'Clave de empresa',
  },
};
const t = TEXT[locale];

const $ = (id) => document.getElementById(id);
const status = (text) => {
  $('sim-status').textContent = text;
};

/** The portal's origin: an explicit `parentOrigin` parameter, else the referrer, else the ancestor list. */
function parentOrigin() {
  const candidates = [params.get('parentOrigin'), document.referrer, window.location.ancestorOrigins?.[0]];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
    } catch {
      // not a URL: try the next source
    }
  }
  return null;
}

const target = parentOrigin();

function post(envelope) {
  if (window.parent === window || target === null) {
    status(t.notEmbedded);
    return false;
  }
  window.parent.postMessage(envelope, target);
  return true;
}

function translate() {
  document.documentElement.lang = locale;
  document.title = t.documentTitle;
  for (const el of document.querySelectorAll('[data-t]')) {
    const text = t[el.getAttribute('data-t')];
    if (typeof text === 'string') el.textContent = text;
  }
}

function renderCases(cases) {
  const list = $('sim-case-list');
  cases.forEach((c, i) => {
    const label = document.createElement('label');
    label.className = 'sim-case';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'case';
    input.value = c.id;
    input.checked = i === 0;
    input.dataset.key = c.key;
    // A returning patient's earlier analyses, sent before this one (see submit).
    input.dataset.earlier = (c.earlier ?? []).join(' ');
    const title = document.createElement('span');
    title.className = 'sim-case-label';
    title.textContent = c.label;
    const summary = document.createElement('span');
    summary.className = 'sim-case-summary';
    summary.textContent = c.summary;
    label.append(input, title, summary);
    list.append(label);
  });
}

function refuse() {
  $('sim-main').hidden = true;
  $('sim-refused').hidden = false;
  // The real iframe reports a bad key to its parent instead of loading.
  if (post({ message: 'invalid_company_key', id: company })) status(t.sent('invalid_company_key', target));
}

async function start() {
  translate();
  $('sim-origin').textContent = window.location.origin;
  $('sim-company').textContent = company || t.none;

  const [keyStatus, cases] = await Promise.all([
    fetch(`/company-status?company=${encodeURIComponent(company)}`).then((r) => r.json()),
    fetch(`/cases.json?locale=${locale}`).then((r) => r.json()),
  ]);
  if (keyStatus.valid === false) {
    refuse();
    return;
  }
  renderCases(cases);
  $('sim-main').hidden = false;

  $('sim-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = document.querySelector('input[name="case"]:checked');
    if (!chosen) return;
    // A returning patient: first the earlier consultations' analyses, oldest first, then today's.
    const earlier = (chosen.dataset.earlier ?? '').split(' ').filter(Boolean);
    for (const id of earlier) post({ message: 'analysis_completed', id });
    if (post({ message: 'analysis_completed', id: chosen.value })) {
      const what = earlier.length > 0 ? `analysis_completed ×${earlier.length + 1}` : 'analysis_completed';
      status(t.sent(`${what} (${chosen.dataset.key})`, target));
    }
  });
  // As if the key's ten minutes were up: this frame stops, as the real one does, and says so once.
  $('sim-expire-key').addEventListener('click', refuse, { once: true });
  $('sim-invalid-key').addEventListener('click', () => {
    if (post({ message: 'invalid_company_key', id: company })) status(t.sent('invalid_company_key', target));
  });
  $('sim-image-rejected').addEventListener('click', () => {
    // The payload's element shape is not published; these reason objects are the demo's.
    // What `id` would mean on this message is not documented either, so none is sent.
    const payload = [
      { code: 'blurry', text: t.blurry },
      { code: 'not_skin', text: t.notSkin },
    ];
    if (post({ message: 'image_rejected', payload })) status(t.sent('image_rejected', target));
  });
}

start().catch(() => status(t.failed));
