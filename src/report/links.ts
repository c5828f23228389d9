/**
 * Whether a report offers a PDF. The PDF link itself carries `apiKey`/`authKey`
 * and is never kept: the viewer fetches the PDF through the proxy instead.
 */
import { anyString, optional, type Warnings } from './read';

export function readPdfOffer(warnings: Warnings, value: unknown, path: string): boolean {
  const link = optional(warnings, value, path, anyString);
  return link !== null && link.trim() !== '';
}
