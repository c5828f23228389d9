import type { LegitFontFamily, LegitMacroscopicMedia } from '../messages/iframe-url';
import { parseChoice, parseFlag, parseList } from './attributes';

/** The `<legit-iframe>` properties; each reflects its kebab-case attribute (`extraData` ↔ `extra-data`). */
export interface LegitIframeAttributeProperties {
  company: string | undefined;
  /** Your proxy's key route (`/api/legit/company-app-keys`): the frame mints and renews its own key. */
  appKeyUrl: string | undefined;
  /** `same-origin` (default), `include` or `omit`: the credentials of the key request. */
  appKeyCredentials: RequestCredentials | undefined;
  locale: string | undefined;
  extraData: string | undefined;
  companyCallbackUrl: string | undefined;
  enableResult: boolean | undefined;
  isForPatient: boolean | undefined;
  enableAnamnesis: boolean | undefined;
  enableDiagnosisSupport: boolean | undefined;
  showQuestionnairesHeader: boolean | undefined;
  macroscopicMedia: LegitMacroscopicMedia | undefined;
  /** Attribute: codes separated by commas or spaces. */
  forcedScoringSystems: string[] | undefined;
  primaryColor: string | undefined;
  secondaryColor: string | undefined;
  fontFamily: LegitFontFamily | undefined;
  enableExtendedInstructions: boolean | undefined;
  enableAlternativeCameraModule: boolean | undefined;
  enableAlternativeCameraModuleAndroid: boolean | undefined;
  baseUrl: string | undefined;
  referrerPolicy: ReferrerPolicy | undefined;
}

const MEDIA: readonly LegitMacroscopicMedia[] = ['disabled', 'optional', 'required'];
const FONTS: readonly LegitFontFamily[] = ['Roboto', 'Montserrat'];
const CREDENTIALS: readonly RequestCredentials[] = ['omit', 'same-origin', 'include'];
const REFERRER_POLICIES: readonly ReferrerPolicy[] = [
  '',
  'no-referrer',
  'no-referrer-when-downgrade',
  'origin',
  'origin-when-cross-origin',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
  'unsafe-url',
];

/** `extraData` → `extra-data`. */
export const attributeOf = (property: string): string => property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every attribute read as its property's type. Values the iframe URL builder refuses reach it and fail there, loudly. */
export function readIframeAttributes(element: Element): LegitIframeAttributeProperties {
  const text = (name: string) => element.getAttribute(name) ?? undefined;
  const flag = (name: string) => parseFlag(element.getAttribute(name), name);
  return {
    company: text('company'),
    appKeyUrl: text('app-key-url'),
    appKeyCredentials: parseChoice(element.getAttribute('app-key-credentials'), CREDENTIALS, 'app-key-credentials'),
    locale: text('locale'),
    extraData: text('extra-data'),
    companyCallbackUrl: text('company-callback-url'),
    enableResult: flag('enable-result'),
    isForPatient: flag('is-for-patient'),
    enableAnamnesis: flag('enable-anamnesis'),
    enableDiagnosisSupport: flag('enable-diagnosis-support'),
    showQuestionnairesHeader: flag('show-questionnaires-header'),
    macroscopicMedia: parseChoice(element.getAttribute('macroscopic-media'), MEDIA, 'macroscopic-media'),
    forcedScoringSystems: parseList(element.getAttribute('forced-scoring-systems')),
    primaryColor: text('primary-color'),
    secondaryColor: text('secondary-color'),
    fontFamily: parseChoice(element.getAttribute('font-family'), FONTS, 'font-family'),
    enableExtendedInstructions: flag('enable-extended-instructions'),
    enableAlternativeCameraModule: flag('enable-alternative-camera-module'),
    enableAlternativeCameraModuleAndroid: flag('enable-alternative-camera-module-android'),
    baseUrl: text('base-url'),
    referrerPolicy: parseChoice(element.getAttribute('referrer-policy'), REFERRER_POLICIES, 'referrer-policy'),
  };
}

export const IFRAME_PROPERTIES = [
  'company',
  'appKeyUrl',
  'appKeyCredentials',
  'locale',
  'extraData',
  'companyCallbackUrl',
  'enableResult',
  'isForPatient',
  'enableAnamnesis',
  'enableDiagnosisSupport',
  'showQuestionnairesHeader',
  'macroscopicMedia',
  'forcedScoringSystems',
  'primaryColor',
  'secondaryColor',
  'fontFamily',
  'enableExtendedInstructions',
  'enableAlternativeCameraModule',
  'enableAlternativeCameraModuleAndroid',
  'baseUrl',
  'referrerPolicy',
] as const satisfies readonly (keyof LegitIframeAttributeProperties)[];

// Compile-time check that the list above names every property.
type Unlisted = Exclude<keyof LegitIframeAttributeProperties, (typeof IFRAME_PROPERTIES)[number]>;
export const everyPropertyListed: [Unlisted] extends [never] ? true : Unlisted = true;
