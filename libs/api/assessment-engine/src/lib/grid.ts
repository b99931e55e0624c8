export interface GridSpec {
  min: number;
  max: number;
  points: number;
}

export function gridPoints(spec: GridSpec): Float64Array {
  const step = (spec.max - spec.min) / (spec.points - 1);
  return Float64Array.from({ length: spec.points }, (_, k) => spec.min + k * step);
}

/** Log of the normal density at each grid point, up to a constant (posteriors are normalised anyway). */
export function normalLogWeights(grid: Float64Array, mean: number, sd: number): Float64Array {
  return grid.map((theta) => -0.5 * ((theta - mean) / sd) ** 2);
}
