/**
 * ICD-11 codes as a list: a FHIR coding may carry several in one string
 * (`"EA90.42, EA90.5Y"`) or a null code.
 */
import { optional, type Warnings } from './read/lenient';
import { anyText } from './read/rules';

export function splitIcd11(warnings: Warnings, value: unknown, path: string): string[] {
  const codes = optional(warnings, value, path, anyText);
  if (codes === null) return [];
  return codes
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
}
