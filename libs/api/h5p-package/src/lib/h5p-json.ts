export interface H5pDependency {
  machineName: string;
  majorVersion: number;
  minorVersion: number;
}

/** h5p.json at the package root. Other fields (embedTypes, authors…) pass through untouched. */
export interface H5pManifest {
  title: string;
  mainLibrary: string;
  language?: string;
  license?: string;
  preloadedDependencies: H5pDependency[];
  [field: string]: unknown;
}

/** library.json inside a library folder. */
export interface H5pLibraryJson extends H5pDependency {
  title?: string;
  runnable?: number;
  preloadedJs?: { path: string }[];
  preloadedCss?: { path: string }[];
  preloadedDependencies?: H5pDependency[];
  [field: string]: unknown;
}

/** Parsed value, or the reason it is not valid. */
export type Parsed<T> = { value: T } | { problem: string };

const MACHINE_NAME = /^[\w.-]{1,255}$/;

/** "H5P.LcReadingPage-1.1": the library folder name, and the form of installed library ids. */
export function libraryId(dep: H5pDependency): string {
  return `${dep.machineName}-${dep.majorVersion}.${dep.minorVersion}`;
}

export function parseJsonObject(text: string): Parsed<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { problem: `is not valid JSON (${(e as Error).message})` };
  }
  if (!isObject(value)) {
    return { problem: 'must hold a JSON object' };
  }
  return { value };
}

export function parseManifest(text: string): Parsed<H5pManifest> {
  const json = parseJsonObject(text);
  if ('problem' in json) {
    return json;
  }
  const raw = json.value;
  if (!nonEmptyString(raw['title'])) {
    return { problem: 'has no title' };
  }
  if (!nonEmptyString(raw['mainLibrary'])) {
    return { problem: 'has no mainLibrary' };
  }
  const deps = parseDependencies(raw['preloadedDependencies']);
  if ('problem' in deps) {
    return deps;
  }
  if (!deps.value.length) {
    return { problem: 'has no preloadedDependencies' };
  }
  if (!deps.value.some((dep) => dep.machineName === raw['mainLibrary'])) {
    return { problem: `mainLibrary ${raw['mainLibrary']} is not among its preloadedDependencies` };
  }
  return { value: { ...raw, title: raw['title'], mainLibrary: raw['mainLibrary'], preloadedDependencies: deps.value } };
}

export function parseLibraryJson(text: string): Parsed<H5pLibraryJson> {
  const json = parseJsonObject(text);
  if ('problem' in json) {
    return json;
  }
  const raw = json.value;
  const self = parseDependency(raw, 'it');
  if ('problem' in self) {
    return self;
  }
  const deps =
    raw['preloadedDependencies'] === undefined ? { value: [] } : parseDependencies(raw['preloadedDependencies']);
  if ('problem' in deps) {
    return deps;
  }
  const js = parseFileList(raw['preloadedJs'], 'preloadedJs');
  const css = parseFileList(raw['preloadedCss'], 'preloadedCss');
  for (const list of [js, css]) {
    if ('problem' in list) {
      return list;
    }
  }
  return {
    value: {
      ...raw,
      ...self.value,
      preloadedDependencies: deps.value,
      preloadedJs: 'value' in js ? js.value : [],
      preloadedCss: 'value' in css ? css.value : [],
    },
  };
}

function parseDependencies(value: unknown): Parsed<H5pDependency[]> {
  if (!Array.isArray(value)) {
    return { problem: 'has no preloadedDependencies list' };
  }
  const deps: H5pDependency[] = [];
  for (const [i, item] of value.entries()) {
    const dep = parseDependency(item, `preloadedDependencies[${i}]`);
    if ('problem' in dep) {
      return dep;
    }
    deps.push(dep.value);
  }
  return { value: deps };
}

function parseDependency(value: unknown, where: string): Parsed<H5pDependency> {
  if (!isObject(value)) {
    return { problem: `${where} is not an object` };
  }
  const machineName = value['machineName'];
  const majorVersion = version(value['majorVersion']);
  const minorVersion = version(value['minorVersion']);
  if (typeof machineName !== 'string' || !MACHINE_NAME.test(machineName)) {
    return { problem: `${where} has no valid machineName` };
  }
  if (majorVersion === undefined || minorVersion === undefined) {
    return { problem: `${where} (${machineName}) has no valid majorVersion/minorVersion` };
  }
  return { value: { machineName, majorVersion, minorVersion } };
}

function parseFileList(value: unknown, field: string): Parsed<{ path: string }[]> {
  if (value === undefined) {
    return { value: [] };
  }
  if (!Array.isArray(value) || !value.every((item) => isObject(item) && nonEmptyString(item['path']))) {
    return { problem: `has an invalid ${field} list` };
  }
  return { value: value.map((item: { path: string }) => ({ path: item.path })) };
}

/** Versions are numbers in H5P's own exports; some tools write them as digit strings. */
function version(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
