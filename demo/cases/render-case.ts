/**
 * Turns a demo case into the JSON the S2S API would send for `format=raw|fhir`, through
 * the one writer of the three shapes. Published examples are served verbatim, with only their image URLs pointed at the
 * demo's own sample images (the examples' URLs are placeholders that do not resolve).
 */
import type { JsonValue, ReportSource } from '../../src/report/index.ts';
import { writeFhir, writeRawV2, writeRawV3 } from '../../fixtures/wire/writers.ts';
import { caseModel, casePdfLink } from './case-model.ts';
import type { DemoCase } from './cases.ts';
import { localizeReport } from './localize.ts';
import { imageUrl, type ReportSpec, type WriteContext } from './spec.ts';

export type JsonFormat = 'raw' | 'fhir';

type JsonObject = { [key: string]: JsonValue };

const isObject = (v: JsonValue | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Follows object keys and array indexes; undefined as soon as a step is missing. */
function at(root: JsonValue, path: Array<string | number>): JsonValue | undefined {
  let node: JsonValue | undefined = root;
  for (const step of path) {
    if (typeof step === 'number') node = Array.isArray(node) ? node[step] : undefined;
    else node = isObject(node) ? node[step] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

function setUrl(root: JsonValue, path: Array<string | number>, url: string): void {
  const holder = at(root, path);
  if (isObject(holder) && 'url' in holder) holder.url = url;
}

function rewriteFixtureImages(json: JsonValue, format: JsonFormat, spec: ReportSpec, ctx: WriteContext): JsonValue {
  const copy = structuredClone(json);
  const data = isObject(copy) && isObject(copy.data) ? copy.data : copy;
  spec.observations.forEach((o, i) => {
    setUrl(
      data,
      format === 'fhir' ? ['result', 'observations', i, 'media', 'content'] : ['result', 'observations', i, 'media'],
      imageUrl(ctx, o.image),
    );
  });
  if (format === 'fhir') {
    if (spec.macroscopicImage) setUrl(data, ['macroscopicMedia', 'content'], imageUrl(ctx, spec.macroscopicImage));
    spec.scoringSystems.forEach((s, i) => {
      if (s.explainabilityImage)
        setUrl(
          data,
          ['result', 'questionnaires', i, 'explainabilityMedia', 'content'],
          imageUrl(ctx, s.explainabilityImage),
        );
    });
  }
  return copy;
}

/** The report body for a known case, or null for the unknown-id case. */
export function renderCase(demoCase: DemoCase, format: JsonFormat, ctx: WriteContext): JsonValue | null {
  const spec = demoCase.spec;
  if (!spec) return null;
  let json: JsonValue;
  if (demoCase.fixture && demoCase.fixture.format === format)
    json = rewriteFixtureImages(demoCase.fixture.json, format, spec, ctx);
  else {
    const source: ReportSource = format === 'fhir' ? 'fhir' : demoCase.rawShape;
    const write = { fhir: writeFhir, 'raw-v2': writeRawV2, 'raw-v3': writeRawV3 }[source];
    json = write(caseModel(spec, source, ctx), { pdfLink: () => casePdfLink(source, ctx) });
  }
  return localizeReport(json, ctx.locale);
}
