const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The web app's pages rendered on the server (docs/adr/0035), as Angular route paths: the anonymous landing pages,
 * the catalogue's list and a course. The web app's server routes and the API's choice of what to render read this.
 */
export const SERVER_RENDERED_ROUTES = ['', 'courses', 'courses/:courseId', 'tests/:testId'] as const;

/** Whether a URL path is one of SERVER_RENDERED_ROUTES. A parameter must be a UUID: made-up paths cost no render. */
export function isServerRenderedPath(path: string): boolean {
  const segments = path.split('/').filter((segment) => segment !== '');
  return SERVER_RENDERED_ROUTES.some((route) => {
    const parts = route === '' ? [] : route.split('/');
    return (
      parts.length === segments.length &&
      parts.every((part, i) => (part.startsWith(':') ? UUID.test(segments[i]) : part === segments[i]))
    );
  });
}
