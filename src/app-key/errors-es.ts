import type { LegitAppKeyErrorCode } from './errors';

/** The Spanish error texts of `<LegitIframe appKeyUrl>`, loaded on demand (English ships with the page). */
export const APP_KEY_ERROR_MESSAGES_ES: Readonly<Record<LegitAppKeyErrorCode, string>> = {
  NETWORK: 'No se ha podido contactar con el servidor del portal para iniciar Legit.Health.',
  TIMEOUT: 'El servidor del portal ha tardado demasiado en iniciar Legit.Health.',
  UNAUTHORIZED: 'Su sesión del portal ha finalizado. Vuelva a iniciar sesión para iniciar Legit.Health.',
  FORBIDDEN: 'No tiene permiso para iniciar Legit.Health desde este portal.',
  RATE_LIMITED: 'Demasiados intentos de iniciar Legit.Health. Espere un momento y vuelva a intentarlo.',
  SERVER: 'El servidor del portal no ha podido iniciar Legit.Health.',
  INVALID_RESPONSE: 'El servidor del portal ha respondido en un formato que no se ha podido leer.',
  KEY_REFUSED:
    'Legit.Health ha rechazado la clave de empresa del portal, y también una nueva. Pida a su administrador que revise la configuración de Legit.Health del portal.',
};
