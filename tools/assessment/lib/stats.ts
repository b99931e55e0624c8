export const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export const rmse = (xs: number[], ys: number[]) => Math.sqrt(mean(xs.map((x, i) => (x - ys[i]) ** 2)));

export function pearson(xs: number[], ys: number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i] - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
