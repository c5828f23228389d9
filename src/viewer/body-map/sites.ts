/**
 * Legit.Health's 34 body-site codes (LEGIT-API.md §4), in v3's camelCase. v2 and the SDKs
 * spell them SCREAMING_SNAKE (`HEAD_FRONT`); both reach the same code through `codeKey`.
 * The list can grow: a code not here is shown by name, without a map.
 */
import { codeKey } from '../../report/codes';

export const BODY_SITES = [
  'headFront',
  'headBack',
  'headTop',
  'headLeft',
  'headRight',
  'armLeft',
  'armRight',
  'trunkFront',
  'trunkBack',
  'legLeft',
  'legRight',
  'handLeft',
  'handRight',
  'footLeft',
  'footRight',
  'genital',
  'nails',
  'scalp',
  'earLeft',
  'earRight',
  'perioral',
  'tongue',
  'elbowLeft',
  'elbowRight',
  'upperArmLeft',
  'upperArmRight',
  'lowerArmLeft',
  'lowerArmRight',
  'kneeLeft',
  'kneeRight',
  'upperLegLeft',
  'upperLegRight',
  'lowerLegLeft',
  'lowerLegRight',
] as const;

export type BodySiteCode = (typeof BODY_SITES)[number];

const byKey = new Map<string, BodySiteCode>(BODY_SITES.map((code) => [codeKey(code), code]));

/** The camelCase code for either spelling (`HEAD_FRONT`, `headFront`), or null for a code not on the map. */
export function bodySiteCode(code: string): BodySiteCode | null {
  return byKey.get(codeKey(code)) ?? null;
}
