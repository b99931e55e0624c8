import { QueryFailedError } from 'typeorm';
import { refusedInputCode } from './database-input-error';

const failed = (code: string) => new QueryFailedError('SELECT 1', [], Object.assign(new Error('refused'), { code }));

describe(refusedInputCode.name, () => {
  it('names the data exceptions a request value causes', () => {
    for (const code of ['22P02', '22001', '22003', '22007', '22008', '22021', '22P05'])
      expect(refusedInputCode(failed(code))).toBe(code);
  });

  it('leaves conflicts, faults of the database and other errors alone', () => {
    expect(refusedInputCode(failed('23505'))).toBeNull();
    expect(refusedInputCode(failed('57014'))).toBeNull();
    expect(refusedInputCode(failed('22012'))).toBeNull();
    expect(refusedInputCode(Object.assign(new Error('x'), { code: '22003' }))).toBeNull();
    expect(refusedInputCode(undefined)).toBeNull();
  });
});
