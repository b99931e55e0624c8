import type { H5pLibraryUsage, H5pPlannedLibrary } from '@lc/shared-contracts';

/** "1,2 MB", "850 KB", "12 B", with the language's decimal mark. */
export function formatBytes(bytes: number, lang: 'vi' | 'en'): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** "1.2.3", the version as H5P writes it. */
export const versionText = (lib: { majorVersion: number; minorVersion: number; patchVersion: number }) =>
  `${lib.majorVersion}.${lib.minorVersion}.${lib.patchVersion}`;

/** The translation key and values that say what an install does to one library. */
export function actionText(lib: H5pPlannedLibrary): { key: string; values: Record<string, string> } {
  const from = lib.installedPatch === null ? '' : `${lib.majorVersion}.${lib.minorVersion}.${lib.installedPatch}`;
  return { key: `catalog.libraries.action.${lib.action}`, values: { from, to: versionText(lib) } };
}

/** The translation key and values that say who relies on a library, or that nothing does. */
export function usageText(usage: H5pLibraryUsage): { key: string; values: Record<string, string | number> } {
  if (!usage.packages && !usage.libraries.length) return { key: 'catalog.libraries.unused', values: {} };
  return {
    key: 'catalog.libraries.usedBy',
    values: {
      packages: usage.packages,
      libraries: usage.libraries.length ? usage.libraries.join(', ') : '—',
      courses: usage.courses.length ? usage.courses.join('; ') : '—',
    },
  };
}
