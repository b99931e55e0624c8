import { apiPreloadsFor, preloadLinkHeader } from './web-preloads';

describe(apiPreloadsFor.name, () => {
  const id = 'd596a957-3393-4dfb-a6f5-c7168dac7882';

  it('names the course list and the framework for the home page and the course list', () => {
    for (const path of ['/', '/courses', '/courses/']) {
      expect(apiPreloadsFor(path)).toEqual(['/api/courses', '/api/competences']);
    }
  });

  it('names the course and the framework for a course page', () => {
    expect(apiPreloadsFor(`/courses/${id}`)).toEqual([`/api/courses/${id}`, '/api/competences']);
    expect(apiPreloadsFor(`/courses/${id.toUpperCase()}/`)).toEqual([`/api/courses/${id}`, '/api/competences']);
  });

  it('names nothing for other pages, deeper paths or ids that are no course id', () => {
    for (const path of ['/login', '/tests/' + id, `/courses/${id}/x`, '/courses/abc', '/courses/%3Cscript%3E']) {
      expect(apiPreloadsFor(path)).toEqual([]);
    }
  });
});

describe(preloadLinkHeader.name, () => {
  it('asks for CORS-mode fetch preloads, as the app requests them', () => {
    expect(preloadLinkHeader(['/api/courses', '/api/competences'])).toBe(
      '</api/courses>; rel=preload; as=fetch; crossorigin, </api/competences>; rel=preload; as=fetch; crossorigin',
    );
  });
});
