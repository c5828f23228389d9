import { useViewer } from '../viewer-settings';
import { useViewerId } from '../viewer-id';
import { boxOf, FIGURE_HEIGHT, FIGURE_WIDTH, pathOf, REGIONS, silhouette, type View } from './geometry';
import type { BodySiteCode } from './sites';

const GAP = 10;
const LABEL_SPACE = 16;
/** A shape of the site smaller than this (in figure units) is also ringed, so that it is found at a glance. */
const SMALL = 12;

/**
 * The body site on a front and a back silhouette. The site is shown by a thick outline and a
 * hatch, not by colour alone; the whole map is one image whose name says the site in words.
 */
export function BodyMap({ code, name }: { code: BodySiteCode; name: string }) {
  const { labels } = useViewer();
  const patternId = useViewerId('body-site-hatch');
  const views: View[] = ['front', 'back'];
  return (
    <svg
      className="lrv-body-map"
      width="100%"
      height="100%"
      role="img"
      aria-label={labels.bodySiteMap(name)}
      viewBox={`0 0 ${2 * FIGURE_WIDTH + GAP} ${FIGURE_HEIGHT + LABEL_SPACE}`}
      focusable="false"
    >
      <defs>
        <pattern id={patternId} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="4" height="4" fill="var(--lrv-info-bg)" />
          <rect width="1.8" height="4" fill="var(--lrv-accent)" />
        </pattern>
      </defs>
      {views.map((view, index) => (
        <Figure key={view} view={view} x={index * (FIGURE_WIDTH + GAP)} code={code} fill={`url(#${patternId})`} />
      ))}
    </svg>
  );
}

function Figure({ view, x, code, fill }: { view: View; x: number; code: BodySiteCode; fill: string }) {
  const { labels } = useViewer();
  const site = REGIONS[code](view);
  const rings = site.flatMap((shape) => {
    const box = boxOf([shape]);
    const size = box ? Math.max(box.width, box.height) : SMALL;
    return box && size < SMALL ? [{ cx: box.x + box.width / 2, cy: box.y + box.height / 2, r: size / 2 + 4 }] : [];
  });
  // From the front the patient's right is on the viewer's left; from the back it is on the right.
  const [viewerLeft, viewerRight] =
    view === 'front' ? [labels.rightSide, labels.leftSide] : [labels.leftSide, labels.rightSide];
  return (
    <g transform={`translate(${x} 0)`} fill="var(--lrv-muted)" fontSize={10} fontWeight={600}>
      {silhouette().map((shape, index) => (
        <path key={index} d={pathOf(shape)} fill="var(--lrv-surface)" stroke="var(--lrv-muted)" strokeWidth={0.8} />
      ))}
      {site.length > 0 && (
        <path
          data-body-site={code}
          d={site.map(pathOf).join('')}
          fill={fill}
          stroke="var(--lrv-accent)"
          strokeWidth={2}
          strokeLinejoin="round"
        />
      )}
      {rings.map((ring, index) => (
        <circle key={index} {...ring} fill="none" stroke="var(--lrv-accent)" strokeWidth={1.5} strokeDasharray="3 2" />
      ))}
      <text x="4" y="70">
        {viewerLeft}
      </text>
      <text x={FIGURE_WIDTH - 4} y="70" textAnchor="end">
        {viewerRight}
      </text>
      <text x={FIGURE_WIDTH / 2} y={FIGURE_HEIGHT + LABEL_SPACE - 3} textAnchor="middle">
        {view === 'front' ? labels.front : labels.back}
      </text>
    </g>
  );
}
