export interface Region {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The region a point falls in (edges included), or null. Regions of one item never overlap (content validator). */
export function regionAt(regions: readonly Region[], point: { x: number; y: number }): string | null {
  const hit = regions.find(
    (r) => point.x >= r.x && point.x <= r.x + r.width && point.y >= r.y && point.y <= r.y + r.height,
  );
  return hit?.id ?? null;
}
