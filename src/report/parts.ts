/** What the raw and FHIR readers share: the essentials of every report, and the parts both shapes hold alike. */
import type { Conclusion, Media, Observation, Pathology } from './model';
import { pick, pickPercentage, pickUrl, type Warnings } from './read/lenient';
import type { UrlPolicy } from './url-policy';
import { field, join, type JsonRecord } from './read/path';
import { anyText, objectRule, nonBlankText } from './read/rules';
import { essential, readPart, requiredRecord, type ReadPart } from './read/strict';

export interface Essentials {
  warnings: Warnings;
  id: string;
  result: JsonRecord;
  resultPath: string;
}

/** The report's `id` and `result`, without which it is no report (`ReportParseError`). */
export function readEssentials(body: JsonRecord, base: string): Essentials {
  const resultPath = join(base, 'result');
  return {
    warnings: [],
    id: essential(field(body, 'id'), join(base, 'id'), nonBlankText),
    result: essential(field(body, 'result'), resultPath, objectRule),
    resultPath,
  };
}

/**
 * A conclusion: its condition, read by `readCondition`, and a probability. The condition is what
 * makes it a conclusion; an odd probability never removes it (out of range: kept as sent;
 * unreadable: not available), each with a warning.
 */
export const conclusionReader =
  (readCondition: ReadPart<Pathology>): ReadPart<Conclusion> =>
  (warnings, item, path) => {
    const condition = readCondition(warnings, field(requiredRecord(item, path), 'pathology'), join(path, 'pathology'));
    return { ...condition, probability: pickPercentage(warnings, item, path, 'probability') };
  };

/** A media reference: its type, and its URL where `urlKey` says (under the URL policy). */
export const readMediaFields = (
  warnings: Warnings,
  media: JsonRecord,
  path: string,
  urlKey: string,
  policy: UrlPolicy,
): Media => ({
  type: pick(warnings, media, path, 'type', anyText),
  url: pickUrl(warnings, media, path, urlKey, policy),
});

/** An image and its quality; the shapes differ only in where the media keeps its URL. */
export const observationReader =
  (urlKey: string, policy: UrlPolicy): ReadPart<Observation> =>
  (warnings, item, path) => {
    const mediaPath = join(path, 'media');
    const media = requiredRecord(field(requiredRecord(item, path), 'media'), mediaPath);
    return {
      ...readMediaFields(warnings, media, mediaPath, urlKey, policy),
      modality: pick(warnings, media, mediaPath, 'modality', anyText),
      diqaScore: pickPercentage(warnings, media, mediaPath, 'diqaScore'),
    };
  };

/** A part that may be absent (null); present but invalid, it is left out with a warning. */
export function readOptionalPart<T>(
  warnings: Warnings,
  record: unknown,
  path: string,
  key: string,
  read: ReadPart<T>,
): T | null {
  const value = field(record, key);
  return value == null ? null : readPart(warnings, () => read(warnings, value, join(path, key)));
}
