/** 2PL parameters on the logistic metric (no 1.7 scaling): discrimination `a` > 0, difficulty `b`. */
export interface ItemParameters {
  a: number;
  b: number;
}

export function probability(item: ItemParameters, theta: number): number {
  return 1 / (1 + Math.exp(-item.a * (theta - item.b)));
}

/** Fisher information a²·P·(1 − P): largest, a²/4, where θ = b. */
export function information(item: ItemParameters, theta: number): number {
  const p = probability(item, theta);
  return item.a * item.a * p * (1 - p);
}
