/**
 * The integrator configured something that cannot be made safe (for example `'*'` or a URL
 * with a path as an allowed origin). Thrown at configuration time, never for a message.
 */
export class LegitConfigError extends Error {
  override readonly name = 'LegitConfigError';
  constructor(
    /** Which option is wrong, e.g. `allowedOrigins[1]`. */
    readonly option: string,
    message: string,
  ) {
    super(`${option}: ${message}`);
  }
}
