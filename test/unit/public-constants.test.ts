// @vitest-environment node
// Public constants that portals build on, written out: changing one is a breaking change and
// must fail here, not pass because the test read the value from the code.
import { describe, expect, it } from 'vitest';
import { LEGIT_IFRAME_ORIGIN, LEGIT_IFRAME_PREPRODUCTION_ORIGIN } from '../../src/index';
import { DEFAULT_PORT } from '../../src/proxy/index';

describe('public constants', () => {
  it('the Legit.Health iframe origins, production and pre-production', () => {
    expect(LEGIT_IFRAME_ORIGIN).toBe('https://iframe.legit.health');
    expect(LEGIT_IFRAME_PREPRODUCTION_ORIGIN).toBe('https://iframe-pre.legit.health');
  });

  it("the stand-alone proxy's default port", () => {
    expect(DEFAULT_PORT).toBe(8787);
  });
});
