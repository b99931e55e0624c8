import { validateSync } from 'class-validator';
import { IsPlainName } from './plain-name';

class Person {
  @IsPlainName()
  fullName!: unknown;
}

const problems = (fullName: unknown) =>
  validateSync(Object.assign(new Person(), { fullName })).flatMap((e) => Object.values(e.constraints ?? {}));

describe(IsPlainName.name, () => {
  it('accepts a Vietnamese name', () => {
    expect(problems('Nguyễn Thị Lan')).toEqual([]);
  });

  it('refuses bidi controls and line breaks with a Vietnamese message', () => {
    expect(problems('Nguyễn\u202eLan')).toEqual([expect.stringMatching(/đảo chiều/)]);
    expect(problems('Nguyễn\u2066Lan')).toHaveLength(1);
    expect(problems('Nguyễn\nLan')).toHaveLength(1);
    expect(problems(42)).toHaveLength(1);
  });
});
