import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, randomUUID } from 'node:crypto';
import { chmod, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, JWK } from 'jose';

export interface IssuerKey {
  privateKey: KeyObject;
  /** The public half as a JWK, with `kid` (its RFC 7638 thumbprint), `alg` and `use`: what the JWKS publishes. */
  publicJwk: JWK & { kid: string };
}

export interface IssuerKeySource {
  /** CREDENTIAL_SIGNING_KEY: the PKCS#8 PEM itself (line breaks may be written as \n). */
  secret?: string;
  /** CREDENTIAL_SIGNING_KEY_FILE: a PKCS#8 PEM file. */
  file?: string;
  /** Neither set (development, tests): this file, made on first start. */
  generateAt: string;
}

/** A key that is missing, unreadable or not Ed25519: the API does not start with it. */
export class IssuerKeyError extends Error {}

/**
 * The Ed25519 key that signs certificates as credentials. Kept apart from the evidence checkpoints' key
 * (docs/adr/0013) so that either can be replaced, or handed to another office, without the other.
 */
export async function loadIssuerKey(source: IssuerKeySource): Promise<{ key: IssuerKey; generated: boolean }> {
  if (source.secret && source.file)
    throw new IssuerKeyError('Set CREDENTIAL_SIGNING_KEY or CREDENTIAL_SIGNING_KEY_FILE, not both.');
  if (source.secret)
    return { key: await parse(source.secret.replace(/\\n/g, '\n'), 'CREDENTIAL_SIGNING_KEY'), generated: false };
  if (source.file) return { key: await parse(await read(source.file), source.file), generated: false };
  const kept = await readFile(source.generateAt, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw new IssuerKeyError(`The credential signing key ${source.generateAt} cannot be read (${err.message}).`);
  });
  if (kept !== null) return { key: await parse(kept, source.generateAt), generated: false };
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const generated = await writeOnce(source.generateAt, pem);
  return { key: await parse(await read(source.generateAt), source.generateAt), generated };
}

/** Two API processes starting together: the first file linked into place wins, and both read it. */
export async function writeOnce(path: string, content: string): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temp = join(dirname(path), `.${randomUUID()}.tmp`);
  await writeFile(temp, content, { mode: 0o600, flag: 'wx' });
  try {
    await chmod(temp, 0o400);
    await link(temp, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    await unlink(temp);
  }
}

async function read(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new IssuerKeyError(`The credential signing key ${path} cannot be read (${(err as Error).message}).`);
  }
}

async function parse(pem: string, where: string): Promise<IssuerKey> {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new IssuerKeyError(`${where} is not a PKCS#8 PEM private key.`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new IssuerKeyError(`${where} must be an Ed25519 key, not ${privateKey.asymmetricKeyType}.`);
  const jwk = await exportJWK(createPublicKey(privateKey));
  const kid = await calculateJwkThumbprint(jwk);
  return { privateKey, publicJwk: { ...jwk, kid, alg: 'EdDSA', use: 'sig' } };
}
