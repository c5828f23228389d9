import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES_EN, LEGIT_REPORT_ERROR_CODES } from '../../../src/fetching/error-codes';
import { LegitReportError } from '../../../src/fetching/errors';
import { loadLabels } from '../../../src/viewer/labels/load';

describe('the error codes', () => {
  it('are one list, with English words for each and nothing else', () => {
    expect(Object.keys(ERROR_MESSAGES_EN)).toEqual([...LEGIT_REPORT_ERROR_CODES]);
  });

  it('include a code of their own for a part of the viewer that failed to load', async () => {
    expect(new LegitReportError({ code: 'CHUNK_LOAD_FAILED' }).message).toBe(
      'Part of the viewer could not be loaded. Check the connection and try again.',
    );
    expect((await loadLabels('es')).errors.CHUNK_LOAD_FAILED).toBe(
      'No se pudo cargar una parte del visor. Compruebe la conexión e inténtelo de nuevo.',
    );
  });

  it('have words in every shipped language', async () => {
    for (const locale of ['en', 'es']) {
      const { errors } = await loadLabels(locale);
      expect(Object.keys(errors).sort()).toEqual([...LEGIT_REPORT_ERROR_CODES].sort());
    }
  });
});
