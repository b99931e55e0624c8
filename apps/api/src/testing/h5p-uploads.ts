import { resolve } from 'node:path';
import { loadConfig } from '../config/env';
import { buildZip, RawEntry, stored } from './zip-builder';

/** The manifest of a minimal package of our reading page, as a trainer's export would carry it. */
export const TEST_MANIFEST = JSON.stringify({
  title: 'Gói thử',
  language: 'vi',
  mainLibrary: 'H5P.LcReadingPage',
  embedTypes: ['iframe'],
  preloadedDependencies: [{ machineName: 'H5P.LcReadingPage', majorVersion: 1, minorVersion: 1 }],
});

/** A valid package with `extra` entries: a unique one makes a new package, a hostile one tests a refusal. */
export const validPackageWith = (extra: RawEntry[]) =>
  buildZip(
    [
      stored('h5p.json', TEST_MANIFEST),
      stored('content/content.json', JSON.stringify({ title: 'x', blocks: [] })),
    ].concat(extra),
  );
export const validPackage = (...extra: RawEntry[]) => validPackageWith(extra);

/** Where the API under test keeps the H5P packages' files. */
export const h5pStorageDir = () => resolve(loadConfig().STORAGE_DIR, 'h5p');
