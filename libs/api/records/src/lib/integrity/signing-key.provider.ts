import { Logger, Provider } from '@nestjs/common';
import { resolve } from 'node:path';
import { CheckpointStore, DiskCheckpointStore } from './checkpoint-store';
import { loadSigningKey, SigningKey } from './signing-key';
import { AppConfig } from '@lc/api-shared';

/** Injection token of the checkpoints' Ed25519 key (`SigningKey`). */
export const EVIDENCE_SIGNING_KEY = Symbol('EVIDENCE_SIGNING_KEY');

const evidenceDir = (config: AppConfig) => resolve(config.STORAGE_DIR, 'evidence');

export const integrityProviders: Provider[] = [
  {
    provide: EVIDENCE_SIGNING_KEY,
    inject: [AppConfig],
    useFactory: async (config: AppConfig): Promise<SigningKey> => {
      const generateAt = resolve(evidenceDir(config), 'signing-key.pem');
      const { key, generated } = await loadSigningKey({
        secret: config.EVIDENCE_SIGNING_KEY || undefined,
        file: config.EVIDENCE_SIGNING_KEY_FILE || undefined,
        generateAt,
      });
      if (generated)
        new Logger('EvidenceAnchor').warn(
          `Generated an evidence signing key (${key.keyId}) in ${generateAt}. ` +
            'Outside development, set EVIDENCE_SIGNING_KEY_FILE to a key kept apart from the storage folder.',
        );
      return key;
    },
  },
  {
    provide: CheckpointStore,
    inject: [AppConfig],
    useFactory: (config: AppConfig) => new DiskCheckpointStore(resolve(evidenceDir(config), 'checkpoints')),
  },
];
