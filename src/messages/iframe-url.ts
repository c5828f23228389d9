import { LegitConfigError } from './errors';
import { LEGIT_IFRAME_ORIGIN } from './origins';

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

const MACROSCOPIC_MEDIA: readonly string[] = ['disabled', 'optional', 'required'];
const FONT_FAMILIES: readonly string[] = ['Roboto', 'Montserrat'];
const HEX_COLOUR = /^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const SCORING_SYSTEM_CODE = /^[A-Za-z0-9_.-]{1,64}$/;
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

/**
 * The iframe URL for these parameters. Pure and deterministic (fixed parameter order).
 * Throws `LegitConfigError` for a missing company key or an invalid value, so a typo
 * fails loudly instead of being silently ignored by the iframe.
 */
export function buildLegitIframeUrl(options: BuildLegitIframeUrlOptions): string {
  const url = parseBaseUrl(options.baseUrl ?? LEGIT_IFRAME_ORIGIN);
  const params = url.searchParams;

  if (typeof options.company !== 'string' || options.company.trim() === '') {
    throw new LegitConfigError('company', 'the company (app) key is required');
  }
  params.set('company', options.company);

  if (options.locale !== undefined) {
    if (!LOCALE.test(options.locale)) throw new LegitConfigError('locale', `"${options.locale}" is not a language tag such as "en" or "es"`);
    params.set('locale', options.locale);
  }
  if (options.extraData !== undefined) {
    if (typeof options.extraData !== 'string') throw new LegitConfigError('extraData', 'must be a string');
    params.set('extraData', options.extraData);
  }
  if (options.companyCallbackUrl !== undefined) params.set('companyCallbackUrl', checkCallbackUrl(options.companyCallbackUrl));

  for (const name of BOOLEAN_PARAMS) {
    const value = options[name];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') throw new LegitConfigError(name, 'must be true or false');
    params.set(name, value ? '1' : '0');
  }

  if (options.macroscopicMedia !== undefined) {
    if (!MACROSCOPIC_MEDIA.includes(options.macroscopicMedia)) {
      throw new LegitConfigError('macroscopicMedia', `must be one of ${MACROSCOPIC_MEDIA.join(', ')}`);
    }
    params.set('macroscopicMedia', options.macroscopicMedia);
  }
  if (options.forcedScoringSystems !== undefined && options.forcedScoringSystems.length > 0) {
    for (const code of options.forcedScoringSystems) {
      if (typeof code !== 'string' || !SCORING_SYSTEM_CODE.test(code)) {
        throw new LegitConfigError('forcedScoringSystems', `"${String(code)}" is not a scoring system code`);
      }
    }
    params.set('forcedScoringSystems', options.forcedScoringSystems.join(','));
  }
  if (options.primaryColor !== undefined) params.set('primary', checkColour('primaryColor', options.primaryColor));
  if (options.secondaryColor !== undefined) params.set('secondary', checkColour('secondaryColor', options.secondaryColor));
  if (options.fontFamily !== undefined) {
    if (!FONT_FAMILIES.includes(options.fontFamily)) throw new LegitConfigError('fontFamily', `must be one of ${FONT_FAMILIES.join(', ')}`);
    params.set('fontFamily', options.fontFamily);
  }
  return url.href;
}

function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new LegitConfigError('baseUrl', `"${baseUrl}" is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new LegitConfigError('baseUrl', 'must be an https: (or http: for development) URL');
  if (url.username !== '' || url.password !== '') throw new LegitConfigError('baseUrl', 'must not contain credentials');
  url.hash = '';
  return url;
}

function checkCallbackUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new LegitConfigError('companyCallbackUrl', `"${value}" is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new LegitConfigError('companyCallbackUrl', 'must be an http(s) URL');
  return value;
}

// Sent without '#': Legit.Health's own demo passes `primary=00c`.
function checkColour(option: string, value: string): string {
  const match = typeof value === 'string' ? HEX_COLOUR.exec(value) : null;
  if (match === null || match[1] === undefined) throw new LegitConfigError(option, `"${String(value)}" is not a hex colour such as "#0055aa"`);
  return match[1];
}
