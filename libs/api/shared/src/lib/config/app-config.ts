import type { Settings } from './settings';

/**
 * The API's settings, typed and read once at start-up: inject `AppConfig` and read `config.PORT`, never the
 * environment. The interface gives the fields (from the zod schema), the class gives Nest a token to inject by.
 */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type,
   @typescript-eslint/no-empty-interface -- the class declares nothing, so nothing merged can be left uninitialised */
export interface AppConfig extends Readonly<Settings> {}
export abstract class AppConfig {}
/* eslint-enable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type,
   @typescript-eslint/no-empty-interface */
