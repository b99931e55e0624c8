import type { InstalledLibrary } from './content-types';
import type { H5pLibraryJson } from './h5p-json';
import { actionFor, changesSomething, dependentLibraries, planLibraryInstall } from './library-install-plan';

const lib = (machineName: string, minor: number, patch: number, deps: [string, number][] = []): H5pLibraryJson => ({
  machineName,
  majorVersion: 1,
  minorVersion: minor,
  patchVersion: patch,
  title: machineName.replace('H5P.', ''),
  runnable: machineName === 'H5P.Main' ? 1 : 0,
  preloadedDependencies: deps.map(([name, m]) => ({ machineName: name, majorVersion: 1, minorVersion: m })),
});
const installed = (json: H5pLibraryJson): InstalledLibrary => ({
  machineName: json.machineName,
  majorVersion: json.majorVersion,
  minorVersion: json.minorVersion,
  patchVersion: Number(json['patchVersion']),
  title: String(json.title),
  runnable: json.runnable === 1,
  enabled: true,
  dependencies: json.preloadedDependencies ?? [],
});
const candidate = (json: H5pLibraryJson) => ({ library: json, files: [{ path: 'library.json', bytes: 10 }] });

describe(actionFor.name, () => {
  it.each([
    [3, undefined, 'install'],
    [4, 3, 'upgrade'],
    [3, 3, 'unchanged'],
    [2, 3, 'older'],
  ] as const)('patch %s over installed %s: %s', (patch, current, action) => {
    expect(actionFor(patch, current)).toBe(action);
  });
});

describe(planLibraryInstall.name, () => {
  const present = [installed(lib('H5P.Main', 2, 3, [['H5P.Base', 1]])), installed(lib('H5P.Base', 1, 0))];

  it('upgrades a higher patch, installs a new minor beside the old one, leaves the rest', () => {
    const { libraries, problems } = planLibraryInstall(
      [
        candidate(lib('H5P.Main', 2, 4, [['H5P.Base', 1]])),
        candidate(lib('H5P.Main', 3, 0, [['H5P.Base', 1]])),
        candidate(lib('H5P.Base', 1, 0)),
      ],
      present,
    );
    expect(problems).toEqual([]);
    expect(libraries.map((l) => [l.id, l.action, l.installedPatch])).toEqual([
      ['H5P.Base-1.1', 'unchanged', 0],
      ['H5P.Main-1.2', 'upgrade', 3],
      ['H5P.Main-1.3', 'install', undefined],
    ]);
    expect(changesSomething(libraries)).toBe(true);
  });

  it('changes nothing for the same or an older patch', () => {
    const { libraries } = planLibraryInstall([candidate(lib('H5P.Main', 2, 1, [['H5P.Base', 1]]))], present);
    expect(libraries[0]?.action).toBe('older');
    expect(changesSomething(libraries)).toBe(false);
  });

  it('refuses a library whose dependency is neither installed nor in the package', () => {
    const { problems } = planLibraryInstall([candidate(lib('H5P.Main', 5, 0, [['H5P.Missing', 2]]))], present);
    expect(problems).toEqual([expect.objectContaining({ code: 'H5P_DEPENDENCY_MISSING', library: 'H5P.Missing-1.2' })]);
  });
});

describe(dependentLibraries.name, () => {
  it('finds the libraries that need one, through a chain', () => {
    const chain = [
      installed(lib('H5P.Main', 1, 0, [['H5P.Widget', 1]])),
      installed(lib('H5P.Widget', 1, 0, [['H5P.Base', 1]])),
      installed(lib('H5P.Base', 1, 0)),
      installed(lib('H5P.Other', 1, 0)),
    ];
    expect(dependentLibraries('H5P.Base-1.1', chain)).toEqual(['H5P.Main-1.1', 'H5P.Widget-1.1']);
    expect(dependentLibraries('H5P.Main-1.1', chain)).toEqual([]);
  });
});
