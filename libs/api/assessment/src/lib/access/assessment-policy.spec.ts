import type { Role } from '@lc/shared-contracts';
import type { AuthUser } from '@lc/api-shared';
import type { ReviewSubject } from '../bank/review-transitions';
import {
  attemptAccess,
  itemReviewAccess,
  proposalAccess,
  reportedItemAccess,
  testPreviewAccess,
} from './assessment-policy';

const user = (id: string, ...roles: Role[]): AuthUser => ({
  id,
  fullName: 'x',
  grants: roles.map((role) => ({ role, areaId: '01', areaPath: '01' })),
});
const answer = (a: ReturnType<typeof attemptAccess>) => (a.allowed ? 'ok' : `${a.status} ${a.code}`);
const STATUSES: ReviewSubject['status'][] = ['draft', 'in_review', 'returned', 'published', 'retired', 'superseded'];

describe('assessment policy', () => {
  it('keeps an attempt and its questions to their owner, answering everyone else as missing', () => {
    const attempt = { personId: 'me' };
    expect(answer(attemptAccess(user('me', 'citizen'), attempt))).toBe('ok');
    for (const who of [user('other', 'citizen'), user('officer', 'verifier', 'admin', 'content_reviewer')])
      expect(answer(attemptAccess(who, attempt))).toBe('404 ATTEMPT_NOT_FOUND');
    expect(answer(attemptAccess(user('me'), null))).toBe('404 ATTEMPT_NOT_FOUND');
    expect(answer(reportedItemAccess(user('me'), attempt, true))).toBe('ok');
    expect(answer(reportedItemAccess(user('me'), attempt, false))).toBe('404 ITEM_NOT_IN_ATTEMPT');
    expect(answer(reportedItemAccess(user('other'), attempt, true))).toBe('404 ITEM_NOT_IN_ATTEMPT');
  });

  it.each(STATUSES)('keeps a proposal in status %s to its author', (status) => {
    const item = { status, authorId: 'author' };
    expect(answer(proposalAccess(user('author', 'trainer'), item))).toBe('ok');
    expect(answer(proposalAccess(user('other', 'trainer', 'content_reviewer'), item))).toBe('404 ITEM_NOT_FOUND');
    expect(answer(itemReviewAccess(user('other', 'trainer'), item, 'resubmit'))).toBe('404 ITEM_NOT_FOUND');
  });

  describe(itemReviewAccess.name, () => {
    const item: ReviewSubject = { status: 'in_review', authorId: 'author' };
    it.each([
      ['a reviewer', user('r', 'content_reviewer'), ['ok', 'ok', 'ok']],
      ['a trainer', user('t', 'trainer'), Array(3).fill('403 ITEM_REVIEW_FORBIDDEN')],
      [
        'the author, a reviewer too',
        user('author', 'trainer', 'content_reviewer'),
        ['403 ITEM_OWN_REVIEW_FORBIDDEN', '403 ITEM_OWN_REVIEW_FORBIDDEN', 'ok'],
      ],
    ] as [string, AuthUser, string[]][])('%s publishes, returns, retires', (_, who, expected) => {
      expect((['publish', 'return', 'retire'] as const).map((a) => answer(itemReviewAccess(who, item, a)))).toEqual(
        expected,
      );
    });
    it('answers a missing item 404 whoever asks', () => {
      expect(answer(itemReviewAccess(user('r', 'content_reviewer'), null, 'publish'))).toBe('404 ITEM_NOT_FOUND');
    });
  });

  it.each([
    ['the author', user('t1', 'trainer'), 'ok'],
    ['a content reviewer', user('r', 'content_reviewer'), 'ok'],
    ['another trainer', user('t2', 'trainer'), '404 TEST_NOT_FOUND'],
    ['a verifier', user('v', 'verifier'), '404 TEST_NOT_FOUND'],
  ])('lets %s preview a saved test, and answers anyone else as if it did not exist', (_, who, expected) => {
    expect(answer(testPreviewAccess(who, { authorId: 't1' }))).toBe(expected);
    expect(answer(testPreviewAccess(user('r', 'content_reviewer'), null))).toBe('404 TEST_NOT_FOUND');
  });
});
