import { problem, type Problem } from './problems';
import { errorFields } from './safe-logger';

/**
 * Runs a portal's optional access hook (`authorize`, `authorizeCompanyAppKey`): undefined lets the request
 * through; anything but `true` is a 403, and a throwing hook is a 500 (its error is logged by name only).
 */
export async function checkAccess(
  hook: (() => boolean | Promise<boolean> | undefined) | undefined,
  note: (fields: Record<string, unknown>) => void,
): Promise<Problem | undefined> {
  if (hook === undefined) return undefined;
  try {
    return (await hook()) === true ? undefined : problem('FORBIDDEN');
  } catch (error) {
    note(errorFields(error));
    return problem('AUTHORIZATION_FAILED');
  }
}
