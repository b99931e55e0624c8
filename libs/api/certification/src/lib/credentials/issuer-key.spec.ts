import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IssuerKeyError, loadIssuerKey } from './issuer-key';

describe('loadIssuerKey', () => {
  it('generates a key once, read-only, and loads the same key afterwards', async () => {
    const generateAt = join(await mkdtemp(join(tmpdir(), 'issuer-')), 'credentials', 'issuer-key.pem');
    const first = await loadIssuerKey({ generateAt });
    const second = await loadIssuerKey({ generateAt });
    expect(first.generated).toBe(true);
    expect(second.generated).toBe(false);
    expect(second.key.publicJwk).toEqual(first.key.publicJwk);
    expect(first.key.publicJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(first.key.publicJwk).not.toHaveProperty('d');
    expect((await stat(generateAt)).mode & 0o777).toBe(0o400);
  });

  it('takes a PEM from the environment, with \\n for line breaks', async () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const { key } = await loadIssuerKey({ secret: pem.replace(/\n/g, '\\n'), generateAt: '/nonexistent' });
    expect(key.publicJwk.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a key that is not Ed25519, and both settings at once', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    await expect(loadIssuerKey({ secret: rsa, generateAt: '/nonexistent' })).rejects.toThrow(IssuerKeyError);
    await expect(loadIssuerKey({ secret: 'x', file: 'y', generateAt: '/nonexistent' })).rejects.toThrow('not both');
  });
});
