/**
 * The body map's drawing: a front and a back silhouette built from simple shapes, 100 × 210
 * units each, and which shapes make up each body site in each view. Drawn for this project.
 * Shapes are given for the figure's left half as the viewer sees it and mirrored for the other:
 * from the front, the patient's right is on the viewer's left; from the back, on the right.
 */
import type { BodySiteCode } from './sites';

export type View = 'front' | 'back';
type Side = 'left' | 'right';

export type Shape =
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  | { kind: 'poly'; points: ReadonlyArray<readonly [number, number]> }
  /** A centred outline, never mirrored, with its bounding box. */
  | { kind: 'path'; d: string; box: Box };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const FIGURE_WIDTH = 100;
export const FIGURE_HEIGHT = 210;

const ellipse = (cx: number, cy: number, rx: number, ry: number): Shape => ({ kind: 'ellipse', cx, cy, rx, ry });
const poly = (...points: Array<readonly [number, number]>): Shape => ({ kind: 'poly', points });

// The viewer's left half of each limb.
const LIMB = {
  upperArm: poly([24, 43], [31, 46], [27, 76], [19, 75]),
  elbow: ellipse(22.8, 79.2, 4.4, 4.4),
  lowerArm: poly([18.6, 82.5], [27, 83.5], [23.4, 111], [16.2, 110.5]),
  hand: ellipse(19.2, 117.5, 4.6, 7),
  nails: ellipse(19.2, 123.3, 3.2, 1.6),
  upperLeg: poly([34.5, 100], [49.4, 100], [48.2, 145], [37.8, 145]),
  knee: ellipse(43, 149.5, 5.6, 5.2),
  lowerLeg: poly([38, 154], [48, 154], [47, 195], [40.2, 195]),
  foot: poly([39.4, 195], [47.6, 195], [49, 204], [36.6, 204.4]),
  ear: ellipse(38.4, 21, 2.6, 4.6),
};

const HEAD = ellipse(50, 20, 11, 14);
const NECK = poly([45, 32], [55, 32], [55.5, 40.5], [44.5, 40.5]);
const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });
const TRUNK: Shape = {
  kind: 'path',
  d: 'M36 39.5H64Q70 40 70.5 46L67 64L66.5 100H33.5L33 64L29.5 46Q30 40 36 39.5Z',
  box: box(29.5, 39.5, 41, 60.5),
};
const SCALP_CAP: Shape = {
  kind: 'path',
  d: 'M39.3 16.5A11 14 0 0 1 60.7 16.5Q50 11.5 39.3 16.5Z',
  box: box(39, 6, 22, 10.5),
};
const HEAD_HALF: Record<'viewerLeft' | 'viewerRight', Shape> = {
  viewerLeft: { kind: 'path', d: 'M50 6A11 14 0 0 0 50 34Z', box: box(39, 6, 11, 28) },
  viewerRight: { kind: 'path', d: 'M50 6A11 14 0 0 1 50 34Z', box: box(50, 6, 11, 28) },
};
const PERIORAL = ellipse(50, 27.4, 5.6, 3.3);
const TONGUE = ellipse(50, 27.6, 2.8, 1.3);
const GENITAL: Shape = { kind: 'path', d: 'M42.5 100H57.5L50 110.5Z', box: box(42.5, 100, 15, 10.5) };

function mirror(shape: Shape): Shape {
  if (shape.kind === 'ellipse') return { ...shape, cx: FIGURE_WIDTH - shape.cx };
  if (shape.kind === 'poly')
    return { kind: 'poly', points: shape.points.map(([x, y]) => [FIGURE_WIDTH - x, y] as const) };
  return shape;
}

/** The patient's `side` is on the viewer's left from the front for the right side, from the back for the left. */
const onViewerLeft = (view: View, side: Side) => (view === 'front') === (side === 'right');
const limb = (part: keyof typeof LIMB, side: Side) => (view: View) =>
  onViewerLeft(view, side) ? [LIMB[part]] : [mirror(LIMB[part])];
const headHalf = (side: Side) => (view: View) => [HEAD_HALF[onViewerLeft(view, side) ? 'viewerLeft' : 'viewerRight']];
const only = (which: View, shapes: Shape[]) => (view: View) => (view === which ? shapes : []);
const both = (shapes: Shape[]) => () => shapes;
const arm = (side: Side) => (view: View) =>
  (['upperArm', 'elbow', 'lowerArm', 'hand'] as const).flatMap((part) => limb(part, side)(view));
const leg = (side: Side) => (view: View) =>
  (['upperLeg', 'knee', 'lowerLeg', 'foot'] as const).flatMap((part) => limb(part, side)(view));

/** Every body site: its shapes in each view (none where the site cannot be seen from there). */
export const REGIONS: Record<BodySiteCode, (view: View) => Shape[]> = {
  headFront: only('front', [HEAD, NECK]),
  headBack: only('back', [HEAD, NECK]),
  headTop: both([SCALP_CAP]),
  scalp: (view) => (view === 'front' ? [SCALP_CAP] : [HEAD]),
  headLeft: headHalf('left'),
  headRight: headHalf('right'),
  earLeft: limb('ear', 'left'),
  earRight: limb('ear', 'right'),
  perioral: only('front', [PERIORAL]),
  tongue: only('front', [TONGUE]),
  trunkFront: only('front', [TRUNK]),
  trunkBack: only('back', [TRUNK]),
  genital: only('front', [GENITAL]),
  armLeft: arm('left'),
  armRight: arm('right'),
  upperArmLeft: limb('upperArm', 'left'),
  upperArmRight: limb('upperArm', 'right'),
  elbowLeft: limb('elbow', 'left'),
  elbowRight: limb('elbow', 'right'),
  lowerArmLeft: limb('lowerArm', 'left'),
  lowerArmRight: limb('lowerArm', 'right'),
  handLeft: limb('hand', 'left'),
  handRight: limb('hand', 'right'),
  nails: (view) => [...limb('nails', 'left')(view), ...limb('nails', 'right')(view)],
  legLeft: leg('left'),
  legRight: leg('right'),
  upperLegLeft: limb('upperLeg', 'left'),
  upperLegRight: limb('upperLeg', 'right'),
  kneeLeft: limb('knee', 'left'),
  kneeRight: limb('knee', 'right'),
  lowerLegLeft: limb('lowerLeg', 'left'),
  lowerLegRight: limb('lowerLeg', 'right'),
  footLeft: limb('foot', 'left'),
  footRight: limb('foot', 'right'),
};

/** The silhouette itself, back to front (ears under the head, the neck under the trunk). */
export function silhouette(): Shape[] {
  const pairs = (
    ['ear', 'upperArm', 'elbow', 'lowerArm', 'hand', 'upperLeg', 'knee', 'lowerLeg', 'foot'] as const
  ).flatMap((part) => [LIMB[part], mirror(LIMB[part])]);
  return [...pairs.slice(0, 2), HEAD, NECK, ...pairs.slice(2), TRUNK];
}

export function pathOf(shape: Shape): string {
  if (shape.kind === 'path') return shape.d;
  if (shape.kind === 'poly') return `M${shape.points.map(([x, y]) => `${x} ${y}`).join('L')}Z`;
  const { cx, cy, rx, ry } = shape;
  return `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0Z`;
}

export function boxOf(shapes: readonly Shape[]): Box | null {
  const boxes = shapes.map((shape): Box => {
    if (shape.kind === 'path') return shape.box;
    if (shape.kind === 'ellipse') return box(shape.cx - shape.rx, shape.cy - shape.ry, 2 * shape.rx, 2 * shape.ry);
    const xs = shape.points.map(([x]) => x);
    const ys = shape.points.map(([, y]) => y);
    return box(Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  });
  if (boxes.length === 0) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return box(x, y, right - x, bottom - y);
}
