// @vitest-environment node
// Server rendering of the key-minting frame: a named placeholder, no request, no window.
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LegitIframe, useLegitAppKey } from '../../../src/index';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('server rendering with appKeyUrl', () => {
  it('renders the busy placeholder named like the frame, and asks for no key', () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const html = renderToString(<LegitIframe appKeyUrl="/api/legit/company-app-keys" locale="es" className="frame" />);
    expect(html).toContain('role="status"');
    expect(html).toContain('aria-label="Legit.Health skin analysis"');
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('Iniciando Legit.Health…');
    expect(html).toContain('class="lrv-root lrv-state frame"');
    expect(html).not.toContain('<iframe');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('the hook starts as minting', () => {
    function Host() {
      const key = useLegitAppKey('/api/legit/company-app-keys');
      return <p>{`${key.status} ${String(key.appKey)} ${String(key.error)}`}</p>;
    }
    expect(renderToString(<Host />)).toBe('<p>minting null null</p>');
  });

  it('refuses an empty appKeyUrl, and company together with appKeyUrl', () => {
    expect(() => renderToString(<LegitIframe appKeyUrl=" " />)).toThrow(/appKeyUrl: must be the URL of your key route/);
    const both = { company: 'key123', appKeyUrl: '/keys' } as unknown as { appKeyUrl: string };
    expect(() => renderToString(<LegitIframe {...both} />)).toThrow(/either company or appKeyUrl/);
  });
});
