import { EntityManager } from 'typeorm';
import type { H5pLibraryUsage } from '@lc/shared-contracts';
import { dependentLibraries, H5pDependency, InstalledLibrary, libraryId } from '@lc/api-h5p-package';

/** The distinct dependency lists of stored packages, with how many packages have each: few, whatever the count. */
export async function packageDependencies(manager: EntityManager): Promise<{ deps: string[]; n: number }[]> {
  const rows: { deps: H5pDependency[] | null; n: number }[] = await manager.query(
    `SELECT manifest->'preloadedDependencies' AS deps, count(*)::int AS n FROM h5p_package GROUP BY 1`,
  );
  return rows.map((row) => ({ deps: (row.deps ?? []).map(libraryId), n: row.n }));
}

/**
 * Who relies on a library: the installed libraries that need it (through others too), and the packages that name it
 * or one of those; content names only its direct dependencies.
 */
export async function usageOf(
  manager: EntityManager,
  library: string,
  installed: InstalledLibrary[],
  packages: { deps: string[]; n: number }[],
): Promise<H5pLibraryUsage> {
  const libraries = dependentLibraries(library, installed);
  const reach = new Set([library, ...libraries]);
  const count = packages.filter((p) => p.deps.some((dep) => reach.has(dep))).reduce((sum, p) => sum + p.n, 0);
  const courses: { title: string }[] = count
    ? await manager.query(
        `SELECT DISTINCT c.title->>'vi' AS title FROM course c
           JOIN course_module cm ON cm.course_id = c.id
           JOIN material m ON m.module_id = cm.id
           JOIN h5p_package p ON p.id = m.h5p_package_id
          WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(p.manifest->'preloadedDependencies') d
                         WHERE concat(d->>'machineName', '-', d->>'majorVersion', '.', d->>'minorVersion') = ANY($1))
          ORDER BY 1 LIMIT 5`,
        [[...reach]],
      )
    : [];
  return { libraries, packages: count, courses: courses.map((c) => c.title) };
}
