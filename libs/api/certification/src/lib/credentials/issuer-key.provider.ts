import { Logger, Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { resolve } from 'node:path';
import { IssuerKey, loadIssuerKey } from './issuer-key';

/** Injection token of the credentials' Ed25519 issuer key (`IssuerKey`). */
export const CREDENTIAL_ISSUER_KEY = Symbol('CREDENTIAL_ISSUER_KEY');

export const issuerKeyProvider: Provider = {
  provide: CREDENTIAL_ISSUER_KEY,
  inject: [ConfigService],
  useFactory: async (config: ConfigService): Promise<IssuerKey> => {
    const generateAt = resolve(config.getOrThrow<string>('STORAGE_DIR'), 'credentials', 'issuer-key.pem');
    const { key, generated } = await loadIssuerKey({
      secret: config.get<string>('CREDENTIAL_SIGNING_KEY') || undefined,
      file: config.get<string>('CREDENTIAL_SIGNING_KEY_FILE') || undefined,
      generateAt,
    });
    if (generated)
      new Logger('Credentials').warn(
        `Generated a credential issuer key (${key.publicJwk.kid}) in ${generateAt}. ` +
          'Outside development, set CREDENTIAL_SIGNING_KEY_FILE to a key kept apart from the storage folder.',
      );
    return key;
  },
};
