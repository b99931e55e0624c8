import { readXapiStatement } from './xapi-record';

const verb = (v: string) => ({ id: `http://adlnet.gov/expapi/verbs/${v}` });

describe('readXapiStatement', () => {
  it('reads a scored completion', () => {
    expect(
      readXapiStatement({
        verb: verb('completed'),
        result: { score: { raw: 4, max: 5 }, success: true, completion: true },
      }),
    ).toEqual({
      verb: 'completed',
      score: 4,
      maxScore: 5,
      success: true,
      completion: true,
      statementId: null,
    });
  });
  it('ignores verbs that are not evidence', () => {
    expect(readXapiStatement({ verb: verb('interacted') })).toBeNull();
    expect(readXapiStatement({})).toBeNull();
  });
  it('drops impossible scores', () => {
    expect(readXapiStatement({ verb: verb('answered'), result: { score: { raw: 9, max: 5 } } })).toMatchObject({
      score: null,
      maxScore: null,
    });
    expect(readXapiStatement({ verb: verb('answered'), result: { score: { raw: '3', max: 5 } } })).toMatchObject({
      score: null,
    });
  });
});
