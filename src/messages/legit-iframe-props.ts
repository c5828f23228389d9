// The props of <LegitIframe>, apart from its components so that each imports them one way.
import type { CSSProperties, HTMLAttributeReferrerPolicy } from 'react';
import type { LegitAppKeyError } from '../app-key/errors';
import type { LegitAppKey } from '../app-key/mint';
import type { LegitIframeParams } from './iframe-url';

interface LegitIframeBaseProps extends Omit<LegitIframeParams, 'company'> {
  /** Default `https://iframe.legit.health`; use `LEGIT_IFRAME_PREPRODUCTION_ORIGIN` for pre-production. */
  baseUrl?: string;
  /** Accessible name of the frame (and of its placeholder). Default "Legit.Health skin analysis". */
  title?: string;
  /**
   * Default `strict-origin`: Legit.Health learns which site embeds it, never the portal
   * page's path or query (which may carry patient identifiers), even when `baseUrl` points
   * at the portal's own origin (a simulator), and nothing is sent on an https→http downgrade.
   */
  referrerPolicy?: HTMLAttributeReferrerPolicy;
  className?: string;
  style?: CSSProperties;
  id?: string;
}

/** A key you minted yourself. */
export interface LegitIframeWithCompanyKeyProps extends LegitIframeBaseProps {
  /** The short-lived company (app) key minted by your server from the S2S token. */
  company: string;
  appKeyUrl?: undefined;
}

/** The frame mints its own key from your server, and renews it once when the frame refuses it. */
export interface LegitIframeWithAppKeyUrlProps extends LegitIframeBaseProps {
  company?: undefined;
  /** Your server's key route, POSTed before the frame loads: the proxy's `/company-app-keys`, e.g. `/api/legit/company-app-keys`. */
  appKeyUrl: string;
  /** Default `same-origin`; `include` for a proxy on another origin that reads the portal's cookie. */
  appKeyCredentials?: RequestCredentials;
  /** Extra headers on the key request, e.g. your CSRF token. */
  appKeyHeaders?: Readonly<Record<string, string>>;
  /** Origins the frame may post from. Default: the origin of `baseUrl`. */
  allowedOrigins?: readonly string[];
  /** Each key the frame is given (the first, and each renewal). */
  onAppKey?(key: LegitAppKey): void;
  /** A mint failed, or the renewed key was refused too (`KEY_REFUSED`); the error state with a retry is shown. */
  onAppKeyError?(error: LegitAppKeyError): void;
  /** The frame refused a renewed key too: no further automatic attempt. */
  onInvalidCompanyKey?(companyKey: string): void;
}

export type LegitIframeProps = LegitIframeWithCompanyKeyProps | LegitIframeWithAppKeyUrlProps;
