import { Suspense } from 'react';
import type { BodySite } from '../../report/model';
import { LazyBodyMap } from '../chunks/progress';
import { PartBoundary } from '../progress/PartBoundary';
import { bodySiteCode } from './sites';

/**
 * The header's body-site map, beside the site's name. It loads as its own chunk into space held
 * for it; a code not on the map (the list can grow) shows the name alone. A map that cannot be
 * loaded leaves the name alone too: the map repeats the name, it adds no fact.
 */
export function BodySiteMap({ bodySite }: { bodySite: BodySite | null }) {
  const code = bodySite && bodySiteCode(bodySite.code);
  if (!bodySite || !code) return null;
  return (
    <span className="lrv-body-map-slot">
      <PartBoundary fallback={() => null}>
        <Suspense fallback={null}>
          <LazyBodyMap code={code} name={bodySite.display ?? bodySite.code} />
        </Suspense>
      </PartBoundary>
    </span>
  );
}
