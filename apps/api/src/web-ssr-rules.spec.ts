import { isServerRendered, shouldSendRender } from './web-ssr-rules';

const COURSE = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

describe(isServerRendered.name, () => {
  it('renders the catalogue, its list and a course on the server', () => {
    for (const path of ['/', '/courses', '/courses/', `/courses/${COURSE}`, `/courses/${COURSE.toUpperCase()}`])
      expect(isServerRendered(path)).toBe(true);
  });

  it('leaves every other page, and made-up course ids, to the browser', () => {
    for (const path of [
      '/login',
      '/my-learning',
      '/tests/' + COURSE,
      '/courses/not-a-course',
      `/courses/${COURSE}/lessons`,
      '/trainer/courses/' + COURSE,
      '/api/courses',
      '/index.csr.html',
    ])
      expect(isServerRendered(path)).toBe(false);
  });
});

describe(shouldSendRender.name, () => {
  it('sends a successful HTML page', () => {
    expect(shouldSendRender({ kind: 'page', status: 200, contentType: 'text/html;charset=UTF-8' })).toBe(true);
  });

  it('falls back to the client index for anything else', () => {
    expect(shouldSendRender({ kind: 'page', status: 500, contentType: 'text/html' })).toBe(false);
    expect(shouldSendRender({ kind: 'page', status: 302, contentType: null })).toBe(false);
    expect(shouldSendRender({ kind: 'page', status: 200, contentType: 'application/json' })).toBe(false);
    expect(shouldSendRender({ kind: 'none' })).toBe(false);
    expect(shouldSendRender({ kind: 'failed', reason: 'TypeError' })).toBe(false);
    expect(shouldSendRender({ kind: 'timeout' })).toBe(false);
  });
});
