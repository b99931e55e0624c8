import type { CourseStatus } from '@lc/shared-contracts';
import { Access, ALLOWED, AuthUser, hasRole, refuse } from '@lc/api-shared/pure';
import { CourseAction, courseStatusRefusal } from '../course-workflow';

/** What a policy needs to know of a course: whose it is and how far it went. */
export interface CourseRef {
  authorId: string;
  status: CourseStatus;
  /** Set once a reviewer decided on it: a returned draft was in review, and its reviewers still see it. */
  reviewedBy?: string | null;
}

/**
 * - `view`: read the course and its materials.
 * - `author`: the author's own reading of their work (editor sources, exports), whatever its status.
 * - `edit`, `submit`: the author changes or sends a draft.
 * - `publish`, `return`: a content reviewer decides a course in review.
 */
export type CourseUse = 'view' | 'author' | 'edit' | 'submit' | 'publish' | 'return';

const NOT_FOUND = refuse(404, 'COURSE_NOT_FOUND', 'Không tìm thấy khoá học.');

/**
 * Who sees a course at all. Published courses are open to everyone. A draft is its author's alone until it has been
 * sent for review: officers never see drafts, and reviewers only one that came back from review (so a reviewer who
 * lost the race to return it hears 409, not 404). A course in review or archived is its author's and the reviewers'.
 */
export function seesCourse(user: AuthUser | null, course: CourseRef): boolean {
  if (course.status === 'published') return true;
  if (!user) return false;
  if (user.id === course.authorId) return true;
  const sentForReview = course.status !== 'draft' || !!course.reviewedBy;
  return sentForReview && hasRole(user, 'content_reviewer');
}

/**
 * May `user` do `use` to `course`? Always existence → who sees it → whose it is → status, so a course somebody
 * may not see is answered 404 COURSE_NOT_FOUND whatever its status, like a course that does not exist (ADR 0027).
 */
export function courseAccess(user: AuthUser | null, course: CourseRef | null, use: CourseUse): Access {
  if (!course || !seesCourse(user, course)) return NOT_FOUND;
  if (use === 'view') return ALLOWED;
  const author = user?.id === course.authorId;
  if (use === 'publish' || use === 'return') {
    if (author) return refuse(403, 'REVIEW_OWN_COURSE', 'Bạn không thể tự duyệt khoá học của mình.');
    return status(course, use);
  }
  if (!author) return refuse(403, 'COURSE_NOT_AUTHOR', 'Chỉ tác giả mới sửa được khoá học này.');
  return use === 'author' ? ALLOWED : status(course, use);
}

/**
 * A material is learnt (played, its xAPI and state saved) only in a published course, and only an H5P one;
 * anything else is answered as missing.
 */
export const learningAccess = (course: CourseRef | null, material: { kind: string } | null): Access =>
  course?.status === 'published' && material?.kind === 'h5p'
    ? ALLOWED
    : refuse(404, 'MATERIAL_NOT_FOUND', 'Không tìm thấy học liệu.');

function status(course: CourseRef, action: CourseAction): Access {
  const refusal = courseStatusRefusal(course.status, action);
  return refusal ? refuse(409, 'COURSE_STATUS_CONFLICT', refusal) : ALLOWED;
}
