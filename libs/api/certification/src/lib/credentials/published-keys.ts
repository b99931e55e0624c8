import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, JWK } from 'jose';
import { IssuerKey, IssuerKeyError, writeOnce } from './issuer-key';

export type PublicJwk = JWK & { kid: string };

/** The signing key, and every public key the JWKS publishes (docs/adr/0014). */
export interface IssuerKeys extends IssuerKey {
  published: PublicJwk[];
}

/**
 * The issuer's public keys, the current one first. Each key the API has signed with is recorded once in `dir`
 * (`<kid>.json`, write-once), so that after a rotation the JWKS still publishes the previous keys and a credential
 * signed before it still verifies. Taking a key out of the JWKS (a key that leaked) is deleting its file.
 * A file is published only if it is an Ed25519 public key whose thumbprint is its `kid`: a stray or edited file
 * stops the start rather than vouching for credentials.
 */
export async function publishedKeys(dir: string, current: PublicJwk): Promise<PublicJwk[]> {
  await writeOnce(join(dir, `${current.kid}.json`), `${JSON.stringify(current)}\n`);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const keys = await Promise.all(files.map((f) => readPublicKey(join(dir, f))));
  return [current, ...keys.filter((k) => k.kid !== current.kid)];
}

async function readPublicKey(path: string): Promise<PublicJwk> {
  let jwk: PublicJwk;
  try {
    jwk = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new IssuerKeyError(`The published issuer key ${path} cannot be read (${(err as Error).message}).`);
  }
  const ok =
    jwk.kty === 'OKP' &&
    jwk.crv === 'Ed25519' &&
    typeof jwk.x === 'string' &&
    jwk.d === undefined &&
    jwk.kid === (await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: jwk.x }));
  if (!ok) throw new IssuerKeyError(`${path} is not an Ed25519 public key named by its thumbprint.`);
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid: jwk.kid, alg: 'EdDSA', use: 'sig' };
}
