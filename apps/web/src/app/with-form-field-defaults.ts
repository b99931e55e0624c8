import { Route } from '@angular/router';
import { firstValueFrom, isObservable } from 'rxjs';

/**
 * Gives the lazily loaded features Material's form-field defaults (form-field-defaults.ts) without putting
 * Material's form field and the CDK's a11y (~95 KB raw) in the first download of every page: each feature's routes
 * and the defaults load side by side, in the same round trip. The paths in `without` (pages with no form field,
 * such as the landing pages) load without them.
 */
export function withFormFieldDefaults(routes: Route[], without: readonly string[]): Route[] {
  return routes.map((route) => {
    const load = route.loadChildren;
    if (!load || without.includes(route.path ?? '')) return route;
    return {
      ...route,
      loadChildren: async () => {
        const [result, defaults] = await Promise.all([load(), import('./form-field-defaults')]);
        const loaded = isObservable(result) ? await firstValueFrom(result) : result;
        return Array.isArray(loaded) ? defaults.underFormFieldDefaults(loaded) : loaded;
      },
    };
  });
}
