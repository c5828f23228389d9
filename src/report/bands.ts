/**
 * One severity band, in either published style:
 * - raw v2 `categories[] { code, category, min, max, severity, severityAsString }`;
 * - raw v3 `interpretations[]` and FHIR `interpretationCategories[]`
 *   `{ min, max, text, coding: [{ code: 1|2|3, display }] }`.
 * A band without a label or with unusable bounds is invalid; overlapping and
 * zero-width bands are real (`None`, 0–0) and kept.
 */
import type { SeverityBand } from './model';
import { optional, optionalList, type Warnings } from './read/lenient';
import { field, join } from './read/path';
import { anyText, finite, severity, nonBlankText } from './read/rules';
import { PartInvalid, required, requiredRecord } from './read/strict';

export function readBand(warnings: Warnings, item: unknown, path: string): SeverityBand {
  const band = requiredRecord(item, path);
  const isInterpretation = Object.hasOwn(band, 'text') || Object.hasOwn(band, 'coding');
  const labelKey = isInterpretation ? 'text' : nonBlankText.test(band.category) ? 'category' : 'code';
  const label = required(band[labelKey], join(path, labelKey), nonBlankText);
  const min = required(band.min, join(path, 'min'), finite);
  const max = required(band.max, join(path, 'max'), finite);
  if (min > max) throw new PartInvalid(path, `band minimum ${min} is greater than its maximum ${max}`);

  if (isInterpretation) {
    const codingPath = join(join(path, 'coding'), 0);
    const coding = optionalList(warnings, band.coding, join(path, 'coding'))[0];
    return {
      code: null,
      label,
      min,
      max,
      severity: optional(warnings, field(coding, 'code'), join(codingPath, 'code'), severity),
      severityLabel: optional(warnings, field(coding, 'display'), join(codingPath, 'display'), anyText),
    };
  }
  return {
    code: optional(warnings, band.code, join(path, 'code'), anyText),
    label,
    min,
    max,
    severity: optional(warnings, band.severity, join(path, 'severity'), severity),
    severityLabel: optional(warnings, band.severityAsString, join(path, 'severityAsString'), anyText),
  };
}
