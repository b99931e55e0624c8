/**
 * Packs a material source into a checked .h5p package.
 *   npx tsx tools/h5p/pack.ts <material-source.json> <out.h5p>
 * The source is { "title", "contentType": "H5P.LcReadingPage" | …, "lang"?, "params" }; files named in
 * params (image/file/audio) are read relative to the source's folder.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bytesZipSource, H5pPackageError, inspectH5pPackage, packMaterialSource } from '../../libs/api/h5p-package/src';

const LIBRARIES_DIR = join('content', 'h5p-libraries');

async function main(args: string[]): Promise<number> {
  const [source, out] = args;
  if (!source || !out) {
    console.error('usage: npx tsx tools/h5p/pack.ts <material-source.json> <out.h5p>');
    return 2;
  }
  const librariesDir = findLibrariesDir(process.cwd()) ?? findLibrariesDir(__dirname);
  if (!librariesDir) {
    console.error(`cannot find ${LIBRARIES_DIR} above ${process.cwd()}`);
    return 2;
  }
  try {
    const packed = packMaterialSource(resolve(source), librariesDir);
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(out, packed.bytes);
    const check = await inspectH5pPackage(bytesZipSource(packed.bytes), {
      maxBytes: Number.MAX_SAFE_INTEGER,
      maxUnpackedBytes: Number.MAX_SAFE_INTEGER,
      maxFiles: Number.MAX_SAFE_INTEGER,
      maxFileBytes: Number.MAX_SAFE_INTEGER,
      installedLibraries: [],
    });
    if (!check.ok) {
      throw new H5pPackageError(check.errors);
    }
    console.log(`${out}: ${packed.bytes.length} bytes, valid`);
    console.log(`  title:     ${check.manifest.title}`);
    console.log(`  library:   ${packed.library}`);
    console.log(`  bundled:   ${check.bundledLibraries.join(', ')}`);
    console.log(`  content:   ${['content.json', ...packed.contentFiles].join(', ')}`);
    console.log(`  stored:    ${check.contentEntries.length} files, ${check.contentBytes} bytes`);
    return 0;
  } catch (e) {
    if (e instanceof H5pPackageError) {
      console.error('the package would be rejected:');
      e.errors.forEach((error) => console.error(`  ${error.code}: ${error.message}`));
    } else {
      console.error((e as Error).message);
    }
    return 1;
  }
}

function findLibrariesDir(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, LIBRARIES_DIR))) {
      return join(dir, LIBRARIES_DIR);
    }
    if (dirname(dir) === dir) {
      return undefined;
    }
  }
}

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
