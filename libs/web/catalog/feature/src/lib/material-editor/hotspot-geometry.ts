import type { EditorHotspot } from '@lc/shared-contracts';

export interface Size {
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

/** Whole pixels, at least 1×1, wholly inside the screenshot (which the server requires). */
export function clampHotspot(h: EditorHotspot, image: Size): EditorHotspot {
  const width = Math.round(Math.min(Math.max(h.width, 1), image.width));
  const height = Math.round(Math.min(Math.max(h.height, 1), image.height));
  return {
    x: Math.round(Math.min(Math.max(h.x, 0), image.width - width)),
    y: Math.round(Math.min(Math.max(h.y, 0), image.height - height)),
    width,
    height,
  };
}

const ARROWS: Record<string, Point> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/**
 * The keyboard's way to place the hotspot: an arrow moves it by `step` screenshot pixels; with `resize` (Shift
 * held) the arrow widens, narrows, heightens or lowers it instead. Null for any other key.
 */
export function nudgeHotspot(
  h: EditorHotspot,
  key: string,
  { resize, step }: { resize: boolean; step: number },
  image: Size,
): EditorHotspot | null {
  const arrow = ARROWS[key];
  if (!arrow) return null;
  const moved = resize
    ? { ...h, width: h.width + arrow.x * step, height: h.height + arrow.y * step }
    : { ...h, x: h.x + arrow.x * step, y: h.y + arrow.y * step };
  return clampHotspot(moved, image);
}

/** A pointer's position over the displayed image, in screenshot pixels. */
export function toImagePoint(client: Point, box: DOMRectReadOnly | (Size & Point), image: Size): Point {
  return {
    x: ((client.x - box.x) / box.width) * image.width,
    y: ((client.y - box.y) / box.height) * image.height,
  };
}

/**
 * A drag over the screenshot draws the hotspot from corner to corner; a tap (a drag shorter than `minSide`) puts
 * one of `tapSize` centred where it landed.
 */
export function hotspotFromDrag(start: Point, end: Point, image: Size, tapSize: Size, minSide = 8): EditorHotspot {
  const width = Math.abs(end.x - start.x);
  const height = Math.abs(end.y - start.y);
  if (width < minSide && height < minSide) {
    const rect = { x: end.x - tapSize.width / 2, y: end.y - tapSize.height / 2, ...tapSize };
    return clampHotspot(rect, image);
  }
  return clampHotspot({ x: Math.min(start.x, end.x), y: Math.min(start.y, end.y), width, height }, image);
}

/** The hotspot moved by a drag that started inside it. */
export function moveHotspot(h: EditorHotspot, by: Point, image: Size): EditorHotspot {
  return clampHotspot({ ...h, x: h.x + by.x, y: h.y + by.y }, image);
}

/** Where to draw it over the displayed screenshot, in percent, so it follows the image at any width. */
export function hotspotBox(h: EditorHotspot, image: Size): Record<string, string> {
  const pct = (n: number, of: number) => `${((n / of) * 100).toFixed(3)}%`;
  return {
    left: pct(h.x, image.width),
    top: pct(h.y, image.height),
    width: pct(h.width, image.width),
    height: pct(h.height, image.height),
  };
}
