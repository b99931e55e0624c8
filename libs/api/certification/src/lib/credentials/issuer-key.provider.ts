import { Logger, Provider } from '@nestjs/common';
import { resolve } from 'node:path';
import { loadIssuerKey } from './issuer-key';
import { IssuerKeys, publishedKeys } from './published-keys';
import { AppConfig } from '@lc/api-shared';

/** Injection token of the credentials' Ed25519 issuer key and the public keys published with it (`IssuerKeys`). */
export const CREDENTIAL_ISSUER_KEY = Symbol('CREDENTIAL_ISSUER_KEY');

export const issuerKeyProvider: Provider = {
  provide: CREDENTIAL_ISSUER_KEY,
  inject: [AppConfig],
  useFactory: async (config: AppConfig): Promise<IssuerKeys> => {
    const folder = resolve(config.STORAGE_DIR, 'credentials');
    const generateAt = resolve(folder, 'issuer-key.pem');
    const { key, generated } = await loadIssuerKey({
      secret: config.CREDENTIAL_SIGNING_KEY || undefined,
      file: config.CREDENTIAL_SIGNING_KEY_FILE || undefined,
      generateAt,
    });
    if (generated)
      new Logger('Credentials').warn(
        `Generated a credential issuer key (${key.publicJwk.kid}) in ${generateAt}. ` +
          'Outside development, set CREDENTIAL_SIGNING_KEY_FILE to a key kept apart from the storage folder.',
      );
    return { ...key, published: await publishedKeys(resolve(folder, 'published-keys'), key.publicJwk) };
  },
};
