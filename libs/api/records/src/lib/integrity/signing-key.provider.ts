import { Logger, Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { resolve } from 'node:path';
import { CheckpointStore, DiskCheckpointStore } from './checkpoint-store';
import { loadSigningKey, SigningKey } from './signing-key';

/** Injection token of the checkpoints' Ed25519 key (`SigningKey`). */
export const EVIDENCE_SIGNING_KEY = Symbol('EVIDENCE_SIGNING_KEY');

const evidenceDir = (config: ConfigService) => resolve(config.getOrThrow<string>('STORAGE_DIR'), 'evidence');

export const integrityProviders: Provider[] = [
  {
    provide: EVIDENCE_SIGNING_KEY,
    inject: [ConfigService],
    useFactory: async (config: ConfigService): Promise<SigningKey> => {
      const generateAt = resolve(evidenceDir(config), 'signing-key.pem');
      const { key, generated } = await loadSigningKey({
        secret: config.get<string>('EVIDENCE_SIGNING_KEY') || undefined,
        file: config.get<string>('EVIDENCE_SIGNING_KEY_FILE') || undefined,
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
    inject: [ConfigService],
    useFactory: (config: ConfigService) => new DiskCheckpointStore(resolve(evidenceDir(config), 'checkpoints')),
  },
];
