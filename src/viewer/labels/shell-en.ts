import { ERROR_MESSAGES_EN } from '../../fetching/error-codes';
import type { ShellLabels } from './types';

/** The English shell: eager, so the waiting, loading and error states need no download. */
export const enShell: ShellLabels = {
  region: 'Diagnostic report',
  title: 'Diagnostic report',
  waiting: 'Complete the analysis in the Legit.Health window; the report will appear here.',
  loading: 'Loading the report…',
  retry: 'Try again',
  errorHeading: 'The report could not be shown',
  errors: ERROR_MESSAGES_EN,
};
