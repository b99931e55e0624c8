import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, utimesSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiskPackageStorage, safeJoin } from './package-storage';

describe('safeJoin', () => {
  it('keeps paths inside the root', () => {
    expect(safeJoin('/srv/p', 'content/a.json')).toBe('/srv/p/content/a.json');
  });
  it.each(['../etc/passwd', 'content/../../x', '/../../x'])('refuses %s', (p) => {
    expect(safeJoin('/srv/p', p)).toBeNull();
  });
});

describe(DiskPackageStorage.name, () => {
  const write = async (sut: DiskPackageStorage, files: Record<string, string>) => {
    const staged = await sut.stage();
    for (const [path, text] of Object.entries(files)) {
      const file = await staged.file(path);
      await file.write(new TextEncoder().encode(text));
      await file.end();
    }
    return staged;
  };

  it('shows staged files only once committed, and finds nothing outside a package', async () => {
    const root = await mkdtemp(join(tmpdir(), 'lc-h5p-'));
    const sut = new DiskPackageStorage(root);
    const id = randomUUID();
    const staged = await write(sut, { 'h5p.json': '{}', 'content/content.json': '{}' });
    expect(await sut.locate(id, 'h5p.json')).toBeNull();

    await staged.commit(id);
    await staged.discard();

    expect(await sut.locate(id, 'content/content.json')).toMatch(new RegExp(`${id}/content/content\\.json$`));
    expect(await sut.locate(id, 'missing.json')).toBeNull();
    expect(await sut.locate(id, `../${id}/h5p.json`)).toBeNull();
    expect(await sut.locate('../x', 'h5p.json')).toBeNull();
    expect(await sut.locate(id, '')).toBeNull();
    expect(readdirSync(join(root, '.staging'))).toEqual([]);
  });

  it('discards a staged package without a trace, and refuses paths that leave it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'lc-h5p-'));
    const sut = new DiskPackageStorage(root);
    const staged = await write(sut, { 'content/a.txt': 'a' });
    await expect(staged.file('../escape.txt')).rejects.toThrow(/escapes/);
    await expect(staged.file('content/a.txt')).rejects.toThrow(/EEXIST/);

    await staged.discard();

    expect(readdirSync(join(root, '.staging'))).toEqual([]);
  });

  it('sweeps old leftovers and unknown package folders, but not young ones or known ones', async () => {
    const root = await mkdtemp(join(tmpdir(), 'lc-h5p-'));
    const sut = new DiskPackageStorage(root);
    const old = new Date(Date.now() - 7_200_000);
    const [known, unknown, young] = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of [known, unknown, young]) mkdirSync(join(root, id));
    const staged = join(root, '.staging', 'x');
    mkdirSync(staged, { recursive: true });
    for (const path of [join(root, known), join(root, unknown), staged]) utimesSync(path, old, old);

    const removed = await sut.sweep(async (ids) => new Set(ids.filter((id) => id === known)), 3_600_000);

    expect(removed.sort()).toEqual([join(root, unknown), staged].sort());
    expect([known, unknown, young].map((id) => existsSync(join(root, id)))).toEqual([true, false, true]);
  });
});
