import { strFromU8, strToU8, zipSync } from 'fflate';
import { packTestPackage, testLibraries } from '../testing';
import { inspectH5pPackage, unpackH5pContent } from './h5p-package-check';
import { inspectLibraryPackage, unpackLibrary } from './library-package';
import { memorySink } from './memory-sink';
import { bytesZipSource } from './zip-source';

const MB = 1024 * 1024;
const limits = { maxBytes: 10 * MB, maxUnpackedBytes: 10 * MB, maxFileBytes: 5 * MB, maxFiles: 500 };

describe(inspectLibraryPackage.name, () => {
  it('lists every library of an export with its files, fonts included, and unpacks one', async () => {
    const { counter } = testLibraries();
    const source = bytesZipSource(packTestPackage({ main: counter }));
    const result = await inspectLibraryPackage(source, limits);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.manifest?.mainLibrary).toBe('H5P.TestCounter');
    expect(result.libraries.map((l) => l.folder).sort()).toEqual([
      'H5P.TestBase-2.3',
      'H5P.TestCounter-1.2',
      'H5P.TestIcons-1.1',
      'H5P.TestWidget-1.4',
    ]);
    const icons = result.libraries.find((l) => l.folder === 'H5P.TestIcons-1.1')!;
    expect(icons.files.map((f) => f.path).sort()).toEqual([
      'fonts/icons.eot',
      'fonts/icons.otf',
      'fonts/icons.svg',
      'fonts/icons.ttf',
      'fonts/icons.woff',
      'fonts/icons.woff2',
      'library.css',
      'library.js',
      'library.json',
    ]);
    const { sink, files } = memorySink();
    await unpackLibrary(source, icons, sink);
    expect(Object.keys(files)).toHaveLength(9);
    expect(strFromU8(files['library.css']!)).toContain('@font-face');
  });

  it('refuses a package with no library, and a file type H5P does not allow', async () => {
    const none = await inspectLibraryPackage(
      bytesZipSource(zipSync({ 'content/content.json': strToU8('{}') })),
      limits,
    );
    expect(none).toMatchObject({ ok: false, errors: [{ code: 'H5P_LIBRARY_INVALID' }] });
    const files = { 'H5P.X-1.1/library.json': strToU8('{}'), 'H5P.X-1.1/run.exe': strToU8('MZ') };
    const exe = await inspectLibraryPackage(bytesZipSource(zipSync(files)), limits);
    expect(exe.ok).toBe(false);
  });
});

describe('content SVGs', () => {
  it('are sanitized as they are unpacked, and refused over the size limit', async () => {
    const { counter } = testLibraries();
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script><circle r="4"/></svg>';
    const source = bytesZipSource(packTestPackage({ main: counter, contentFiles: { 'images/a.svg': svg } }));
    const opts = { ...limits, installedLibraries: [] };
    const inspected = await inspectH5pPackage(source, opts);
    if (!inspected.ok) throw new Error(JSON.stringify(inspected.errors));
    const { sink, files } = memorySink();
    await unpackH5pContent(source, inspected, sink);
    const clean = strFromU8(files['content/images/a.svg']!);
    expect(clean).toContain('<circle r="4"/>');
    expect(clean).not.toMatch(/script|onload/);
    expect(await inspectH5pPackage(source, { ...opts, maxSvgBytes: 10 })).toMatchObject({
      ok: false,
      errors: [{ code: 'H5P_TOO_LARGE' }],
    });
  });
});
