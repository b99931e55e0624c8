import { EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';

/** One feature's strings, in both languages. Keys are namespaced by the feature, e.g. `catalog.page.title`. */
export interface FeatureTranslations {
  vi: object;
  en: object;
}

/** Merges a feature's strings into the translation tables. Call in an injection context, or pass the service. */
export function registerTranslations(
  t: FeatureTranslations,
  translate: TranslateService = inject(TranslateService),
): void {
  translate.setTranslation('vi', t.vi as Record<string, never>, true);
  translate.setTranslation('en', t.en as Record<string, never>, true);
}

/** Put in a lazy route's `providers` so the feature's strings load with it. */
export function provideTranslations(t: FeatureTranslations): EnvironmentProviders {
  return provideEnvironmentInitializer(() => registerTranslations(t));
}
