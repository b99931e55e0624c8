import { trendRange } from './dashboard-store';

describe('trendRange', () => {
  it('covers the five years up to the chosen one', () => {
    expect(trendRange(2026)).toEqual({ from: 2022, to: 2026 });
  });

  it('never asks for a year before 2020, which the API refuses', () => {
    expect(trendRange(2022)).toEqual({ from: 2020, to: 2022 });
    expect(trendRange(2020)).toEqual({ from: 2020, to: 2020 });
  });
});
