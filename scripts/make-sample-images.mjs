// Draws the demo's sample skin images (not photographs: synthetic skin tones with soft
// lesion blobs) and writes them as PNGs into public/samples/. Pure Node: a small PNG
// encoder over node:zlib. Deterministic, so re-running yields identical files.
// Usage: node scripts/make-sample-images.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';

const W = 480;
const H = 360;
const outDir = fileURLToPath(new URL('../public/samples/', import.meta.url));

// ---- PNG encoding -------------------------------------------------------------------------
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
/** rgb: Uint8Array of W*H*3. Rows use the "Sub" filter, which suits smooth images. */
function encodePng(rgb, width, height) {
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    raw[row] = 1;
    for (let x = 0; x < stride; x++) {
      const cur = rgb[y * stride + x];
      const left = x >= 3 ? rgb[y * stride + x - 3] : 0;
      raw[row + 1 + x] = (cur - left) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Drawing helpers ----------------------------------------------------------------------
const clamp = (v) => Math.max(0, Math.min(255, Math.round(v)));
const mix = (a, b, t) => a + (b - a) * t;
const smooth = (e0, e1, x) => {
  const t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};
/** Coarse value noise (quantised so PNG compression stays effective). */
function grain(x, y, seed) {
  const n = Math.sin(x * 12.9898 + y * 78.233 + seed * 37.719) * 43758.5453;
  return Math.round((n - Math.floor(n)) * 4) / 4 - 0.5;
}

function canvas(base) {
  const px = new Float32Array(W * H * 3);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      // Gentle lighting falloff and low-frequency skin texture.
      const light = 1.06 - 0.16 * Math.hypot((x - W * 0.45) / W, (y - H * 0.4) / H);
      const tex = 1 + 0.025 * Math.sin(x / 9 + Math.sin(y / 23)) * Math.sin(y / 11);
      const i = (y * W + x) * 3;
      for (let c = 0; c < 3; c++) px[i + c] = base[c] * light * tex;
    }
  }
  return px;
}
/** Blends `color` into a soft-edged, optionally irregular blob. */
function blob(px, { cx, cy, r, color, strength = 1, edge = 0.35, wobble = 0, seed = 0, ry = r }) {
  const x0 = Math.max(0, Math.floor(cx - r * 1.6));
  const x1 = Math.min(W - 1, Math.ceil(cx + r * 1.6));
  const y0 = Math.max(0, Math.floor(cy - ry * 1.6));
  const y1 = Math.min(H - 1, Math.ceil(cy + ry * 1.6));
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const dx = (x - cx) / r;
      const dy = (y - cy) / ry;
      const a = Math.atan2(dy, dx);
      const border =
        1 +
        wobble *
          (0.55 * Math.sin(3 * a + seed) + 0.3 * Math.sin(7 * a + seed * 2) + 0.15 * Math.sin(13 * a + seed * 3));
      const d = Math.hypot(dx, dy) / border;
      const t = strength * (1 - smooth(1 - edge, 1, d));
      if (t <= 0) continue;
      const i = (y * W + x) * 3;
      for (let c = 0; c < 3; c++) px[i + c] = mix(px[i + c], color[c], t);
    }
  }
}
/** Silvery scale: speckles confined to a plaque. */
function scale(px, { cx, cy, r, ry = r, seed }) {
  for (let y = Math.max(0, cy - ry); y < Math.min(H, cy + ry); y++) {
    for (let x = Math.max(0, cx - r); x < Math.min(W, cx + r); x++) {
      const d = Math.hypot((x - cx) / r, (y - cy) / ry);
      if (d > 0.85) continue;
      const g = grain(Math.floor(x / 3), Math.floor(y / 3), seed);
      if (g < 0.2) continue;
      const i = (y * W + x) * 3;
      for (let c = 0; c < 3; c++) px[i + c] = mix(px[i + c], 236, 0.55 * (1 - d));
    }
  }
}
/** A jet-like colour ramp for the explainability heat map. */
function jet(t) {
  const r = clamp(255 * Math.min(1, Math.max(0, 1.5 - Math.abs(4 * t - 3))));
  const g = clamp(255 * Math.min(1, Math.max(0, 1.5 - Math.abs(4 * t - 2))));
  const b = clamp(255 * Math.min(1, Math.max(0, 1.5 - Math.abs(4 * t - 1))));
  return [r, g, b];
}
function toBytes(px) {
  const out = new Uint8Array(px.length);
  for (let i = 0; i < px.length; i++) out[i] = clamp(px[i]);
  return out;
}

// ---- The images ---------------------------------------------------------------------------
const LIGHT = [232, 190, 165];
const MEDIUM = [205, 150, 115];
const OLIVE = [190, 142, 104];
const DEEP = [141, 96, 68];

function acneFace() {
  const px = canvas(LIGHT);
  const spots = [
    [120, 110, 11],
    [168, 150, 9],
    [210, 96, 13],
    [262, 188, 10],
    [318, 128, 12],
    [355, 210, 8],
    [150, 240, 10],
    [290, 262, 9],
    [395, 150, 11],
    [236, 300, 8],
  ];
  spots.forEach(([cx, cy, r], k) => {
    blob(px, { cx, cy, r: r * 2.2, color: [214, 120, 110], strength: 0.45, edge: 0.9 });
    blob(px, { cx, cy, r, color: [196, 70, 66], strength: 0.9, edge: 0.6 });
    if (k % 3 === 0) blob(px, { cx, cy: cy - 1, r: r * 0.4, color: [246, 232, 196], strength: 0.85, edge: 0.7 });
  });
  return px;
}
function acneCloseUp() {
  const px = canvas(MEDIUM);
  [
    [140, 140, 18],
    [250, 200, 22],
    [350, 120, 16],
    [310, 280, 14],
    [110, 270, 12],
  ].forEach(([cx, cy, r], k) => {
    blob(px, { cx, cy, r: r * 2, color: [190, 98, 84], strength: 0.5, edge: 0.9 });
    blob(px, { cx, cy, r, color: [170, 58, 50], strength: 0.9, edge: 0.6 });
    if (k % 2 === 0) blob(px, { cx, cy, r: r * 0.35, color: [240, 226, 186], strength: 0.9, edge: 0.6 });
  });
  return px;
}
function psoriasisPlaque(seed) {
  const px = canvas(LIGHT);
  const cx = 240 + seed * 20;
  blob(px, { cx, cy: 180, r: 150, ry: 105, color: [214, 108, 102], strength: 0.95, edge: 0.25, wobble: 0.12, seed });
  scale(px, { cx, cy: 180, r: 150, ry: 105, seed });
  blob(px, { cx: 80, cy: 60, r: 26, color: [214, 108, 102], strength: 0.8, edge: 0.4, wobble: 0.2, seed: seed + 1 });
  return px;
}
/** A plaque on the elbow at three visits of a treatment: smaller, paler and less scaly each time. */
function psoriasisHealing(stage) {
  const px = canvas(LIGHT);
  const size = [1, 0.68, 0.38][stage];
  const strength = [0.95, 0.8, 0.55][stage];
  const r = Math.round(150 * size);
  const ry = Math.round(105 * size);
  blob(px, { cx: 240, cy: 180, r, ry, color: [214, 108, 102], strength, edge: 0.3, wobble: 0.14, seed: 5 });
  // Integer bounds: scale() indexes pixels by its loop variables.
  if (stage < 2)
    scale(px, { cx: 240, cy: 180, r: Math.round(r * (stage === 0 ? 1 : 0.7)), ry: Math.round(ry * 0.8), seed: 5 });
  return px;
}
/** Fewer, fainter wheals: the urticaria patient's later visit, better controlled. */
function urticariaCalmer() {
  const px = canvas(OLIVE);
  [
    [150, 140, 30, 22],
    [330, 250, 24, 18],
  ].forEach(([cx, cy, r, ry], k) => {
    blob(px, {
      cx,
      cy,
      r: r * 1.3,
      ry: ry * 1.3,
      color: [200, 124, 104],
      strength: 0.5,
      edge: 0.6,
      wobble: 0.2,
      seed: k,
    });
    blob(px, { cx, cy, r, ry, color: [214, 168, 140], strength: 0.5, edge: 0.5, wobble: 0.25, seed: k + 2 });
  });
  return px;
}
function macroscopicTrunk() {
  const px = canvas([70, 84, 96]);
  blob(px, { cx: 240, cy: 230, r: 150, ry: 210, color: LIGHT, strength: 1, edge: 0.08 });
  blob(px, { cx: 240, cy: 40, r: 48, ry: 60, color: LIGHT, strength: 1, edge: 0.1 });
  [
    [190, 200, 30, 22],
    [290, 250, 40, 26],
    [230, 320, 26, 18],
  ].forEach(([cx, cy, r, ry], k) => {
    blob(px, { cx, cy, r, ry, color: [210, 104, 98], strength: 0.95, edge: 0.3, wobble: 0.2, seed: k });
    scale(px, { cx, cy, r, ry, seed: k });
  });
  return px;
}
function explainabilityHeatMap() {
  const px = psoriasisPlaque(0);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const t =
        Math.exp(-(((x - 250) / 120) ** 2 + ((y - 175) / 85) ** 2)) * 0.85 +
        0.1 * Math.exp(-(((x - 80) / 30) ** 2 + ((y - 60) / 30) ** 2));
      const q = Math.round(t * 16) / 16; // banded like a real saliency overlay, and compresses well
      const color = jet(q);
      const i = (y * W + x) * 3;
      const alpha = 0.1 + 0.45 * q; // cool areas stay see-through
      for (let c = 0; c < 3; c++) px[i + c] = mix(px[i + c], color[c], alpha);
    }
  }
  return px;
}
function pigmentedLesion() {
  const px = canvas(LIGHT);
  blob(px, {
    cx: 240,
    cy: 180,
    r: 92,
    ry: 78,
    color: [120, 76, 52],
    strength: 0.95,
    edge: 0.18,
    wobble: 0.28,
    seed: 1.3,
  });
  blob(px, { cx: 215, cy: 165, r: 48, ry: 40, color: [52, 32, 28], strength: 0.9, edge: 0.5, wobble: 0.35, seed: 2.1 });
  blob(px, { cx: 275, cy: 205, r: 30, color: [86, 70, 84], strength: 0.7, edge: 0.6, wobble: 0.3, seed: 0.4 });
  blob(px, { cx: 262, cy: 150, r: 18, color: [176, 98, 86], strength: 0.6, edge: 0.7, wobble: 0.2, seed: 3.3 });
  return px;
}
function dermoscopy() {
  const px = pigmentedLesion();
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const d = Math.hypot(x - W / 2, y - H / 2) / (H * 0.52);
      const t = smooth(0.92, 1.0, d);
      const i = (y * W + x) * 3;
      for (let c = 0; c < 3; c++) px[i + c] = mix(px[i + c], 8, t);
    }
  }
  return px;
}
function hidradenitis() {
  const px = canvas(DEEP);
  [
    [150, 150, 26],
    [235, 190, 34],
    [330, 160, 22],
    [280, 260, 20],
  ].forEach(([cx, cy, r], k) => {
    blob(px, { cx, cy, r: r * 1.8, color: [120, 62, 52], strength: 0.5, edge: 0.9 });
    blob(px, { cx, cy, r, color: [104, 40, 40], strength: 0.85, edge: 0.5, wobble: 0.15, seed: k });
    if (k === 1) blob(px, { cx, cy, r: r * 0.35, color: [222, 204, 160], strength: 0.8, edge: 0.6 });
  });
  blob(px, { cx: 190, cy: 230, r: 70, ry: 7, color: [92, 44, 42], strength: 0.7, edge: 0.5 });
  return px;
}
function urticaria() {
  const px = canvas(OLIVE);
  [
    [120, 120, 44, 30],
    [260, 110, 36, 44],
    [380, 170, 50, 34],
    [180, 250, 56, 38],
    [330, 290, 34, 26],
  ].forEach(([cx, cy, r, ry], k) => {
    blob(px, {
      cx,
      cy,
      r: r * 1.35,
      ry: ry * 1.35,
      color: [206, 112, 96],
      strength: 0.75,
      edge: 0.5,
      wobble: 0.2,
      seed: k,
    });
    blob(px, { cx, cy, r, ry, color: [226, 176, 150], strength: 0.8, edge: 0.4, wobble: 0.25, seed: k + 2 });
  });
  return px;
}
function eczemaArm() {
  const px = canvas(MEDIUM);
  blob(px, { cx: 230, cy: 190, r: 140, ry: 80, color: [196, 112, 96], strength: 0.6, edge: 0.6, wobble: 0.3, seed: 4 });
  for (let k = 0; k < 40; k++) {
    const cx = 120 + ((k * 53) % 230);
    const cy = 130 + ((k * 37) % 120);
    blob(px, { cx, cy, r: 4, color: [176, 80, 70], strength: 0.7, edge: 0.7 });
  }
  return px;
}
/** Seborrheic dermatitis: ill-defined pink patches with a yellowish, greasy-looking scale (two framings). */
function seborrheicFace(variant) {
  const px = canvas(variant === 0 ? LIGHT : MEDIUM);
  const patches =
    variant === 0
      ? [
          [170, 140, 90, 60],
          [320, 200, 80, 54],
        ]
      : [[240, 170, 130, 80]];
  patches.forEach(([cx, cy, r, ry], k) => {
    blob(px, { cx, cy, r, ry, color: [214, 128, 116], strength: 0.55, edge: 0.8, wobble: 0.3, seed: k + variant * 3 });
    for (let f = 0; f < 14; f++) {
      const fx = cx + ((f * 37) % (r * 1.4)) - r * 0.7;
      const fy = cy + ((f * 23) % (ry * 1.2)) - ry * 0.6;
      blob(px, { cx: fx, cy: fy, r: 9, ry: 6, color: [232, 206, 150], strength: 0.6, edge: 0.6, seed: f });
    }
  });
  return px;
}

const images = {
  'acne-face.png': acneFace,
  'acne-closeup.png': acneCloseUp,
  'psoriasis-plaque-1.png': () => psoriasisPlaque(0),
  'psoriasis-plaque-2.png': () => psoriasisPlaque(1),
  'psoriasis-macroscopic.png': macroscopicTrunk,
  'psoriasis-elbow-1.png': () => psoriasisHealing(0),
  'psoriasis-elbow-2.png': () => psoriasisHealing(1),
  'psoriasis-elbow-3.png': () => psoriasisHealing(2),
  'urticaria-calmer.png': urticariaCalmer,
  'psoriasis-explainability.png': explainabilityHeatMap,
  'pigmented-lesion-clinical.png': pigmentedLesion,
  'pigmented-lesion-dermoscopy.png': dermoscopy,
  'hidradenitis-axilla.png': hidradenitis,
  'urticaria-wheals.png': urticaria,
  'dermatitis-arm.png': eczemaArm,
  'seborrheic-face-1.png': () => seborrheicFace(0),
  'seborrheic-face-2.png': () => seborrheicFace(1),
};

mkdirSync(outDir, { recursive: true });
for (const [name, draw] of Object.entries(images)) {
  const png = encodePng(toBytes(draw()), W, H);
  writeFileSync(new URL(name, `file://${outDir}`), png);
  console.log(`${name.padEnd(34)} ${(png.length / 1024).toFixed(1)} kB`);
}
