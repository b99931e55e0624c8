// Writes route-chunks.json into the built web app: for each landing page, the lazily loaded chunks its route needs
// beyond the first download, so that the API names them in a `Link: rel=modulepreload` header on that page's
// index.html (apps/api/src/web-preloads.ts) and the browser fetches them beside main.js, instead of discovering them
// one round trip at a time after it runs. Reads the esbuild metafile of the Angular build (statsJson).
// Run by `nx run web:build` after the Angular build: node tools/web/route-chunks.mjs [dist/apps/web]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// A page, and the source files its route loads lazily: the feature's routes, the page's own component when that is
// a loadComponent of its own, and the form-field defaults that apps/web/src/app/app.routes.ts loads beside them.
const PAGES = {
  catalog: ['libs/web/catalog/feature/src/index.ts'],
  test: [
    'libs/web/assessment/feature/src/index.ts',
    'libs/web/assessment/feature/src/lib/attempt-page/attempt-page.ts',
    'apps/web/src/app/form-field-defaults.ts',
  ],
};

const dist = process.argv[2] ?? 'dist/apps/web';
if (!existsSync(join(dist, 'stats.json'))) {
  // A development build writes no metafile; the API then sends the API preloads only.
  console.log(`route chunks: no ${join(dist, 'stats.json')} (a development build?), none written`);
  process.exit(0);
}
const { outputs } = JSON.parse(readFileSync(join(dist, 'stats.json'), 'utf8'));
const staticClosure = (file, into = new Set()) => {
  if (into.has(file)) return into;
  into.add(file);
  for (const i of outputs[file]?.imports ?? []) if (i.kind === 'import-statement') staticClosure(i.path, into);
  return into;
};
const main = Object.keys(outputs).find((file) => /^main-[A-Z0-9]+\.js$/.test(file));
if (!main) throw new Error(`no main-*.js in ${dist}/stats.json`);
const initial = staticClosure(main);

const manifest = {};
for (const [page, sources] of Object.entries(PAGES)) {
  const chunks = new Set();
  for (const source of sources) {
    const entry = Object.keys(outputs).find((file) => file.endsWith('.js') && outputs[file].entryPoint === source);
    if (!entry) throw new Error(`${source} is no lazily loaded entry of the build: update PAGES in ${process.argv[1]}`);
    for (const file of staticClosure(entry)) if (!initial.has(file)) chunks.add(file);
  }
  manifest[page] = [...chunks].sort();
}
writeFileSync(join(dist, 'browser', 'route-chunks.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `route chunks: ${Object.entries(manifest)
    .map(([page, chunks]) => `${page} ${chunks.length}`)
    .join(', ')}`,
);
