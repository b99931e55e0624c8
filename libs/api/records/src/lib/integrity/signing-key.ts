import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { keyIdOf } from './checkpoint';
import { writeOnce } from './write-once';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
}

export interface SigningKeySource {
  /** EVIDENCE_SIGNING_KEY: the PKCS#8 PEM itself (line breaks may be written as \n). */
  secret?: string;
  /** EVIDENCE_SIGNING_KEY_FILE: a PKCS#8 PEM file. */
  file?: string;
  /** Neither set (development, tests): this file, made on first start. */
  generateAt: string;
}

/** Thrown for a key that is missing, unreadable or not Ed25519: the API does not start with it. */
export class SigningKeyError extends Error {}

/**
 * The Ed25519 key that signs evidence checkpoints. It lives outside the database: a secret in the environment, a
 * file (a mounted secret), or — when neither is set — a file generated once in the storage folder.
 */
export async function loadSigningKey(source: SigningKeySource): Promise<{ key: SigningKey; generated: boolean }> {
  if (source.secret && source.file)
    throw new SigningKeyError('Set EVIDENCE_SIGNING_KEY or EVIDENCE_SIGNING_KEY_FILE, not both.');
  if (source.secret)
    return { key: parse(source.secret.replace(/\\n/g, '\n'), 'EVIDENCE_SIGNING_KEY'), generated: false };
  if (source.file) return { key: parse(await readKeyFile(source.file), source.file), generated: false };
  const kept = await readFile(source.generateAt, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw new SigningKeyError(`The evidence signing key ${source.generateAt} cannot be read (${err.message}).`);
  });
  if (kept !== null) return { key: parse(kept, source.generateAt), generated: false };
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  // Two API processes starting together: the first file written wins, and both read it.
  const generated = await writeOnce(source.generateAt, pem, 0o400);
  return { key: parse(await readKeyFile(source.generateAt), source.generateAt), generated };
}

async function readKeyFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new SigningKeyError(`The evidence signing key ${path} cannot be read (${(err as Error).message}).`);
  }
}

function parse(pem: string, where: string): SigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new SigningKeyError(`${where} is not a PKCS#8 PEM private key.`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new SigningKeyError(`${where} must be an Ed25519 key, not ${privateKey.asymmetricKeyType}.`);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}
