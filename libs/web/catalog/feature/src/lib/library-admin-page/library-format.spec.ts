import type { H5pPlannedLibrary } from '@lc/shared-contracts';
import { actionText, formatBytes, usageText } from './library-format';

describe(formatBytes.name, () => {
  it('picks a unit and the language decimal mark', () => {
    expect(formatBytes(12, 'en')).toBe('12 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(1536, 'vi')).toBe('1,5 KB');
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5 MB');
  });
});

describe(actionText.name, () => {
  it('names the versions of an upgrade', () => {
    const lib = { action: 'upgrade', majorVersion: 1, minorVersion: 2, patchVersion: 4, installedPatch: 3 };
    expect(actionText(lib as H5pPlannedLibrary)).toEqual({
      key: 'catalog.libraries.action.upgrade',
      values: { from: '1.2.3', to: '1.2.4' },
    });
  });
});

describe(usageText.name, () => {
  it('says when nothing uses a library', () => {
    expect(usageText({ libraries: [], packages: 0, courses: [] }).key).toBe('catalog.libraries.unused');
    expect(usageText({ libraries: ['H5P.A-1.1'], packages: 2, courses: ['Khoá A'] }).values).toEqual({
      packages: 2,
      libraries: 'H5P.A-1.1',
      courses: 'Khoá A',
    });
  });
});
