/**
 * ICD-11 codes as a list: a FHIR coding may carry several in one string
 * (`"EA90.42, EA90.5Y"`) or a null code.
 */
import { anyString, optional, type Warnings } from './read';

export function splitIcd11(warnings: Warnings, value: unknown, path: string): string[] {
  const codes = optional(warnings, value, path, anyString);
  if (codes === null) return [];
  return codes
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
}
