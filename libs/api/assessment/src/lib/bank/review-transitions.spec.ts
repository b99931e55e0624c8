import { DomainError } from '@lc/api-shared';
import { reviewTransition, ReviewSubject } from './review-transitions';

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
    expect(reviewTransition(item('in_review'), 'publish')).toBe('published');
    expect(reviewTransition(item('in_review'), 'return', ['Đáp án sai'])).toBe('returned');
    expect(reviewTransition(item('in_review'), 'retire')).toBe('retired');
    expect(reviewTransition(item('published'), 'retire')).toBe('retired');
  });

  it('lets the author send a returned or waiting item back to review', () => {
    expect(reviewTransition(item('returned'), 'resubmit')).toBe('in_review');
    expect(reviewTransition(item('in_review'), 'resubmit')).toBe('in_review');
  });

  it('needs a reason to return', () => {
    expect(codeOf(() => reviewTransition(item('in_review'), 'return', []))).toBe('REVIEW_REASONS_REQUIRED');
    expect(codeOf(() => reviewTransition(item('in_review'), 'return', ['  ']))).toBe('REVIEW_REASONS_REQUIRED');
  });

  it('refuses actions the status does not allow', () => {
    expect(codeOf(() => reviewTransition(item('published'), 'publish'))).toBe('ITEM_STATE_CHANGED');
    expect(codeOf(() => reviewTransition(item('returned'), 'publish'))).toBe('ITEM_STATE_CHANGED');
    expect(codeOf(() => reviewTransition(item('retired'), 'retire'))).toBe('ITEM_STATE_CHANGED');
    expect(codeOf(() => reviewTransition(item('superseded'), 'retire'))).toBe('ITEM_STATE_CHANGED');
    expect(codeOf(() => reviewTransition(item('published'), 'resubmit'))).toBe('ITEM_STATE_CHANGED');
  });
});
