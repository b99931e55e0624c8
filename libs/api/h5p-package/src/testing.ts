import { strToU8, zipSync, Zippable } from 'fflate';

/**
 * Small "third-party" libraries of our own making, packed like real exports (Lumi, Moodle, WordPress): other
 * machine names, fonts, dependency chains, patch and minor versions. Tests use them instead of H5P's own libraries,
 * whose code stays out of the repository.
 */
export interface TestLibrary {
  machineName: string;
  majorVersion: number;
  minorVersion: number;
  patchVersion?: number;
  title?: string;
  runnable?: boolean;
  dependencies?: TestLibrary[];
  /** Adds fonts/ with .woff, .woff2, .ttf, .eot, .otf and an SVG font, and the @font-face that uses them. */
  fonts?: boolean;
  /** The library's script; a runnable one gets a small counter content type by default. */
  js?: string;
}

export const testLibraryId = (lib: TestLibrary) => `${lib.machineName}-${lib.majorVersion}.${lib.minorVersion}`;

/**
 * A runnable content type that shows a counter and a button: each press adds one, reports `answered` and, at
 * `params.goal` presses, `completed`; its state is the count, so it resumes where it was left.
 */
export const counterScript = (machineName: string, version: string) => `(function () {
  var C = function (params, contentId, extras) {
    H5P.EventDispatcher.call(this);
    this.params = params || {};
    var previous = extras && extras.previousState;
    this.count = previous && typeof previous.count === 'number' ? previous.count : 0;
  };
  C.prototype = Object.create(H5P.EventDispatcher.prototype);
  C.prototype.constructor = C;
  C.prototype.attach = function ($container) {
    var self = this;
    var goal = self.params.goal || 2;
    var label = document.createElement('p');
    label.className = 'test-counter__label';
    label.setAttribute('role', 'status');
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = self.params.button || 'Add one';
    var show = function () { label.textContent = (self.params.text || 'Count') + ': ' + self.count + ' (${version})'; };
    button.onclick = function () {
      self.count += 1;
      show();
      self.triggerXAPIScored(self.count >= goal ? 1 : 0, 1, self.count >= goal ? 'completed' : 'answered');
      self.trigger('resize');
    };
    show();
    $container[0].appendChild(label);
    $container[0].appendChild(button);
  };
  C.prototype.getCurrentState = function () { return { count: this.count }; };
  H5P['${machineName.replace(/^H5P\./, '')}'] = C;
})();
`;

const BYTES = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) % 251);

/** The files of one library folder, keyed by their path in the package. */
export function libraryFiles(lib: TestLibrary): Zippable {
  const folder = testLibraryId(lib);
  const runnable = lib.runnable ?? false;
  const js = lib.js ?? (runnable ? counterScript(lib.machineName, versionOf(lib)) : `var H5P = H5P || {};\n`);
  const json = {
    title: lib.title ?? lib.machineName,
    machineName: lib.machineName,
    majorVersion: lib.majorVersion,
    minorVersion: lib.minorVersion,
    patchVersion: lib.patchVersion ?? 0,
    runnable: runnable ? 1 : 0,
    license: 'MIT',
    preloadedJs: [{ path: 'library.js' }],
    preloadedCss: [{ path: 'library.css' }],
    preloadedDependencies: (lib.dependencies ?? []).map(dependency),
  };
  const files: Zippable = {
    [`${folder}/library.json`]: strToU8(JSON.stringify(json, null, 2)),
    [`${folder}/library.js`]: strToU8(js),
    [`${folder}/library.css`]: strToU8(
      lib.fonts ? FONT_CSS : `.${lib.machineName.replace(/\W/g, '-')} { margin: 0; }\n`,
    ),
  };
  if (lib.fonts) {
    ['woff', 'woff2', 'ttf', 'eot', 'otf'].forEach((ext, i) => (files[`${folder}/fonts/icons.${ext}`] = BYTES(512, i)));
    files[`${folder}/fonts/icons.svg`] = strToU8(
      '<svg xmlns="http://www.w3.org/2000/svg"><defs><font id="icons"><glyph unicode="a" d="M0 0h10v10z"/></font></defs></svg>',
    );
  }
  return files;
}

const FONT_CSS = `@font-face {
  font-family: 'TestIcons';
  src: url('fonts/icons.eot');
  src: url('fonts/icons.woff2') format('woff2'), url('fonts/icons.woff') format('woff'),
    url('fonts/icons.ttf') format('truetype'), url('fonts/icons.svg#icons') format('svg');
}
`;

export interface TestPackage {
  /** The content type: the package's main library. */
  main: TestLibrary;
  title?: string;
  params?: Record<string, unknown>;
  /** Files under content/, e.g. { 'images/a.svg': '<svg…' }. */
  contentFiles?: Record<string, string | Uint8Array>;
  /** Leave out h5p.json and content/: a package of libraries alone. */
  librariesOnly?: boolean;
  /** Leave the libraries out: a package that relies on the installed ones. */
  withoutLibraries?: boolean;
}

/** A .h5p built as an authoring tool exports it: h5p.json, content/ and every library it needs, each once. */
export function packTestPackage(pkg: TestPackage): Uint8Array {
  const files: Zippable = {};
  if (!pkg.withoutLibraries) for (const lib of closure(pkg.main)) Object.assign(files, libraryFiles(lib));
  if (!pkg.librariesOnly) {
    files['h5p.json'] = strToU8(
      JSON.stringify({
        title: pkg.title ?? 'Test content',
        language: 'vi',
        mainLibrary: pkg.main.machineName,
        embedTypes: ['iframe'],
        license: 'CC BY',
        preloadedDependencies: [dependency(pkg.main)],
      }),
    );
    files['content/content.json'] = strToU8(JSON.stringify(pkg.params ?? { text: 'Count', goal: 2 }));
    for (const [path, data] of Object.entries(pkg.contentFiles ?? {})) {
      files[`content/${path}`] = typeof data === 'string' ? strToU8(data) : data;
    }
  }
  return zipSync(files, { level: 6, mtime: new Date('2025-01-01T00:00:00Z') });
}

/** The library and every library it needs, dependencies first. */
export function closure(lib: TestLibrary, seen = new Set<string>()): TestLibrary[] {
  if (seen.has(testLibraryId(lib))) return [];
  seen.add(testLibraryId(lib));
  return [...(lib.dependencies ?? []).flatMap((dep) => closure(dep, seen)), lib];
}

function dependency(lib: TestLibrary) {
  return { machineName: lib.machineName, majorVersion: lib.majorVersion, minorVersion: lib.minorVersion };
}

function versionOf(lib: TestLibrary): string {
  return `${lib.majorVersion}.${lib.minorVersion}.${lib.patchVersion ?? 0}`;
}

/**
 * A family of test libraries: a counter content type three libraries deep, the last with fonts. `suffix` gives the
 * family machine names of its own, so tests sharing a database do not meet.
 */
export function testLibraries(opts: { suffix?: string; patch?: number; minor?: number } = {}) {
  const { suffix = '', patch = 3, minor = 2 } = opts;
  const name = (base: string) => `H5P.Test${base}${suffix}`;
  const icons: TestLibrary = {
    machineName: name('Icons'),
    majorVersion: 1,
    minorVersion: 1,
    title: 'Test Icons',
    fonts: true,
  };
  const base: TestLibrary = {
    machineName: name('Base'),
    majorVersion: 2,
    minorVersion: 3,
    title: 'Test Base',
    dependencies: [icons],
  };
  const widget: TestLibrary = {
    machineName: name('Widget'),
    majorVersion: 1,
    minorVersion: 4,
    title: 'Test Widget',
    dependencies: [base],
  };
  const counter: TestLibrary = {
    machineName: name('Counter'),
    majorVersion: 1,
    minorVersion: minor,
    patchVersion: patch,
    title: `Counter${suffix}`,
    runnable: true,
    dependencies: [widget],
  };
  return { icons, base, widget, counter };
}
