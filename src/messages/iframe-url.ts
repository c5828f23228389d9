import { LegitConfigError } from './errors';
import { LEGIT_IFRAME_ORIGIN, parseHttpUrl } from './origins';

/** Where the camera/file step shows macroscopic (whole-body-area) media. */
export type LegitMacroscopicMedia = 'disabled' | 'optional' | 'required';
export type LegitFontFamily = 'Roboto' | 'Montserrat';

/**
 * The documented Legit.Health iframe URL parameters. Omitted options are left out of the
 * URL, so the iframe's own default applies (given in brackets).
 */
export interface LegitIframeParams {
  /** Required. The short-lived company (app) key minted by your server from the S2S token. */
  company: string;
  /** Interface and report language: 'en' or 'es' are documented [en]. */
  locale?: string;
  /** Hidden data stored with the report, e.g. your case id. Never shown to the user. */
  extraData?: string;
  /** Overrides the push callback URL configured for your company. Absolute http(s) URL. */
  companyCallbackUrl?: string;
  /** Show the result screen at the end [true]. */
  enableResult?: boolean;
  /** The person taking photos is the patient, not a clinician [false]. */
  isForPatient?: boolean;
  /** Ask the anamnesis questionnaire [false]. */
  enableAnamnesis?: boolean;
  /** Identify the condition; `false` only measures severity [true]. */
  enableDiagnosisSupport?: boolean;
  /** Show the questionnaires' header [true]. */
  showQuestionnairesHeader?: boolean;
  /** Macroscopic media step ['disabled']. */
  macroscopicMedia?: LegitMacroscopicMedia;
  /** Scoring system codes always calculated, whatever the diagnostic confidence. */
  forcedScoringSystems?: readonly string[];
  /** Hex colour, `#rgb`/`#rrggbb` (the `#` is optional). Sent as `primary`. */
  primaryColor?: string;
  /** Hex colour, `#rgb`/`#rrggbb` (the `#` is optional). Sent as `secondary`. */
  secondaryColor?: string;
  fontFamily?: LegitFontFamily;
  enableExtendedInstructions?: boolean;
  enableAlternativeCameraModule?: boolean;
  enableAlternativeCameraModuleAndroid?: boolean;
}

export interface BuildLegitIframeUrlOptions extends LegitIframeParams {
  /** Default `https://iframe.legit.health`; `LEGIT_IFRAME_PREPRODUCTION_ORIGIN` for pre-production. */
  baseUrl?: string;
}

// Boolean parameters in URL order; serialised as 1/0.
const BOOLEAN_PARAMS = [
  'enableResult',
  'isForPatient',
  'enableAnamnesis',
  'enableDiagnosisSupport',
  'showQuestionnairesHeader',
  'enableExtendedInstructions',
  'enableAlternativeCameraModule',
  'enableAlternativeCameraModuleAndroid',
] as const satisfies readonly (keyof LegitIframeParams)[];
const HEX_COLOUR = /^#?(?:[0-9a-f]{3}){1,2}$/i;
const COLOUR = 'a hex colour such as "#0055aa"';
// Sent without '#': Legit.Health's own demo passes `primary=00c`.
const withoutHash = (colour: string) => colour.replace('#', '');

/**
 * The iframe URL for these parameters. Pure and deterministic (fixed parameter order).
 * Throws `LegitConfigError` for a missing company key or an invalid value, so a typo
 * fails loudly instead of being silently ignored by the iframe.
 */
export function buildLegitIframeUrl(options: BuildLegitIframeUrlOptions): string {
  const refuse = (option: string, problem: string): never => {
    throw new LegitConfigError(option, problem);
  };
  const baseUrl = options.baseUrl ?? LEGIT_IFRAME_ORIGIN;
  const url = parseHttpUrl(baseUrl) ?? refuse('baseUrl', `"${baseUrl}" is not an absolute http(s) URL`);
  if (url.username !== '' || url.password !== '') refuse('baseUrl', 'must not contain credentials');
  url.hash = '';
  const params = url.searchParams;
  // A string option, checked against `pattern`, sent under `name`.
  const put = (
    option: keyof LegitIframeParams,
    pattern: RegExp,
    expected: string,
    name: string = option,
    send = (v: string) => v,
  ) => {
    const value = options[option];
    if (value === undefined) return;
    if (typeof value === 'string' && pattern.test(value)) params.set(name, send(value));
    else refuse(option, `"${String(value)}" is not ${expected}`);
  };

  if (typeof options.company !== 'string' || options.company.trim() === '')
    refuse('company', 'the company (app) key is required');
  put('company', /^/, 'a string');
  put('locale', /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "en" or "es"');
  put('extraData', /^/, 'a string');
  const callback = options.companyCallbackUrl;
  if (callback !== undefined && parseHttpUrl(callback) === undefined)
    refuse('companyCallbackUrl', `"${callback}" is not an absolute http(s) URL`);
  put('companyCallbackUrl', /^/, 'a string');
  for (const name of BOOLEAN_PARAMS) {
    const value = options[name];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') refuse(name, 'must be true or false');
    params.set(name, value ? '1' : '0');
  }
  put('macroscopicMedia', /^(?:disabled|optional|required)$/, 'disabled, optional or required');
  const codes = options.forcedScoringSystems;
  if (codes !== undefined && codes.length > 0) {
    for (const code of codes) {
      if (typeof code !== 'string' || !/^[\w.-]{1,64}$/.test(code))
        refuse('forcedScoringSystems', `"${String(code)}" is not a scoring system code`);
    }
    params.set('forcedScoringSystems', codes.join(','));
  }
  put('primaryColor', HEX_COLOUR, COLOUR, 'primary', withoutHash);
  put('secondaryColor', HEX_COLOUR, COLOUR, 'secondary', withoutHash);
  put('fontFamily', /^(?:Roboto|Montserrat)$/, 'Roboto or Montserrat');
  return url.href;
}
