// The published fixtures point at an S3 bucket that tests cannot (and should not) reach;
// these copies point at the generated sample images served from public/samples instead.
import fhirPsoriasis from '../../fixtures/fhir-psoriasis.json';
import rawAcne from '../../fixtures/raw-acne.json';
import rawV3Acne from '../../fixtures/raw-v3-acne.json';
import type { ParseOptions } from '../../src/report/parse';

const PUBLISHED_IMAGE = 'https://legit-dev.s3.eu-west-3.amazonaws.com/diagnostic-report-medias/bbb.png';

export function withLocalImages(
  json: unknown,
  image: string,
  origin = globalThis.location?.origin ?? 'http://localhost',
): unknown {
  return JSON.parse(JSON.stringify(json).replaceAll(PUBLISHED_IMAGE, `${origin}/samples/${image}`));
}

export const localFixtures = () => ({
  'raw-acne': withLocalImages(rawAcne, 'acne-closeup.png'),
  'raw-v3-acne': withLocalImages(rawV3Acne, 'acne-face.png'),
  'fhir-psoriasis': withLocalImages(fhirPsoriasis, 'psoriasis-plaque-1.png'),
});

/** The local images are plain http: from the test server on this machine: only the development option keeps them. */
export const LOCAL_IMAGES: ParseOptions = { allowHttpLoopbackUrls: true };
