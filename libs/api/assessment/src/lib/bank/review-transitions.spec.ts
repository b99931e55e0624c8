import { DomainError } from '@lc/api-shared';
import { reviewTransition, ReviewSubject } from './review-transitions';

const author = { id: 'author', isReviewer: false };
const reviewer = { id: 'reviewer', isReviewer: true };
const item = (status: ReviewSubject['status']): ReviewSubject => ({ status, authorId: 'author' });

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (err) {
    return (err as DomainError).code;
  }
}

describe(reviewTransition.name, () => {
  it('lets a reviewer publish, return with reasons, or retire an item in review', () => {
    expect(reviewTransition(item('in_review'), 'publish', reviewer)).toBe('published');
    expect(reviewTransition(item('in_review'), 'return', reviewer, ['Đáp án sai'])).toBe('returned');
    expect(reviewTransition(item('in_review'), 'retire', reviewer)).toBe('retired');
    expect(reviewTransition(item('published'), 'retire', reviewer)).toBe('retired');
  });

  it('lets the author send a returned or waiting item back to review', () => {
    expect(reviewTransition(item('returned'), 'resubmit', author)).toBe('in_review');
    expect(reviewTransition(item('in_review'), 'resubmit', author)).toBe('in_review');
  });

  it('refuses a trainer who is not a reviewer every review action', () => {
    for (const action of ['publish', 'return', 'retire'] as const)
      expect(codeOf(() => reviewTransition(item('in_review'), action, author, ['x']))).toBe('ITEM_REVIEW_FORBIDDEN');
  });

  it('refuses a reviewer deciding on their own proposal', () => {
    const own = { status: 'in_review' as const, authorId: 'reviewer' };
    expect(codeOf(() => reviewTransition(own, 'publish', reviewer))).toBe('ITEM_OWN_REVIEW_FORBIDDEN');
    expect(codeOf(() => reviewTransition(own, 'return', reviewer, ['x']))).toBe('ITEM_OWN_REVIEW_FORBIDDEN');
  });

  it('needs a reason to return', () => {
    expect(codeOf(() => reviewTransition(item('in_review'), 'return', reviewer, []))).toBe('REVIEW_REASONS_REQUIRED');
    expect(codeOf(() => reviewTransition(item('in_review'), 'return', reviewer, ['  ']))).toBe(
      'REVIEW_REASONS_REQUIRED',
    );
  });

  it('refuses actions the status does not allow', () => {
    expect(codeOf(() => reviewTransition(item('published'), 'publish', reviewer))).toBe('ITEM_STATE_CHANGED');
    expect(codeOf(() => reviewTransition(item('returned'), 'publish', reviewer))).toBe('ITEM_STATE_CHANGED');
    expect(codeOf(() => reviewTransition(item('retired'), 'retire', reviewer))).toBe('ITEM_STATE_CHANGED');
    expect(codeOf(() => reviewTransition(item('superseded'), 'retire', reviewer))).toBe('ITEM_STATE_CHANGED');
    expect(codeOf(() => reviewTransition(item('published'), 'resubmit', author))).toBe('ITEM_STATE_CHANGED');
  });

  it('lets only the author edit', () => {
    expect(codeOf(() => reviewTransition(item('returned'), 'resubmit', reviewer))).toBe('ITEM_NOT_YOURS');
  });
});
