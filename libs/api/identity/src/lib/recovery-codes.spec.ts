import { codeHash, newRecoveryCode, newResetCode, normalizeCode } from './recovery-codes';

describe('recovery and reset codes', () => {
  it('makes recovery codes of four groups of four unambiguous characters, all different', () => {
    const codes = Array.from({ length: 200 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('makes reset codes of eight digits in two groups', () => {
    for (let i = 0; i < 200; i++) expect(newResetCode()).toMatch(/^\d{4} \d{4}$/);
  });

  it('reads a code however it is typed: case, spaces, dashes', () => {
    expect(normalizeCode(' k7qm 3xpa-9rtd.hw2f ')).toBe('K7QM3XPA9RTDHW2F');
    expect(codeHash('k7qm3xpa 9rtd-hw2f')).toBe(codeHash('K7QM-3XPA-9RTD-HW2F'));
    expect(codeHash('4821 0937')).toBe(codeHash('48210937'));
    expect(codeHash('48210937')).not.toBe(codeHash('48210938'));
  });
});
