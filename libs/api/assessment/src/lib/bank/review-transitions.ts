import type { BankItemStatus, ReviewAction } from '@lc/shared-contracts';
import { conflict, DomainError, invalid } from '@lc/api-shared/pure';

export interface ReviewSubject {
  status: BankItemStatus | 'draft';
  authorId: string | null;
}

/** What an author does to their own proposal: edit it, which sends it (back) to review. */
export type AuthorAction = 'resubmit';

const FROM: Record<ReviewAction | AuthorAction, readonly ReviewSubject['status'][]> = {
  publish: ['in_review'],
  return: ['in_review'],
  retire: ['in_review', 'published'],
  resubmit: ['in_review', 'returned'],
};

const TO: Record<ReviewAction | AuthorAction, BankItemStatus> = {
  publish: 'published',
  return: 'returned',
  retire: 'retired',
  resubmit: 'in_review',
};

/**
 * The review state machine of a bank item (docs/adr/0019). Returns the next status or throws why not. Who may act
 * is the assessment policy's (itemReviewAccess), asked first. Returning needs reasons, since they are all the
 * author gets.
 */
export function reviewTransition(
  item: ReviewSubject,
  action: ReviewAction | AuthorAction,
  reasons: readonly string[] = [],
): BankItemStatus {
  if (action === 'return' && !reasons.some((r) => r.trim()))
    throw invalid('REVIEW_REASONS_REQUIRED', 'Hãy ghi lý do trả lại để tác giả biết cần sửa gì.');
  if (!FROM[action].includes(item.status)) throw stateConflict(item.status);
  return TO[action];
}

const STATUS_VI: Record<ReviewSubject['status'], string> = {
  draft: 'bản nháp',
  in_review: 'đang chờ duyệt',
  returned: 'đã trả lại tác giả',
  published: 'đã phát hành',
  retired: 'đã ngừng dùng',
  superseded: 'đã có phiên bản mới hơn',
};

function stateConflict(status: ReviewSubject['status']): DomainError {
  return conflict('ITEM_STATE_CHANGED', `Câu hỏi này ${STATUS_VI[status]}, không thực hiện được thao tác này.`);
}
