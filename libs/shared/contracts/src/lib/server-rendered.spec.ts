import { isServerRenderedPath } from './server-rendered';

const COURSE = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

describe(isServerRenderedPath.name, () => {
  it("renders the catalogue, its list, a course and a test's intro on the server", () => {
    for (const path of [
      '/',
      '/courses',
      '/courses/',
      `/courses/${COURSE}`,
      `/courses/${COURSE.toUpperCase()}`,
      `/tests/${COURSE}`,
    ])
      expect(isServerRenderedPath(path)).toBe(true);
  });

  it('leaves every other page, and made-up course ids, to the browser', () => {
    for (const path of [
      '/login',
      '/my-learning',
      `/tests/${COURSE}/attempt`,
      '/tests/preview',
      '/courses/not-a-course',
      `/courses/${COURSE}/lessons`,
      `/trainer/courses/${COURSE}`,
      '/api/courses',
      '/index.csr.html',
    ])
      expect(isServerRenderedPath(path)).toBe(false);
  });
});
