// <legit-iframe>: the LegitIframe props as attributes (and reflected properties).
import { afterEach, describe, expect, inject, test, vi } from 'vitest';
import { LegitIframeElement } from '../../../src/element/index';
import { buildLegitIframeUrl } from '../../../src/messages/iframe-url';
import { recordEvents } from './support';

// A loopback origin, so the frames never reach the internet.
const BASE_URL = inject('crossOriginUrl');

afterEach(() => {
  document.body.replaceChildren();
});

function mountFrame(attributes: Record<string, string>): LegitIframeElement {
  const element = document.createElement('legit-iframe');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

const innerFrame = (element: LegitIframeElement) => element.shadowRoot?.querySelector('iframe') ?? null;

describe('<legit-iframe>', () => {
  test('shows no frame until a company key is set', async () => {
    const element = mountFrame({ locale: 'es', 'base-url': BASE_URL });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(innerFrame(element)).toBeNull();
    expect(element.iframe).toBeNull();
    element.company = 'key-123';
    await vi.waitFor(() => expect(innerFrame(element)).not.toBeNull());
    expect(element.iframe).toBe(innerFrame(element));
  });

  test('attributes build the same URL as the component, with camera access and a strict referrer', async () => {
    const element = mountFrame({
      company: 'key-123',
      locale: 'es',
      'base-url': BASE_URL,
      'enable-result': 'false',
      'is-for-patient': '',
      'forced-scoring-systems': 'APASI, SCORAD',
      'primary-color': '#0055aa',
      'macroscopic-media': 'optional',
      title: 'Análisis de la piel',
    });
    await vi.waitFor(() => expect(innerFrame(element)).not.toBeNull());
    const frame = innerFrame(element)!;
    expect(frame.src).toBe(
      buildLegitIframeUrl({
        company: 'key-123',
        locale: 'es',
        baseUrl: BASE_URL,
        enableResult: false,
        isForPatient: true,
        forcedScoringSystems: ['APASI', 'SCORAD'],
        primaryColor: '#0055aa',
        macroscopicMedia: 'optional',
      }),
    );
    expect(frame.getAttribute('allow')).toBe('camera');
    expect(frame.getAttribute('referrerpolicy')).toBe('strict-origin');
    expect(frame.title).toBe('Análisis de la piel');
    expect(frame.getAttribute('part')).toBe('iframe');
  });

  test('properties reflect to the attributes; a change rebuilds the URL', async () => {
    const element = mountFrame({ company: 'key-123', 'base-url': BASE_URL });
    element.enableResult = false;
    element.forcedScoringSystems = ['APASI', 'SCORAD'];
    element.locale = 'es';
    expect(element.getAttribute('enable-result')).toBe('false');
    expect(element.getAttribute('forced-scoring-systems')).toBe('APASI,SCORAD');
    expect(element.enableResult).toBe(false);
    expect(element.forcedScoringSystems).toEqual(['APASI', 'SCORAD']);
    await vi.waitFor(() => expect(innerFrame(element)?.src).toContain('locale=es'));
    expect(innerFrame(element)!.title).toBe('Legit.Health skin analysis');
  });

  test('a value the URL builder refuses shows a notice and fires legit-config-error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const recorder = recordEvents();
    const element = mountFrame({ company: 'key-123', 'base-url': BASE_URL, 'primary-color': 'blue' });
    await vi.waitFor(() => expect(recorder.of('legit-config-error')).toHaveLength(1));
    expect(recorder.of('legit-config-error')[0]?.detail.error.message).toBe(
      'primaryColor: "blue" is not a hex colour such as "#0055aa"',
    );
    expect(element.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('primaryColor');
    element.primaryColor = '#0055aa';
    await vi.waitFor(() => expect(innerFrame(element)?.src).toContain('primary=0055aa'));
    recorder.stop();
    vi.mocked(console.error).mockRestore();
  });
});

test('LegitIframeElement is the class behind the tag', () => {
  expect(customElements.get('legit-iframe')).toBe(LegitIframeElement);
});
