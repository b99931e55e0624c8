import type { InterpolationParameters, TranslateService } from '@ngx-translate/core';

/**
 * The words for `key` in the current language, typed `string`. `TranslateService.instant()` returns `any`: once a
 * translated string slipped into a signal typed for `UiMessage` that way and crashed rendering, so lint sends every
 * web feature and data-access call through here. A key that names a group of keys gives the key back, as a missing
 * key does, rather than an object.
 */
export function translateText(
  translate: Pick<TranslateService, 'instant'>,
  key: string,
  params?: InterpolationParameters,
): string {
  const text: unknown = translate.instant(key, params);
  return typeof text === 'string' ? text : key;
}
