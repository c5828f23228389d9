import { startTransition, useEffect, useState } from 'react';

/**
 * False in the first commit; true once the browser has painted it (in the frame after, or at
 * once in a hidden tab, where frames do not run), set in a transition, so the work it brings
 * yields to input. For what follows the first screen: it can never delay that screen.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let frame = 0;
    let timer = 0;
    const show = () => startTransition(() => setPainted(true));
    // A task after the frame's callbacks runs once that frame has been painted.
    const afterPaint = () => (timer = window.setTimeout(show, 0));
    if (document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') afterPaint();
    else frame = requestAnimationFrame(afterPaint);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
