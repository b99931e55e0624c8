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
  it('stores files and finds them again, and nothing outside', async () => {
    const sut = new DiskPackageStorage(await mkdtemp(join(tmpdir(), 'lc-h5p-')));
    await sut.save('p1', {
      'h5p.json': new TextEncoder().encode('{}'),
      'content/content.json': new Uint8Array([123, 125]),
    });
    expect(await sut.locate('p1', 'content/content.json')).toMatch(/p1\/content\/content\.json$/);
    expect(await sut.locate('p1', 'missing.json')).toBeNull();
    expect(await sut.locate('p1', '../p1/h5p.json')).toBeNull();
    expect(await sut.locate('../x', 'h5p.json')).toBeNull();
  });
});
