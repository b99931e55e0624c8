import { strToU8, Zippable, zipSync } from 'fflate';
import { checkH5pPackage, H5pCheckOptions } from './h5p-package-check';

const limits: H5pCheckOptions = { maxBytes: 1_000_000, maxUnpackedBytes: 5_000_000, installedLibraries: [] };

const json = (value: unknown) => strToU8(JSON.stringify(value));

function library(machineName: string, major: number, minor: number, deps: object[] = []) {
  return json({
    machineName,
    majorVersion: major,
    minorVersion: minor,
    runnable: 1,
    preloadedJs: [{ path: 'foo.js' }],
    preloadedCss: [{ path: 'foo.css' }],
    preloadedDependencies: deps,
  });
}

function validFiles(): Zippable {
  return {
    'h5p.json': json({
      title: 'Bài đọc',
      mainLibrary: 'H5P.Foo',
      preloadedDependencies: [{ machineName: 'H5P.Foo', majorVersion: 1, minorVersion: 1 }],
    }),
    'content/content.json': json({ title: 'Bài đọc' }),
    'content/images/a.svg': strToU8('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    'H5P.Foo-1.1/library.json': library('H5P.Foo', 1, 1),
    'H5P.Foo-1.1/foo.js': strToU8('H5P.Foo = function () {};'),
    'H5P.Foo-1.1/foo.css': strToU8('.foo {}'),
  };
}

function check(files: Zippable, opts: Partial<H5pCheckOptions> = {}) {
  return checkH5pPackage(zipSync(files), { ...limits, ...opts });
}

function errorsOf(result: ReturnType<typeof checkH5pPackage>) {
  return result.ok ? [] : result.errors;
}

function codesOf(result: ReturnType<typeof checkH5pPackage>) {
  return errorsOf(result).map((error) => error.code);
}

describe(checkH5pPackage.name, () => {
  it('accepts a package that bundles its library', () => {
    const result = check(validFiles());

    expect(result).toMatchObject({ ok: true, manifest: { title: 'Bài đọc', mainLibrary: 'H5P.Foo' } });
    expect(result.ok && result.bundledLibraries).toEqual(['H5P.Foo-1.1']);
    expect(result.ok && Object.keys(result.files).sort()).toEqual(Object.keys(validFiles()).sort());
  });

  it('accepts a package whose library is installed on the platform', () => {
    const files = validFiles();
    for (const name of Object.keys(files).filter((n) => n.startsWith('H5P.Foo-1.1/'))) {
      delete files[name];
    }

    expect(check(files, { installedLibraries: ['H5P.Foo-1.1'] }).ok).toBe(true);
  });

  it('skips macOS and dotfile litter instead of rejecting or unpacking it', () => {
    const result = check({ ...validFiles(), '__MACOSX/._h5p.json': strToU8('x'), 'content/.DS_Store': strToU8('x') });

    expect(result.ok && Object.keys(result.files).sort()).toEqual(Object.keys(validFiles()).sort());
  });

  it('rejects bytes that are not a zip', () => {
    const result = checkH5pPackage(strToU8('this is not a zip archive at all'), limits);

    expect(codesOf(result)).toEqual(['H5P_NOT_ZIP']);
  });

  it('rejects a package larger than maxBytes', () => {
    expect(codesOf(check(validFiles(), { maxBytes: 100 }))).toEqual(['H5P_TOO_LARGE']);
  });

  it('rejects a package whose declared unpacked size is over the limit', () => {
    expect(codesOf(check(validFiles(), { maxUnpackedBytes: 100 }))).toEqual(['H5P_TOO_LARGE']);
  });

  it('reads the declared sizes before inflating anything (a zip bomb never gets unpacked)', () => {
    const bytes = zipSync(validFiles());
    declareUncompressedSize(bytes, 0x7fffffff);

    const result = checkH5pPackage(bytes, limits);

    expect(errorsOf(result)).toEqual([{ code: 'H5P_TOO_LARGE', message: expect.stringContaining('unpacks to') }]);
  });

  it('stops an entry that inflates past its declared size', () => {
    const bytes = zipSync({ ...validFiles(), 'content/a.txt': new Uint8Array(20_000_000) });
    declareUncompressedSize(bytes, 1000, 'content/a.txt');

    expect(errorsOf(checkH5pPackage(bytes, limits))).toEqual([
      { code: 'H5P_TOO_LARGE', message: 'entry "content/a.txt" inflates to more than its declared 1000 bytes' },
    ]);
  });

  it.each([
    '../evil.js',
    'content/../../evil.js',
    '/etc/evil.js',
    'C:/evil.js',
    'content\\evil.js',
    'content/ev\0il.js',
  ])('rejects the entry %j as a path escape', (name) => {
    const result = check({ ...validFiles(), [name]: strToU8('alert(1)') });

    expect(errorsOf(result)).toContainEqual({ code: 'H5P_PATH_ESCAPE', message: expect.stringContaining('entry') });
  });

  it('rejects a package without h5p.json', () => {
    const files = validFiles();
    delete files['h5p.json'];

    expect(codesOf(check(files))).toEqual(['H5P_MANIFEST_MISSING']);
  });

  it.each([
    ['not JSON', strToU8('{ title: ')],
    ['without mainLibrary', json({ title: 'x', preloadedDependencies: [] })],
    ['without dependencies', json({ title: 'x', mainLibrary: 'H5P.Foo' })],
    [
      'whose main library is not a dependency',
      json({
        title: 'x',
        mainLibrary: 'H5P.Bar',
        preloadedDependencies: [{ machineName: 'H5P.Foo', majorVersion: 1, minorVersion: 1 }],
      }),
    ],
  ])('rejects an h5p.json %s', (_case, manifest) => {
    expect(codesOf(check({ ...validFiles(), 'h5p.json': manifest }))).toEqual(['H5P_MANIFEST_INVALID']);
  });

  it('rejects a package without content/content.json, or with one that is not JSON', () => {
    const files = validFiles();
    delete files['content/content.json'];

    expect(codesOf(check(files))).toEqual(['H5P_CONTENT_MISSING']);
    expect(codesOf(check({ ...validFiles(), 'content/content.json': strToU8('nope') }))).toEqual([
      'H5P_CONTENT_MISSING',
    ]);
  });

  it('rejects a missing dependency and names it', () => {
    const files = validFiles();
    for (const name of Object.keys(files).filter((n) => n.startsWith('H5P.Foo-1.1/'))) {
      delete files[name];
    }

    expect(errorsOf(check(files))).toEqual([
      { code: 'H5P_DEPENDENCY_MISSING', message: 'missing library H5P.Foo-1.1 (required by h5p.json)' },
    ]);
  });

  it("follows bundled libraries' own dependencies", () => {
    const files = {
      ...validFiles(),
      'H5P.Foo-1.1/library.json': library('H5P.Foo', 1, 1, [
        { machineName: 'H5P.Bar', majorVersion: 2, minorVersion: 3 },
      ]),
    };

    expect(errorsOf(check(files))).toEqual([
      { code: 'H5P_DEPENDENCY_MISSING', message: 'missing library H5P.Bar-2.3 (required by H5P.Foo-1.1)' },
    ]);
    expect(check(files, { installedLibraries: ['H5P.Bar-2.3'] }).ok).toBe(true);
  });

  it('rejects a bundled library whose files or name do not match its library.json', () => {
    const missingJs = validFiles();
    delete missingJs['H5P.Foo-1.1/foo.js'];
    const misnamed = { ...validFiles(), 'H5P.Foo-1.1/library.json': library('H5P.Foo', 1, 2) };
    const noLibraryJson = { ...validFiles(), 'Stray-1.0/readme.txt': strToU8('hi') };

    expect(errorsOf(check(missingJs))).toEqual([
      {
        code: 'H5P_LIBRARY_INVALID',
        message: 'library H5P.Foo-1.1 lists H5P.Foo-1.1/foo.js, which is not in the package',
      },
    ]);
    expect(codesOf(check(misnamed))).toEqual(['H5P_LIBRARY_INVALID']);
    expect(codesOf(check(noLibraryJson))).toEqual(['H5P_LIBRARY_INVALID']);
  });

  it.each(['content/page.html', 'content/run.exe', 'H5P.Foo-1.1/tool.php', 'content/README'])(
    'rejects the file type of %s',
    (name) => {
      expect(codesOf(check({ ...validFiles(), [name]: strToU8('x') }))).toEqual(['H5P_FILE_TYPE']);
    },
  );
});

/** Rewrites the uncompressed size in central-directory records (all, or one entry's), as a zip bomb would. */
function declareUncompressedSize(zip: Uint8Array, size: number, only?: string): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 46 <= zip.length; i++) {
    const name = () => new TextDecoder().decode(zip.subarray(i + 46, i + 46 + view.getUint16(i + 28, true)));
    if (view.getUint32(i, true) === 0x02014b50 && (only === undefined || name() === only)) {
      view.setUint32(i + 24, size, true);
    }
  }
}
