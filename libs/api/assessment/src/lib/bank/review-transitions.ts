import type { BankItemStatus, ReviewAction } from '@lc/shared-contracts';
import { conflict, DomainError, forbidden, invalid } from '@lc/api-shared/pure';

export interface ReviewSubject {
  status: BankItemStatus | 'draft';
  authorId: string | null;
}

export interface ReviewActor {
  id: string;
  isReviewer: boolean;
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
 * The review state machine of a bank item (docs/adr/0019). Returns the next status or throws why not: a
 * reviewer decides, never on their own item (four eyes), and only an item's author edits it while it is not
 * published. Returning needs reasons, since they are all the author gets.
 */
export function reviewTransition(
  item: ReviewSubject,
  action: ReviewAction | AuthorAction,
  actor: ReviewActor,
  reasons: readonly string[] = [],
): BankItemStatus {
  if (action === 'resubmit') {
    if (item.authorId !== actor.id) throw forbidden('ITEM_NOT_YOURS', 'Chỉ tác giả được sửa đề xuất câu hỏi này.');
  } else {
    if (!actor.isReviewer)
      throw forbidden('ITEM_REVIEW_FORBIDDEN', 'Chỉ người duyệt nội dung được duyệt câu hỏi của ngân hàng.');
    if (action !== 'retire' && item.authorId === actor.id)
      throw forbidden('ITEM_OWN_REVIEW_FORBIDDEN', 'Không thể tự duyệt câu hỏi do chính mình đề xuất.');
  }
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
