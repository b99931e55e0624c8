import type { ReviewAction } from '@lc/shared-contracts';
import { Access, ALLOWED, AuthUser, hasRole, refuse } from '@lc/api-shared/pure';
import type { AuthorAction, ReviewSubject } from '../bank/review-transitions';

/**
 * An attempt (a course test's or the skills assessment's) is its owner's alone: anyone else, whatever the attempt's
 * state, hears that it does not exist (ADR 0027).
 */
export const attemptAccess = (user: AuthUser, attempt: { personId: string } | null): Access =>
  attempt?.personId === user.id ? ALLOWED : refuse(404, 'ATTEMPT_NOT_FOUND', 'Không tìm thấy bài làm.');

/** A problem is reported on a question of the reporter's own attempt; any other question is not in it. */
export const reportedItemAccess = (user: AuthUser, attempt: { personId: string } | null, served: boolean): Access =>
  attempt?.personId === user.id && served
    ? ALLOWED
    : refuse(404, 'ITEM_NOT_IN_ATTEMPT', 'Câu hỏi này không thuộc bài làm của bạn.');

/**
 * A saved test is previewed as a learner sees it by its course's author and by content reviewers, whatever the
 * course's status; to anyone else it does not exist, so a trainer cannot probe other trainers' drafts.
 */
export const testPreviewAccess = (user: AuthUser, course: { authorId: string } | null): Access =>
  course && (course.authorId === user.id || hasRole(user, 'content_reviewer'))
    ? ALLOWED
    : refuse(404, 'TEST_NOT_FOUND', 'Không tìm thấy bài kiểm tra.');

/** A proposed bank item is its author's to read and edit; to other trainers it does not exist. */
export const proposalAccess = (user: AuthUser, item: { authorId: string | null } | null): Access =>
  item && item.authorId === user.id ? ALLOWED : refuse(404, 'ITEM_NOT_FOUND', 'Không tìm thấy đề xuất câu hỏi này.');

/**
 * Who may decide on a bank item (docs/adr/0019): a content reviewer, never on their own proposal (four eyes), except
 * to retire it; the author's edit is `proposalAccess`. The status is the review rule's (reviewTransition).
 */
export function itemReviewAccess(
  user: AuthUser,
  item: ReviewSubject | null,
  action: ReviewAction | AuthorAction,
): Access {
  if (!item) return refuse(404, 'ITEM_NOT_FOUND', 'Không tìm thấy câu hỏi này.');
  if (action === 'resubmit') return proposalAccess(user, item);
  if (!hasRole(user, 'content_reviewer'))
    return refuse(403, 'ITEM_REVIEW_FORBIDDEN', 'Chỉ người duyệt nội dung được duyệt câu hỏi của ngân hàng.');
  if (action !== 'retire' && item.authorId === user.id)
    return refuse(403, 'ITEM_OWN_REVIEW_FORBIDDEN', 'Không thể tự duyệt câu hỏi do chính mình đề xuất.');
  return ALLOWED;
}
