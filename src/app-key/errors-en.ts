import {
  APP_KEY_NETWORK_MESSAGE_EN,
  LegitAppKeyError,
  type LegitAppKeyErrorCode,
  type LegitAppKeyErrorInit,
} from './errors';

/** What each code means to a person, in English: the error's `message` and the frame's error text. Loaded with the key code. */
export const APP_KEY_ERROR_MESSAGES_EN: Readonly<Record<LegitAppKeyErrorCode, string>> = {
  NETWORK: APP_KEY_NETWORK_MESSAGE_EN,
  TIMEOUT: "The portal's server took too long to start Legit.Health.",
  UNAUTHORIZED: 'Your portal session has ended. Sign in again to start Legit.Health.',
  FORBIDDEN: 'You may not start Legit.Health from this portal.',
  RATE_LIMITED: 'Too many attempts to start Legit.Health. Wait a moment and try again.',
  SERVER: "The portal's server could not start Legit.Health.",
  INVALID_RESPONSE: "The portal's server answered in a form that could not be read.",
  KEY_REFUSED: "Legit.Health refused the portal's key, and a new one too. Ask your administrator to check the set-up.",
};

/** A `LegitAppKeyError` with its code's English sentence as its message. */
export const appKeyError = (init: Omit<LegitAppKeyErrorInit, 'message'>): LegitAppKeyError =>
  new LegitAppKeyError({ ...init, message: APP_KEY_ERROR_MESSAGES_EN[init.code] });
