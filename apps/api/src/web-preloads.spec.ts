import { apiPreloadsFor, preloadLinkHeader } from './web-preloads';

const id = 'd596a957-3393-4dfb-a6f5-c7168dac7882';

describe(apiPreloadsFor.name, () => {
  it('names the course list and the framework for the home page and the course list', () => {
    for (const path of ['/', '/courses', '/courses/']) {
      expect(apiPreloadsFor(path)).toEqual(['/api/courses', '/api/competences']);
    }
  });

  it('names the course and the framework for a course page', () => {
    expect(apiPreloadsFor(`/courses/${id}`)).toEqual([`/api/courses/${id}`, '/api/competences']);
    expect(apiPreloadsFor(`/courses/${id.toUpperCase()}/`)).toEqual([`/api/courses/${id}`, '/api/competences']);
  });

  it("names a test's intro, which is public, but not its attempt, which needs a signed-in citizen", () => {
    expect(apiPreloadsFor(`/tests/${id}`)).toEqual([`/api/tests/${id}`]);
    expect(apiPreloadsFor(`/tests/${id}/attempt`)).toEqual([]);
  });

  it('names nothing for other pages, deeper paths or ids that are no course id', () => {
    for (const path of ['/login', `/tests/${id}/x`, `/courses/${id}/x`, '/courses/abc', '/courses/%3Cscript%3E']) {
      expect(apiPreloadsFor(path)).toEqual([]);
    }
  });
});

describe(preloadLinkHeader.name, () => {
  const chunks = { catalog: ['chunk-AAAA1111.js'], test: ['chunk-BBBB2222.js', 'chunk-CCCC3333.js'] };

  it("names the page's route chunks as module preloads and its API answers as CORS-mode fetch preloads", () => {
    expect(preloadLinkHeader('/', chunks)).toBe(
      '</chunk-AAAA1111.js>; rel=modulepreload; fetchpriority=low, </api/courses>; rel=preload; as=fetch; crossorigin; fetchpriority=low, ' +
        '</api/competences>; rel=preload; as=fetch; crossorigin; fetchpriority=low',
    );
    expect(preloadLinkHeader(`/tests/${id}/attempt`, chunks)).toBe(
      '</chunk-BBBB2222.js>; rel=modulepreload; fetchpriority=low, </chunk-CCCC3333.js>; rel=modulepreload; fetchpriority=low',
    );
    expect(preloadLinkHeader(`/tests/${id}`, chunks)).toBe(
      `</api/tests/${id}>; rel=preload; as=fetch; crossorigin; fetchpriority=low`,
    );
  });

  it('still names the API answers of a build without route chunks, and nothing for other pages', () => {
    expect(preloadLinkHeader(`/courses/${id}`, {})).toBe(
      `</api/courses/${id}>; rel=preload; as=fetch; crossorigin; fetchpriority=low, </api/competences>; rel=preload; as=fetch; crossorigin; fetchpriority=low`,
    );
    expect(preloadLinkHeader(`/tests/${id}/attempt`, {})).toBeNull();
    for (const path of ['/login', '/tests/1', `/tests/${id}/result`, `/courses/${id}/attempt`])
      expect(preloadLinkHeader(path, chunks)).toBeNull();
  });
});
