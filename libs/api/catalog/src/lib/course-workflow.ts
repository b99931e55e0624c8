import type { CourseStatus, NoticeKind } from '@lc/shared-contracts';
import { DomainError } from '@lc/api-shared/pure';

export type CourseAction = 'edit' | 'submit' | 'publish' | 'return' | 'archive';

const ALLOWED: Record<CourseAction, CourseStatus[]> = {
  edit: ['draft'],
  submit: ['draft'],
  publish: ['in_review'],
  return: ['in_review'],
  archive: ['published'],
};

const NEXT: Record<Exclude<CourseAction, 'edit'>, CourseStatus> = {
  submit: 'in_review',
  publish: 'published',
  return: 'draft',
  archive: 'archived',
};

const MESSAGES: Record<CourseAction, string> = {
  edit: 'Chỉ sửa được khoá học ở trạng thái bản nháp; khoá học đã xuất bản là bất biến.',
  submit: 'Chỉ gửi duyệt được khoá học ở trạng thái bản nháp.',
  publish: 'Chỉ xuất bản được khoá học đang chờ duyệt.',
  return: 'Chỉ trả lại được khoá học đang chờ duyệt.',
  archive: 'Chỉ lưu trữ được khoá học đã xuất bản.',
};

/** draft → in_review → published → archived, with in_review → draft when returned (PRODUCT.md §3). */
export function nextCourseStatus(current: CourseStatus, action: CourseAction): CourseStatus {
  const refusal = courseStatusRefusal(current, action);
  if (refusal) throw new DomainError('COURSE_STATUS_CONFLICT', refusal, 409);
  return action === 'edit' ? current : NEXT[action];
}

/** Why `action` cannot be taken on a course in status `current`, or null when it can. */
export const courseStatusRefusal = (current: CourseStatus, action: CourseAction): string | null =>
  ALLOWED[action].includes(current) ? null : MESSAGES[action];

/** A course may go to review once it has something to learn from. */
export function submissionProblem(materialCount: number): string | null {
  return materialCount === 0 ? 'Khoá học cần ít nhất một học liệu trước khi gửi duyệt.' : null;
}

/** The notice a course's author gets: a reviewer's decision, never their own submission. */
export function courseNoticeKind(action: CourseAction): NoticeKind | null {
  return action === 'publish' ? 'course_published' : action === 'return' ? 'course_returned' : null;
}
