import { courseNoticeKind, nextCourseStatus, submissionProblem } from './course-workflow';

describe('nextCourseStatus', () => {
  it('follows draft → in_review → published → archived', () => {
    expect(nextCourseStatus('draft', 'submit')).toBe('in_review');
    expect(nextCourseStatus('in_review', 'publish')).toBe('published');
    expect(nextCourseStatus('published', 'archive')).toBe('archived');
  });
  it('returns a course in review to draft', () => {
    expect(nextCourseStatus('in_review', 'return')).toBe('draft');
  });
  it.each([
    ['published', 'edit'],
    ['draft', 'publish'],
    ['published', 'submit'],
    ['archived', 'publish'],
  ] as const)('refuses %s → %s', (status, action) => {
    expect(() => nextCourseStatus(status, action)).toThrow(expect.objectContaining({ code: 'COURSE_STATUS_CONFLICT' }));
  });
  it('needs a material before review', () => {
    expect(submissionProblem(0)).toMatch(/ít nhất một học liệu/);
    expect(submissionProblem(2)).toBeNull();
  });
});

describe('courseNoticeKind', () => {
  it("tells the author of a reviewer's decision only", () => {
    expect(courseNoticeKind('publish')).toBe('course_published');
    expect(courseNoticeKind('return')).toBe('course_returned');
    expect([courseNoticeKind('submit'), courseNoticeKind('edit'), courseNoticeKind('archive')]).toEqual([
      null,
      null,
      null,
    ]);
  });
});
