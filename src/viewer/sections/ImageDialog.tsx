import { useEffect, useRef, useState } from 'react';
import type { JsonValue } from '../../report/model';
import { CompareWithEarlier } from '../compare/CompareWithEarlier';
import { useViewer } from '../viewer-settings';

/** One image in the enlarged view, with what the report says about it (annotations, as sent). */
export interface DialogFigure {
  url: string | null;
  alt: string;
  annotations?: readonly JsonValue[];
}

export interface ShownImages {
  label: string;
  figures: DialogFigure[];
}

/** What one enlarged-image dialog shows (null: closed), and how to open and close it. */
export function useImageDialog() {
  const [shown, setShown] = useState<ShownImages | null>(null);
  const open = (label: string, figures: DialogFigure[]) => {
    const loadable = figures.filter((f) => f.url !== null);
    if (loadable.length > 0) setShown({ label, figures: loadable });
  };
  return { shown, open, close: () => setShown(null) };
}

/**
 * The keyboard dialog an image opens in: one image, or several side by side (the
 * explainability map beside the clinical image it explains), each with its annotations.
 */
export function ImageDialog({ shown, onClose }: { shown: ShownImages | null; onClose: () => void }) {
  const { labels } = useViewer();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // showModal traps focus, closes on Escape and returns focus to the opener.
    if (shown && !ref.current?.open) ref.current?.showModal?.();
  }, [shown]);
  const several = (shown?.figures.length ?? 0) > 1;
  return (
    <dialog ref={ref} className="lrv-dialog" aria-label={shown?.label} onClose={onClose}>
      {shown && (
        <div className={several ? 'lrv-dialog-figures lrv-dialog-side-by-side' : 'lrv-dialog-figures'}>
          {shown.figures.map((figure, index) => (
            <figure key={index} className="lrv-dialog-figure">
              {several ? (
                <img
                  className="lrv-dialog-img"
                  src={figure.url ?? undefined}
                  alt={figure.alt}
                  referrerPolicy="no-referrer"
                />
              ) : (
                // One clinical image: an earlier visit's image of the same site may be shown beside it.
                <CompareWithEarlier>
                  <img
                    className="lrv-dialog-img"
                    src={figure.url ?? undefined}
                    alt={figure.alt}
                    referrerPolicy="no-referrer"
                  />
                </CompareWithEarlier>
              )}
              {several && <figcaption aria-hidden="true">{figure.alt}</figcaption>}
              {figure.annotations && figure.annotations.length > 0 && (
                <div className="lrv-annotations">
                  <p className="lrv-annotations-heading">{labels.annotations}</p>
                  <ul>
                    {figure.annotations.map((annotation, i) => (
                      <li key={i}>{annotationText(annotation)}</li>
                    ))}
                  </ul>
                </div>
              )}
            </figure>
          ))}
        </div>
      )}
      <form method="dialog">
        <button type="submit" className="lrv-button" autoFocus>
          {labels.close}
        </button>
      </form>
    </dialog>
  );
}

/** An annotation as text: its form is not published, so it is shown as sent, never interpreted. */
function annotationText(annotation: JsonValue): string {
  if (typeof annotation === 'string') return annotation;
  if (annotation !== null && typeof annotation === 'object' && !Array.isArray(annotation))
    return Object.entries(annotation)
      .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join(', ');
  return JSON.stringify(annotation);
}
