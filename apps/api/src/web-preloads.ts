const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The lazily loaded chunks of each landing page's route, by page (route-chunks.json of the web build). */
export type RouteChunks = Readonly<Record<string, readonly string[]>>;

type LandingPage = { page: 'catalog'; course?: string } | { page: 'testIntro'; test: string } | { page: 'test' };

/** The landing pages a first visit opens: the catalogue's list, a course, a test's intro and its attempt. */
function landingPage(path: string): LandingPage | null {
  const route = path.replace(/\/+$/, '') || '/';
  if (route === '/' || route === '/courses') return { page: 'catalog' };
  const [, kind, id, rest] = /^\/(courses|tests)\/([^/]+)(\/attempt)?$/.exec(route) ?? [];
  if (!id || !UUID.test(id)) return null;
  if (kind === 'courses') return rest ? null : { page: 'catalog', course: id.toLowerCase() };
  return rest ? { page: 'test' } : { page: 'testIntro', test: id.toLowerCase() };
}

/**
 * The public API answers that a landing page asks for first (the catalogue's list or a course, with the competence
 * framework they name levels and competences from; a test's intro). Only anonymous, public GETs: a signed-in person's request
 * carries a token, and then does not use the preload.
 */
export function apiPreloadsFor(path: string): string[] {
  const landing = landingPage(path);
  if (landing?.page === 'testIntro') return [`/api/tests/${landing.test}`];
  if (landing?.page !== 'catalog') return [];
  return [landing.course ? `/api/courses/${landing.course}` : '/api/courses', '/api/competences'];
}

/**
 * The `Link` header of a landing page's index.html (docs/adr/0033): the browser fetches the page's route chunks and
 * its API answers while it downloads main.js, instead of discovering them one round trip at a time after it runs.
 * `crossorigin` (anonymous) on the API answers: the app's XMLHttpRequest is a CORS-mode request without
 * credentials, and a preload is used only by a request of the same mode. `fetchpriority=low`: the header is read
 * before the page, and over HTTP/1.1's six connections these would otherwise go ahead of main.js and the framework,
 * which must arrive first for anything to run (measured: content 0.2–1 s sooner). Null for other pages. A page
 * rendered on the server goes without (docs/adr/0035): its answers are inside it, and its stylesheet comes first.
 */
export function preloadLinkHeader(path: string, routeChunks: RouteChunks): string | null {
  const landing = landingPage(path);
  if (!landing) return null;
  const links = [
    ...(routeChunks[landing.page] ?? []).map((chunk) => `</${chunk}>; rel=modulepreload; fetchpriority=low`),
    ...apiPreloadsFor(path).map((url) => `<${url}>; rel=preload; as=fetch; crossorigin; fetchpriority=low`),
  ];
  return links.length ? links.join(', ') : null;
}
