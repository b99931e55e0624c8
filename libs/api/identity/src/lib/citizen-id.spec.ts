import { citizenIdProblem, makeCitizenId } from './citizen-id';

describe('citizenIdProblem', () => {
  it('accepts a number that fits birth year and sex', () => {
    expect(citizenIdProblem('001085001234', 1985, 'male')).toBeNull();
    expect(citizenIdProblem('001185001234', 1985, 'female')).toBeNull();
    expect(citizenIdProblem('079302001234', 2002, 'female')).toBeNull();
  });
  it.each([
    ['12345678901', 'đúng 12 chữ số'],
    ['00108500123a', 'đúng 12 chữ số'],
    ['000085001234', 'mã tỉnh'],
    ['099085001234', 'mã tỉnh'],
    ['001585001234', 'thứ tư'],
    ['001086001234', 'năm sinh'],
    ['001185001234', 'giới tính'],
  ])('refuses %s', (id, problem) => {
    expect(citizenIdProblem(id, 1985, 'male')).toContain(problem);
  });
  it('accepts either sex digit for gender "other"', () => {
    expect(citizenIdProblem('001185001234', 1985, 'other')).toBeNull();
  });
  it('makes numbers that pass', () => {
    expect(citizenIdProblem(makeCitizenId(1990, 'female', 42), 1990, 'female')).toBeNull();
    expect(citizenIdProblem(makeCitizenId(2004, 'male', 7), 2004, 'male')).toBeNull();
  });
});
