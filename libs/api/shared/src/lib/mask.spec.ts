import { initials, maskCitizenId } from './mask';

describe('maskCitizenId', () => {
  it('keeps only the last four digits', () => {
    expect(maskCitizenId('001203004567')).toBe('********4567');
  });
  it('passes null through', () => {
    expect(maskCitizenId(null)).toBeNull();
  });
});

describe('initials', () => {
  it('turns a Vietnamese name into initials', () => {
    expect(initials('Nguyễn Văn  Ánh')).toBe('N. V. Á.');
  });
});
