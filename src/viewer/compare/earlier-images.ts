import type { DiagnosticReport } from '../../report/model';

export interface EarlierImage {
  reportId: string;
  issuedAt: string | null;
  visitIdentifier: string | null;
  url: string;
}

/**
 * One image per earlier report of the same body site (matched by its generation-independent
 * key, so `HEAD_FRONT` and `headFront` are one site), newest first: its first observation with
 * a usable link, else its wide shot.
 */
export function earlierImages(current: DiagnosticReport, earlier: readonly DiagnosticReport[]): EarlierImage[] {
  const site = current.bodySite?.key;
  if (site === undefined) return [];
  const seen = new Set([current.id]);
  const images: EarlierImage[] = [];
  for (const report of earlier) {
    if (seen.has(report.id) || report.bodySite?.key !== site) continue;
    seen.add(report.id);
    const url = report.observations.find((o) => o.url !== null)?.url ?? report.macroscopicMedia?.url ?? null;
    if (url !== null)
      images.push({ reportId: report.id, issuedAt: report.issuedAt, visitIdentifier: report.visitIdentifier, url });
  }
  const time = (image: EarlierImage) => (image.issuedAt === null ? -Infinity : Date.parse(image.issuedAt) || -Infinity);
  return images.sort((a, b) => time(b) - time(a));
}
