/**
 * Whether a report offers a PDF. The PDF link itself carries `apiKey`/`authKey`
 * and is never kept: the viewer fetches the PDF through the proxy instead.
 */
import { optional, type Warnings } from './read/lenient';
import { anyText } from './read/rules';

export function readPdfOffer(warnings: Warnings, value: unknown, path: string): boolean {
  const link = optional(warnings, value, path, anyText);
  return link !== null && link.trim() !== '';
}
