import { applicationNoticeKind } from './application-notice';

describe('applicationNoticeKind', () => {
  it.each([
    ['submitted', 'application_submitted'],
    ['returned', 'application_returned'],
    ['verified', 'application_verified'],
    ['recognised', 'application_recognised'],
    ['rejected', 'application_rejected'],
    ['revoked', 'application_revoked'],
  ] as const)('tells the owner when it becomes %s', (to, kind) => {
    expect(applicationNoticeKind(to)).toBe(kind);
  });

  it('says nothing about a draft', () => {
    expect(applicationNoticeKind('draft')).toBeNull();
  });
});
