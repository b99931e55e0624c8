import { normalDeviate, Rng } from './engine';

export interface Population {
  label: string;
  draw: (rng: Rng) => number;
}

export const STANDARD: Population = { label: 'N(0, 1)', draw: normalDeviate };

/**
 * Many citizens with low skills and a long tail of skilled ones: −0.5 + (Gamma(2, 1) − 2) / √2, which has mean −0.5,
 * SD 1 and its mode at −1.2 (the level-1 band holds about half of the people).
 */
export const SKEWED_LOW: Population = {
  label: 'skewed low',
  draw: (rng) => -0.5 + (-Math.log(1 - rng()) - Math.log(1 - rng()) - 2) / Math.SQRT2,
};
