import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of an xAPI statement the specs read, a superset of what the platform's ingest (xapi-record.ts) reads. */
export interface Statement {
  verb: { id: string };
  object: {
    id?: string;
    definition: {
      name?: Record<string, string>;
      description?: Record<string, string>;
      type?: string;
      interactionType?: string;
      choices?: { id: string; description: Record<string, string> }[];
      correctResponsesPattern?: string[];
      extensions: Record<string, unknown>;
    };
  };
  result?: {
    score?: { min?: number; max?: number; raw?: number; scaled?: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
  };
  context?: { contextActivities?: { parent?: { id: string }[]; category?: { id: string }[] } };
}

/** H5P's question contract (h5p.org/documentation/developers/contracts); each type keeps what fits it. */
export interface Content {
  getScore(): number;
  getMaxScore(): number;
  getAnswerGiven?(): boolean;
  showSolutions?(): void;
  resetTask?(): void;
  getXAPIData?(): { statement: Statement; children?: { statement: Statement }[] };
  getCurrentState(): unknown;
}

interface LibraryJson {
  machineName: string;
  majorVersion: number;
  minorVersion: number;
  preloadedJs?: { path: string }[];
  preloadedDependencies?: { machineName: string; majorVersion: number; minorVersion: number }[];
}

interface H5PCore {
  jQuery(node: Element): unknown;
  newRunnable(
    library: { library: string; params: object },
    contentId: string,
    $container: unknown,
    skipResize: boolean,
    extras: { previousState?: unknown },
  ): Content;
  externalDispatcher: { on(type: 'xAPI', handler: (event: { data: { statement: Statement } }) => void): void };
}

interface Integration {
  contents: Record<string, { url: string; contentUrl: string; metadata: { title: string } }>;
  [setting: string]: unknown;
}

type Frame = typeof globalThis & { H5P?: H5PCore; H5PIntegration?: Integration };

const LOCAL_CONTENT_ID = 'http://h5p.org/x-api/h5p-local-content-id';
const frame = globalThis as Frame;
const loaded = new Set<string>();
const sent: Statement[] = [];
let contents = 0;
let h5p: H5PCore | undefined;

/** As the player's script tags do: a classic script in the window's global scope. */
function runScript(path: string): void {
  (0, eval)(readFileSync(path, 'utf8'));
}

function readLibrary(folder: string): LibraryJson {
  return JSON.parse(readFileSync(join(__dirname, folder, 'library.json'), 'utf8')) as LibraryJson;
}

function core(): H5PCore {
  if (!h5p) {
    frame.H5PIntegration = {
      url: '/h5p',
      siteUrl: 'http://localhost',
      saveFreq: false,
      postUserStatistics: false,
      l10n: { H5P: {} },
      contents: {},
    };
    runScript(require.resolve('h5p-standalone/dist/frame.bundle.js'));
    h5p = frame.H5P as H5PCore;
    h5p.externalDispatcher.on('xAPI', (event) => sent.push(event.data.statement));
  }
  return h5p;
}

/** A library's preloadedJs, its dependencies first, as the player loads them. */
function loadLibrary(folder: string): LibraryJson {
  const library = readLibrary(folder);
  if (!loaded.has(folder)) {
    loaded.add(folder);
    for (const dep of library.preloadedDependencies ?? []) {
      loadLibrary(`${dep.machineName}-${dep.majorVersion}.${dep.minorVersion}`);
    }
    for (const js of library.preloadedJs ?? []) {
      runScript(join(__dirname, folder, js.path));
    }
  }
  return library;
}

/**
 * Plays a content type as h5p-standalone does: H5P.newRunnable into a container, with the saved state (stored
 * as JSON by the player) handed back as extras.previousState.
 */
export function play(folder: string, params: object, previousState?: unknown) {
  const h5p = core();
  const library = loadLibrary(folder);
  const contentId = `content-${++contents}`;
  const url = `http://localhost/h5p/${contentId}`;
  (frame.H5PIntegration as Integration).contents[`cid-${contentId}`] = {
    url,
    contentUrl: `${url}/content`,
    metadata: { title: 'Test content' },
  };
  const container = document.createElement('div');
  document.body.appendChild(container);
  const extras = previousState === undefined ? {} : { previousState: JSON.parse(JSON.stringify(previousState)) };
  const content = h5p.newRunnable(
    { library: `${library.machineName} ${library.majorVersion}.${library.minorVersion}`, params },
    contentId,
    h5p.jQuery(container),
    true,
    extras,
  );
  const statements = () =>
    sent.filter((statement) => statement.object.definition.extensions[LOCAL_CONTENT_ID] === contentId);
  return {
    content,
    container,
    url,
    statements,
    verbs: () => statements().map((statement) => statement.verb.id.split('/').pop()),
  };
}

/** The visible button with that text, as a learner would find it. */
export function button(container: Element, name: string): HTMLButtonElement {
  const found = Array.from(container.querySelectorAll('button')).find(
    (node) => !node.hidden && node.textContent === name,
  );
  if (!found) {
    throw new Error(`no visible button "${name}"`);
  }
  return found;
}

export function visibleButtons(container: Element): string[] {
  return Array.from(container.querySelectorAll('button'))
    .filter((node) => !node.hidden && node.textContent)
    .map((node) => node.textContent ?? '');
}
