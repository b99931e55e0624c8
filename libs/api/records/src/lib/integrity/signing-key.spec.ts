import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSigningKey, SigningKeyError } from './signing-key';

describe(loadSigningKey.name, () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'signing-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const pem = (type: 'ed25519' | 'rsa') =>
    (type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ed25519')).privateKey
      .export({ type: 'pkcs8', format: 'pem' })
      .toString();

  it('generates a key once in the storage folder, owner-read-only, and keeps using it', async () => {
    const generateAt = join(dir, 'evidence', 'signing-key.pem');
    const first = await loadSigningKey({ generateAt });
    const again = await loadSigningKey({ generateAt });
    expect(first.generated).toBe(true);
    expect(again.generated).toBe(false);
    expect(again.key.keyId).toBe(first.key.keyId);
    expect(statSync(generateAt).mode & 0o777).toBe(0o400);
  });

  it('takes the key from a secret, line breaks written as \\n', async () => {
    const secret = pem('ed25519').trim().replace(/\n/g, '\\n');
    const { key, generated } = await loadSigningKey({ secret, generateAt: join(dir, 'unused.pem') });
    expect(generated).toBe(false);
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('refuses a key that is not Ed25519, both settings at once, and a missing file', async () => {
    const generateAt = join(dir, 'unused.pem');
    await expect(loadSigningKey({ secret: pem('rsa'), generateAt })).rejects.toThrow(/Ed25519/);
    await expect(loadSigningKey({ secret: 'x', file: 'y', generateAt })).rejects.toThrow(SigningKeyError);
    await expect(loadSigningKey({ file: join(dir, 'none.pem'), generateAt })).rejects.toThrow(/cannot be read/);
    await expect(loadSigningKey({ secret: 'not a key', generateAt })).rejects.toThrow(/PKCS#8/);
  });
});
