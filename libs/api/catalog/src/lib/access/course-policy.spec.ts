import type { CourseStatus, Role } from '@lc/shared-contracts';
import type { AuthUser } from '@lc/api-shared';
import { courseAccess, CourseUse, learningAccess } from './course-policy';

const STATUSES: CourseStatus[] = ['draft', 'in_review', 'published', 'archived'];
const USES: CourseUse[] = ['view', 'author', 'edit', 'submit', 'publish', 'return'];
const user = (id: string, ...roles: Role[]): AuthUser => ({
  id,
  fullName: 'x',
  grants: roles.map((role) => ({ role, areaId: '01', areaPath: '01' })),
});
const answer = (status: CourseStatus, who: AuthUser | null, use: CourseUse) => {
  const a = courseAccess(who, { authorId: 'author', status }, use);
  return a.allowed ? 'ok' : `${a.status} ${a.code}`;
};

const NF = '404 COURSE_NOT_FOUND';
const NA = '403 COURSE_NOT_AUTHOR';
const OWN = '403 REVIEW_OWN_COURSE';
const LATE = '409 COURSE_STATUS_CONFLICT';

/** The answer per use (view, author, edit, submit, publish, return) for each caller and status. */
const TABLE: [string, AuthUser | null, Record<CourseStatus, string[]>][] = [
  [
    'the author',
    user('author', 'trainer'),
    {
      draft: ['ok', 'ok', 'ok', 'ok', OWN, OWN],
      in_review: ['ok', 'ok', LATE, LATE, OWN, OWN],
      published: ['ok', 'ok', LATE, LATE, OWN, OWN],
      archived: ['ok', 'ok', LATE, LATE, OWN, OWN],
    },
  ],
  [
    'another trainer',
    user('other', 'trainer'),
    {
      draft: [NF, NF, NF, NF, NF, NF],
      in_review: [NF, NF, NF, NF, NF, NF],
      published: ['ok', NA, NA, NA, LATE, LATE],
      archived: [NF, NF, NF, NF, NF, NF],
    },
  ],
  [
    'a content reviewer',
    user('reviewer', 'content_reviewer'),
    {
      draft: [NF, NF, NF, NF, NF, NF],
      in_review: ['ok', NA, NA, NA, 'ok', 'ok'],
      published: ['ok', NA, NA, NA, LATE, LATE],
      archived: ['ok', NA, NA, NA, LATE, LATE],
    },
  ],
  [
    'an officer',
    user('officer', 'verifier', 'approver', 'admin', 'analyst'),
    {
      draft: [NF, NF, NF, NF, NF, NF],
      in_review: [NF, NF, NF, NF, NF, NF],
      published: ['ok', NA, NA, NA, LATE, LATE],
      archived: [NF, NF, NF, NF, NF, NF],
    },
  ],
  [
    'nobody signed in',
    null,
    {
      draft: [NF, NF, NF, NF, NF, NF],
      in_review: [NF, NF, NF, NF, NF, NF],
      published: ['ok', NA, NA, NA, LATE, LATE],
      archived: [NF, NF, NF, NF, NF, NF],
    },
  ],
];

describe(courseAccess.name, () => {
  describe.each(TABLE)('%s', (_, who, expected) => {
    it.each(STATUSES)('on a course in status %s', (status) => {
      expect(USES.map((use) => answer(status, who, use))).toEqual(expected[status]);
    });
  });

  it('shows a draft that came back from review to reviewers, so a late decision hears 409, not 404', () => {
    const returned = { authorId: 'author', status: 'draft' as const, reviewedBy: 'reviewer' };
    const reviewer = user('other-reviewer', 'content_reviewer');
    expect(courseAccess(reviewer, returned, 'view')).toEqual({ allowed: true });
    expect(courseAccess(reviewer, returned, 'publish')).toMatchObject({ status: 409, code: 'COURSE_STATUS_CONFLICT' });
    expect(courseAccess(user('trainer', 'trainer'), returned, 'view')).toMatchObject({ status: 404 });
    expect(courseAccess(user('officer', 'approver'), returned, 'view')).toMatchObject({ status: 404 });
  });

  it('answers a missing course 404 for everyone', () => {
    for (const use of USES) expect(courseAccess(user('author'), null, use)).toMatchObject({ status: 404 });
  });
});

describe(learningAccess.name, () => {
  it.each(STATUSES)('plays an H5P material only in a published course (%s)', (status) => {
    const ok = status === 'published';
    expect(learningAccess({ authorId: 'a', status }, { kind: 'h5p' }).allowed).toBe(ok);
    expect(learningAccess({ authorId: 'a', status }, { kind: 'test' })).toMatchObject({
      status: 404,
      code: 'MATERIAL_NOT_FOUND',
    });
  });
});
