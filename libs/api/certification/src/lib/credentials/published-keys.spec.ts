import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IssuerKeyError, loadIssuerKey } from './issuer-key';
import { publishedKeys } from './published-keys';

const newKey = async () => {
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return (await loadIssuerKey({ secret: pem, generateAt: '/nonexistent' })).key.publicJwk;
};

describe('publishedKeys', () => {
  it('keeps publishing every key signed with, the current one first', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'keys-')), 'published');
    const [first, second] = [await newKey(), await newKey()];
    expect(await publishedKeys(dir, first)).toEqual([first]);
    expect((await publishedKeys(dir, second)).map((k) => k.kid)).toEqual([second.kid, first.kid]);
    expect((await publishedKeys(dir, first)).map((k) => k.kid)).toEqual([first.kid, second.kid]);
    // A leaked key is withdrawn by deleting its file.
    await unlink(join(dir, `${second.kid}.json`));
    expect((await publishedKeys(dir, first)).map((k) => k.kid)).toEqual([first.kid]);
  });

  it('refuses a file that is not a public Ed25519 key named by its thumbprint', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'keys-'));
    const [current, other] = [await newKey(), await newKey()];
    await writeFile(join(dir, 'forged.json'), JSON.stringify({ ...other, kid: current.kid }));
    await expect(publishedKeys(dir, current)).rejects.toThrow(IssuerKeyError);
    await writeFile(join(dir, 'forged.json'), JSON.stringify({ ...other, d: 'secret' }));
    await expect(publishedKeys(dir, current)).rejects.toThrow(/not an Ed25519 public key/);
  });
});
