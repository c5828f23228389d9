// @vitest-environment node
// Server rendering of the message hooks and the iframe: there is no window or document here
// (server-render.test.tsx checks that), so touching either would throw.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LegitIframe } from '../../../src/messages/LegitIframe';
import { useLegitMessages } from '../../../src/messages/useLegitMessages';
import { useReportIdFromMessages } from '../../../src/messages/useReportIdFromMessages';

describe('message hooks and the iframe on the server', () => {
  it('renders components using the hooks without touching window', () => {
    function Widget() {
      useLegitMessages({ onAnalysisCompleted: () => undefined, debug: true });
      const id = useReportIdFromMessages({ allowedOrigins: ['https://iframe.legit.health/'] });
      return <p>{id ?? 'waiting for the iframe'}</p>;
    }
    expect(renderToString(<Widget />)).toBe('<p>waiting for the iframe</p>');
  });

  it('renders the iframe markup', () => {
    const html = renderToString(<LegitIframe company="key123" locale="es" />);
    expect(html).toContain('src="https://iframe.legit.health/?company=key123&amp;locale=es"');
    expect(html).toContain('allow="camera"');
  });
});
