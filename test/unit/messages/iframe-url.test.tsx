import { render } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { LegitConfigError } from '../../../src/messages/errors';
import { buildLegitIframeUrl, type BuildLegitIframeUrlOptions } from '../../../src/messages/iframe-url';
import { LegitIframe } from '../../../src/messages/LegitIframe';
import { LEGIT_IFRAME_PREPRODUCTION_ORIGIN } from '../../../src/messages/origins';

describe('buildLegitIframeUrl', () => {
  it.each<[string, BuildLegitIframeUrlOptions, string]>([
    ['company only', { company: 'abc' }, 'https://iframe.legit.health/?company=abc'],
    [
      'pre-production',
      { company: 'abc', baseUrl: LEGIT_IFRAME_PREPRODUCTION_ORIGIN },
      'https://iframe-pre.legit.health/?company=abc',
    ],
    [
      'booleans as 1/0',
      { company: 'abc', enableResult: false, isForPatient: true },
      'https://iframe.legit.health/?company=abc&enableResult=0&isForPatient=1',
    ],
    [
      'every boolean',
      {
        company: 'abc',
        enableAlternativeCameraModuleAndroid: true,
        enableAlternativeCameraModule: false,
        enableExtendedInstructions: true,
        showQuestionnairesHeader: false,
        enableDiagnosisSupport: false,
        enableAnamnesis: true,
      },
      'https://iframe.legit.health/?company=abc&enableAnamnesis=1&enableDiagnosisSupport=0&showQuestionnairesHeader=0&enableExtendedInstructions=1&enableAlternativeCameraModule=0&enableAlternativeCameraModuleAndroid=1',
    ],
    [
      'scoring systems comma-joined',
      { company: 'abc', forcedScoringSystems: ['APASI', 'SCORAD'] },
      'https://iframe.legit.health/?company=abc&forcedScoringSystems=APASI%2CSCORAD',
    ],
    [
      'empty scoring systems omitted',
      { company: 'abc', forcedScoringSystems: [] },
      'https://iframe.legit.health/?company=abc',
    ],
    [
      'colours without #',
      { company: 'abc', primaryColor: '#00C', secondaryColor: 'a1b2c3' },
      'https://iframe.legit.health/?company=abc&primary=00C&secondary=a1b2c3',
    ],
    [
      'font, media, locale',
      { company: 'abc', fontFamily: 'Montserrat', macroscopicMedia: 'required', locale: 'es' },
      'https://iframe.legit.health/?company=abc&locale=es&macroscopicMedia=required&fontFamily=Montserrat',
    ],
    [
      'extraData and company key encoded',
      { company: 'a+b/c=', extraData: 'case=1&x=<y> #z' },
      'https://iframe.legit.health/?company=a%2Bb%2Fc%3D&extraData=case%3D1%26x%3D%3Cy%3E+%23z',
    ],
    [
      'callback URL',
      { company: 'abc', companyCallbackUrl: 'https://portal.example/cb?x=1' },
      'https://iframe.legit.health/?company=abc&companyCallbackUrl=https%3A%2F%2Fportal.example%2Fcb%3Fx%3D1',
    ],
    [
      'base URL with a path, hash dropped',
      { company: 'abc', baseUrl: 'http://localhost:5173/sim/#x' },
      'http://localhost:5173/sim/?company=abc',
    ],
  ])('%s', (_label, options, expected) => {
    expect(buildLegitIframeUrl(options)).toBe(expected);
  });

  it('cannot be steered to add parameters through a value', () => {
    const url = new URL(buildLegitIframeUrl({ company: 'abc&isForPatient=1', extraData: '&enableResult=0' }));
    expect(url.searchParams.get('company')).toBe('abc&isForPatient=1');
    expect(url.searchParams.has('isForPatient')).toBe(false);
    expect(url.searchParams.has('enableResult')).toBe(false);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['missing company', { company: '' }, /company/],
    ['blank company', { company: '   ' }, /company/],
    ['bad colour', { company: 'a', primaryColor: 'red' }, /primaryColor/],
    ['colour injection', { company: 'a', secondaryColor: '#fff&company=x' }, /secondaryColor/],
    ['bad media', { company: 'a', macroscopicMedia: 'sometimes' }, /macroscopicMedia/],
    ['bad font', { company: 'a', fontFamily: 'Comic Sans' }, /fontFamily/],
    ['comma inside a code', { company: 'a', forcedScoringSystems: ['A,B'] }, /forcedScoringSystems/],
    ['bad locale', { company: 'a', locale: 'en&x=1' }, /locale/],
    ['string boolean', { company: 'a', enableResult: 'false' }, /enableResult/],
    ['javascript: base', { company: 'a', baseUrl: 'javascript:alert(1)' }, /baseUrl/],
    ['relative base', { company: 'a', baseUrl: '/iframe' }, /baseUrl/],
    ['javascript: callback', { company: 'a', companyCallbackUrl: 'javascript:alert(1)' }, /companyCallbackUrl/],
  ])('refuses %s', (_label, options, message) => {
    const call = () => buildLegitIframeUrl(options as unknown as BuildLegitIframeUrlOptions);
    expect(call).toThrow(LegitConfigError);
    expect(call).toThrow(message);
  });
});

describe('<LegitIframe>', () => {
  it('renders the iframe with camera access, a referrer policy and a title', () => {
    const { container } = render(
      <LegitIframe company="abc" enableResult={false} className="frame" style={{ height: 600 }} />,
    );
    const iframe = container.querySelector('iframe');
    expect(iframe?.getAttribute('src')).toBe('https://iframe.legit.health/?company=abc&enableResult=0');
    expect(iframe?.getAttribute('allow')).toBe('camera');
    expect(iframe?.getAttribute('referrerpolicy')).toBe('strict-origin');
    expect(iframe?.getAttribute('title')).toBe('Legit.Health skin analysis');
    expect(iframe?.className).toBe('frame');
    expect(iframe?.style.height).toBe('600px');
  });

  it('forwards its ref to the <iframe> and accepts a title and referrer policy', () => {
    const ref = createRef<HTMLIFrameElement>();
    render(<LegitIframe ref={ref} company="abc" title="Skin photo" referrerPolicy="no-referrer" />);
    expect(ref.current).toBeInstanceOf(HTMLIFrameElement);
    expect(ref.current?.title).toBe('Skin photo');
    expect(ref.current?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('keeps the same src when re-rendered with an equal new array', () => {
    const { container, rerender } = render(<LegitIframe company="abc" forcedScoringSystems={['APASI']} />);
    const iframe = container.querySelector('iframe');
    rerender(<LegitIframe company="abc" forcedScoringSystems={['APASI']} />);
    expect(container.querySelector('iframe')).toBe(iframe);
    expect(iframe?.getAttribute('src')).toBe('https://iframe.legit.health/?company=abc&forcedScoringSystems=APASI');
  });
});
