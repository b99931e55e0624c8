import type { OpenAPIObject } from '@nestjs/swagger';

/** `GET /courses/{}`: a method and a path without `/api` and without parameter names, as both lists spell it. */
const normal = (method: string, path: string) =>
  `${method.toUpperCase()} ${path
    .replace(/\?.*$/, '')
    .replace(/^\/api(?=\/)/, '')
    .replace(/\/\.\.\.$/, '/{}')
    .replace(/:[A-Za-z]+|\{[A-Za-z]+\}/g, '{}')}`;

/** The endpoints docs/api-overview.md names in its tables (`| GET /courses/:id | …`). */
export function overviewEndpoints(markdown: string): string[] {
  return [...markdown.matchAll(/^\| (GET|POST|PUT|PATCH|DELETE) ([^ |]+)/gm)].map(([, m, p]) => normal(m, p));
}

/** The operations of an OpenAPI document, spelled as the overview spells them. */
export function documentEndpoints(doc: OpenAPIObject): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => ['get', 'put', 'post', 'patch', 'delete'].includes(m))
      .map((m) => normal(m, path)),
  );
}
