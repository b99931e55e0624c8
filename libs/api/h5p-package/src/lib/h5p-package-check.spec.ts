import { strToU8, Zippable, zipSync } from 'fflate';
import { H5pCheckOptions, H5pCheckResult, inspectH5pPackage, unpackH5pContent } from './h5p-package-check';
import { memorySink } from './memory-sink';
import { ZipFormatError } from './zip-reader';
import { bytesZipSource } from './zip-source';

const limits: H5pCheckOptions = {
  maxBytes: 1_000_000,
  maxUnpackedBytes: 30_000_000,
  maxFiles: 50,
  maxFileBytes: 25_000_000,
  installedLibraries: [],
};

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

type Checked = H5pCheckResult & { files?: Record<string, Uint8Array> };

/** Inspects, then unpacks into memory what would be stored, as the upload does (a bad entry refuses the package). */
async function checkBytes(bytes: Uint8Array, opts: Partial<H5pCheckOptions> = {}): Promise<Checked> {
  const source = bytesZipSource(bytes);
  const result = await inspectH5pPackage(source, { ...limits, ...opts });
  if (!result.ok) return result;
  const unpacked = memorySink();
  try {
    await unpackH5pContent(source, result, unpacked.sink);
  } catch (e) {
    if (e instanceof ZipFormatError) return { ok: false, errors: [{ code: e.code, message: e.message }] };
    throw e;
  }
  return { ...result, files: unpacked.files };
}

function check(files: Zippable, opts: Partial<H5pCheckOptions> = {}): Promise<Checked> {
  return checkBytes(zipSync(files), opts);
}

/** What the platform stores of validFiles(): everything outside the library folder. */
const STORED = ['content/content.json', 'content/images/a.svg', 'h5p.json'];

function errorsOf(result: Checked) {
  return result.ok ? [] : result.errors;
}

function codesOf(result: Checked) {
  return errorsOf(result).map((error) => error.code);
}

describe(inspectH5pPackage.name, () => {
  it('accepts a package that bundles its library', async () => {
    const result = await check(validFiles());

    expect(result).toMatchObject({ ok: true, manifest: { title: 'Bài đọc', mainLibrary: 'H5P.Foo' } });
    expect(result.ok && result.bundledLibraries).toEqual(['H5P.Foo-1.1']);
    expect(result.ok && Object.keys(result.files ?? {}).sort()).toEqual(STORED);
  });

  it('accepts a package whose library is installed on the platform', async () => {
    const files = validFiles();
    for (const name of Object.keys(files).filter((n) => n.startsWith('H5P.Foo-1.1/'))) {
      delete files[name];
    }

    expect((await check(files, { installedLibraries: ['H5P.Foo-1.1'] })).ok).toBe(true);
  });

  it('skips macOS and dotfile litter instead of rejecting or unpacking it', async () => {
    const result = await check({
      ...validFiles(),
      '__MACOSX/._h5p.json': strToU8('x'),
      'content/.DS_Store': strToU8('x'),
    });

    expect(result.ok && Object.keys(result.files ?? {}).sort()).toEqual(STORED);
  });

  it('rejects bytes that are not a zip', async () => {
    const result = await checkBytes(strToU8('this is not a zip archive at all'), limits);

    expect(codesOf(result)).toEqual(['H5P_NOT_ZIP']);
  });

  it('rejects a package larger than maxBytes', async () => {
    expect(codesOf(await check(validFiles(), { maxBytes: 100 }))).toEqual(['H5P_TOO_LARGE']);
  });

  it('rejects a package whose declared unpacked size is over the limit', async () => {
    expect(codesOf(await check(validFiles(), { maxUnpackedBytes: 100 }))).toEqual(['H5P_TOO_LARGE']);
  });

  it('reads the declared sizes before inflating anything (a zip bomb never gets unpacked)', async () => {
    const bytes = zipSync(validFiles());
    declareUncompressedSize(bytes, 0x7fffffff);

    const result = await checkBytes(bytes, limits);

    expect(errorsOf(result)).toEqual([{ code: 'H5P_TOO_LARGE', message: expect.stringContaining('unpacks to') }]);
  });

  it('stops an entry that inflates past its declared size', async () => {
    const bytes = zipSync({ ...validFiles(), 'content/a.txt': new Uint8Array(20_000_000) });
    declareUncompressedSize(bytes, 1000, 'content/a.txt');

    expect(errorsOf(await checkBytes(bytes, limits))).toEqual([
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
  ])('rejects the entry %j as a path escape', async (name) => {
    const result = await check({ ...validFiles(), [name]: strToU8('alert(1)') });

    expect(errorsOf(result)).toContainEqual({ code: 'H5P_PATH_ESCAPE', message: expect.stringContaining('entry') });
  });

  it('rejects a package without h5p.json', async () => {
    const files = validFiles();
    delete files['h5p.json'];

    expect(codesOf(await check(files))).toEqual(['H5P_MANIFEST_MISSING']);
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
  ])('rejects an h5p.json %s', async (_case, manifest) => {
    expect(codesOf(await check({ ...validFiles(), 'h5p.json': manifest }))).toEqual(['H5P_MANIFEST_INVALID']);
  });

  it('rejects a package without content/content.json, or with one that is not JSON', async () => {
    const files = validFiles();
    delete files['content/content.json'];

    expect(codesOf(await check(files))).toEqual(['H5P_CONTENT_MISSING']);
    expect(codesOf(await check({ ...validFiles(), 'content/content.json': strToU8('nope') }))).toEqual([
      'H5P_CONTENT_MISSING',
    ]);
  });

  it('rejects a missing dependency and names it', async () => {
    const files = validFiles();
    for (const name of Object.keys(files).filter((n) => n.startsWith('H5P.Foo-1.1/'))) {
      delete files[name];
    }

    expect(errorsOf(await check(files))).toEqual([
      {
        code: 'H5P_DEPENDENCY_MISSING',
        message: 'missing library H5P.Foo-1.1 (required by h5p.json)',
        library: 'H5P.Foo-1.1',
        requiredBy: 'h5p.json',
      },
    ]);
  });

  it("follows bundled libraries' own dependencies", async () => {
    const files = {
      ...validFiles(),
      'H5P.Foo-1.1/library.json': library('H5P.Foo', 1, 1, [
        { machineName: 'H5P.Bar', majorVersion: 2, minorVersion: 3 },
      ]),
    };

    expect(errorsOf(await check(files))).toEqual([
      {
        code: 'H5P_DEPENDENCY_MISSING',
        message: 'missing library H5P.Bar-2.3 (required by H5P.Foo-1.1)',
        library: 'H5P.Bar-2.3',
        requiredBy: 'H5P.Foo-1.1',
      },
    ]);
    expect((await check(files, { installedLibraries: ['H5P.Bar-2.3'] })).ok).toBe(true);
  });

  it('rejects a bundled library whose files or name do not match its library.json', async () => {
    const missingJs = validFiles();
    delete missingJs['H5P.Foo-1.1/foo.js'];
    const misnamed = { ...validFiles(), 'H5P.Foo-1.1/library.json': library('H5P.Foo', 1, 2) };
    const noLibraryJson = { ...validFiles(), 'Stray-1.0/readme.txt': strToU8('hi') };

    expect(errorsOf(await check(missingJs))).toEqual([
      {
        code: 'H5P_LIBRARY_INVALID',
        message: 'library H5P.Foo-1.1 lists H5P.Foo-1.1/foo.js, which is not in the package',
      },
    ]);
    expect(codesOf(await check(misnamed))).toEqual(['H5P_LIBRARY_INVALID']);
    expect(codesOf(await check(noLibraryJson))).toEqual(['H5P_LIBRARY_INVALID']);
  });

  it('refuses more entries than maxFiles before reading the central directory', async () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`content/f${i}.txt`, strToU8('x')]));

    expect(errorsOf(await check({ ...validFiles(), ...many }))).toEqual([
      { code: 'H5P_TOO_MANY_FILES', message: 'package has 66 entries, the limit is 50' },
    ]);
  });

  it('refuses an entry larger than maxFileBytes', async () => {
    expect(
      codesOf(await check({ ...validFiles(), 'content/big.txt': new Uint8Array(2000) }, { maxFileBytes: 1000 })),
    ).toEqual(['H5P_TOO_LARGE']);
  });

  it.each([
    ['a path over 255 characters', { [`content/${'a'.repeat(260)}.txt`]: strToU8('x') }, 'longer than 255'],
    ['a path 13 folders deep', { [`content/${'d/'.repeat(12)}x.txt`]: strToU8('x') }, 'deeper than 12'],
    ['the same path twice in another case', { 'content/Images/A.svg': strToU8('<svg/>') }, 'collides with'],
    ['a path that is a file and a folder', { 'content/images/a.svg/b.svg': strToU8('<svg/>') }, 'file and a folder'],
    ['an empty segment', { 'content//b.svg': strToU8('<svg/>') }, 'empty'],
  ])('refuses %s as an invalid path', async (_case, extra, message) => {
    expect(errorsOf(await check({ ...validFiles(), ...extra }))).toEqual([
      { code: 'H5P_PATH_INVALID', message: expect.stringContaining(message) },
    ]);
  });

  it('refuses script or style outside library folders', async () => {
    expect(codesOf(await check({ ...validFiles(), 'content/run.js': strToU8('x') }))).toEqual(['H5P_FILE_TYPE']);
  });

  it.each(['content/fonts/a.eot', 'content/a.otf', 'content/doc.pdf', 'content/sheet.xlsx', 'H5P.Foo-1.1/f.woff2'])(
    'accepts %s, as H5P itself does',
    async (name) => {
      expect(codesOf(await check({ ...validFiles(), [name]: strToU8('x') }))).toEqual([]);
    },
  );

  it.each(['content/page.html', 'content/run.exe', 'H5P.Foo-1.1/tool.php', 'content/README', 'content/a.swf'])(
    'rejects the file type of %s',
    async (name) => {
      expect(codesOf(await check({ ...validFiles(), [name]: strToU8('x') }))).toEqual(['H5P_FILE_TYPE']);
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
