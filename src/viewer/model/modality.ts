import type { Labels } from '../labels/types';

/** A modality in the viewer's language when it is a known value ("Clinical" → "Clínica"), else as the report gives it. */
export function modalityName(labels: Pick<Labels, 'modalityNames'>, modality: string | null): string | null {
  if (modality === null) return null;
  const key = modality.trim().toLowerCase();
  // Own keys only: a modality such as "constructor" must not reach Object.prototype.
  return Object.hasOwn(labels.modalityNames, key) ? (labels.modalityNames[key] ?? modality) : modality;
}
