import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { CourseDetail } from '@lc/shared-contracts';
import { H5pService } from '@lc/api-catalog';
import { CITY, draftCourse, materials } from './testing/fixtures';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';
import { h5pStorageDir, TEST_MANIFEST, validPackage, validPackageWith } from './testing/h5p-uploads';
import { buildZip, deflatedZeros, stored } from './testing/zip-builder';

const MB = 1024 * 1024;
/**
 * Hostile uploads (issue 7 §4): each is refused or accepted with the server's memory bounded, and none leaves a
 * file behind. Memory is the resident size of this process, which runs the API, sampled while the request runs.
 */
describe('uploads bounded by the work they cost (HTTP, PostgreSQL, disk)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let trainer: TestUser;
  let course: CourseDetail;
  const files = mkdtempSync(join(tmpdir(), 'lc-uploads-'));
  const storage = h5pStorageDir();

  /** What other suites left before this one (an editor preview has a folder and no row, on purpose). */
  let before: Set<string>;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    ({ trainer, course } = await draftCourse(app));
    before = new Set(await allLeftovers());
  });
  afterAll(async () => {
    rmSync(files, { recursive: true, force: true });
    await app.close();
  });

  const fileOf = (bytes: Uint8Array, name = `${randomUUID()}.h5p`) => {
    const path = join(files, name);
    writeFileSync(path, bytes);
    return path;
  };
  const upload = (path: string, who = trainer, courseId = course.id) =>
    http
      .post(`/api/courses/${courseId}/materials/h5p`)
      .set(bearer(who))
      .field('title', 'Gói thử')
      .attach('file', path, 'goi.h5p');

  /** Runs `work` and reports by how much this process's resident memory grew at its peak meanwhile. */
  async function rssGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
    const base = process.memoryUsage.rss();
    let peak = base;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 2);
    try {
      const result = await work();
      peak = Math.max(peak, process.memoryUsage.rss());
      return { result, growthMb: (peak - base) / MB };
    } finally {
      clearInterval(timer);
    }
  }

  /** Package folders without a row, staged folders and incoming files that this suite's uploads left. */
  async function leftovers(): Promise<string[]> {
    return (await allLeftovers()).filter((path) => !before.has(path));
  }

  /** Package folders without a row, staged folders and incoming files: what failed uploads would leave. */
  async function allLeftovers(): Promise<string[]> {
    const ids = readdirSync(storage).filter((f) => !f.startsWith('.'));
    const rows: { id: string }[] = ids.length
      ? await app.get(DataSource).query(`SELECT id::text FROM h5p_package WHERE id::text = ANY($1)`, [ids])
      : [];
    const staged = (dir: string) => (existsSync(join(storage, dir)) ? readdirSync(join(storage, dir)) : []);
    return [
      ...ids.filter((id) => !rows.some((r) => r.id === id)),
      ...staged('.staging').map((f) => `.staging/${f}`),
      ...staged('.incoming').map((f) => `.incoming/${f}`),
    ];
  }

  const cases: [string, () => Buffer, string][] = [
    [
      'a ratio bomb: one file that unpacks to 190 MiB',
      () => validPackage(deflatedZeros('content/big.txt', 190 * MB)),
      'H5P_TOO_LARGE',
    ],
    [
      'a lying bomb: declares 1 KB, inflates to 190 MiB',
      () => validPackage({ ...deflatedZeros('content/big.txt', 190 * MB), size: 1024 }),
      'H5P_TOO_LARGE',
    ],
    [
      'a content.json that unpacks to 190 MiB',
      () => buildZip([stored('h5p.json', TEST_MANIFEST), deflatedZeros('content/content.json', 190 * MB)]),
      'H5P_TOO_LARGE',
    ],
    [
      '200,000 tiny files',
      () => validPackageWith(Array.from({ length: 200_000 }, (_, i) => stored(`content/f${i}.txt`, 'x'))),
      'H5P_TOO_MANY_FILES',
    ],
    ['a path 40 folders deep', () => validPackage(stored(`content/${'d/'.repeat(40)}x.txt`, 'x')), 'H5P_PATH_INVALID'],
    ['a 300-character name', () => validPackage(stored(`content/${'a'.repeat(300)}.txt`, 'x')), 'H5P_PATH_INVALID'],
    [
      'the same name twice',
      () => validPackage(stored('content/a.txt', 'x'), stored('content/a.txt', 'y')),
      'H5P_PATH_INVALID',
    ],
    [
      'names differing only in case',
      () => validPackage(stored('content/A.txt', 'x'), stored('content/a.txt', 'y')),
      'H5P_PATH_INVALID',
    ],
    [
      'a file that is also a folder',
      () => validPackage(stored('content/a', 'x'), stored('content/a/b.txt', 'y')),
      'H5P_PATH_INVALID',
    ],
    ['a path that escapes', () => validPackage(stored('content/../../evil.txt', 'x')), 'H5P_PATH_ESCAPE'],
  ];

  it.each(cases)('refuses %s with 422, memory bounded, nothing left', async (_label, build, code) => {
    const path = fileOf(build());
    const before = materials((await http.get(`/api/courses/${course.id}`).set(bearer(trainer))).body).length;
    const { result, growthMb } = await rssGrowth(() => upload(path));
    expect({ status: result.status, code: result.body.code }).toEqual({ status: 422, code });
    expect(result.body.message).toEqual(expect.any(String));
    expect(growthMb).toBeLessThan(100);
    const after = materials((await http.get(`/api/courses/${course.id}`).set(bearer(trainer))).body).length;
    expect(after).toBe(before);
    expect(await leftovers()).toEqual([]);
  });

  it('accepts a 45 MiB file packed into 45 KB, streaming it to disk with memory bounded', async () => {
    const path = fileOf(validPackage(deflatedZeros('content/video.mp4', 45 * MB)));
    const { result, growthMb } = await rssGrowth(() => upload(path));
    expect(result.status).toBe(201);
    expect(growthMb).toBeLessThan(100);
    const [{ stored_bytes }] = await app
      .get(DataSource)
      .query(`SELECT stored_bytes::int FROM h5p_package WHERE uploaded_by = $1 ORDER BY created_at DESC LIMIT 1`, [
        trainer.id,
      ]);
    expect(stored_bytes).toBeGreaterThan(45 * MB);
    expect(await leftovers()).toEqual([]);
  });

  it('stores 50 identical uploads sent at once as one package used by 50 materials', async () => {
    const { trainer: author, course: target } = await draftCourse(app);
    const path = fileOf(validPackage(stored('content/unique.txt', randomUUID())));
    const results = await Promise.all(Array.from({ length: 50 }, () => upload(path, author, target.id)));
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const detail: CourseDetail = (await http.get(`/api/courses/${target.id}`).set(bearer(author))).body;
    const list = materials(detail);
    expect(list).toHaveLength(50);
    expect(new Set(list.map((m) => m.position)).size).toBe(50);
    expect(new Set(list.map((m) => m.h5p?.packageId)).size).toBe(1);
    expect(readdirSync(join(storage, list[0]?.h5p?.packageId ?? ''))).toEqual(['content', 'h5p.json']);
    expect(await leftovers()).toEqual([]);
  });

  it("refuses an upload over the trainer's quota, and of two at once with room for one, takes exactly one", async () => {
    const author = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
    const { course: target } = await draftCourse(app, author);
    const quota = 1024 * MB;
    const db = app.get(DataSource);
    const fill = async (bytes: number) =>
      db.query(
        `INSERT INTO h5p_package (title, main_library, manifest, bundled_libraries, size_bytes, stored_bytes, uploaded_by)
         VALUES ('chỗ đã dùng', 'H5P.LcReadingPage', '{}', '{}', 0, $1, $2)`,
        [bytes, author.id],
      );
    const one = fileOf(validPackage(stored('content/one.txt', 'a'.repeat(200_000))));
    const two = fileOf(validPackage(stored('content/two.txt', 'b'.repeat(200_000))));
    // Room for one package of about 200 KB, not for two.
    await fill(quota - 300_000);
    const results = await Promise.all([upload(one, author, target.id), upload(two, author, target.id)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 422]);
    const refused = results.find((r) => r.status === 422);
    expect(refused?.body.code).toBe('H5P_QUOTA_EXCEEDED');
    expect(refused?.body.message).toMatch(/Dung lượng/);
    // An identical file already stored costs nothing, so it is still accepted.
    const again = results.find((r) => r.status === 201) === results[0] ? one : two;
    expect((await upload(again, author, target.id)).status).toBe(201);
    expect(await leftovers()).toEqual([]);
  });

  it('sweeps at start-up what crashed uploads left, once old enough, and keeps live packages', async () => {
    const old = new Date(Date.now() - 2 * 3600 * 1000);
    const orphan = join(storage, randomUUID());
    const staged = join(storage, '.staging', randomUUID());
    const incoming = join(storage, '.incoming', 'abandoned');
    const fresh = join(storage, randomUUID());
    for (const dir of [orphan, staged, fresh]) mkdirSync(join(dir, 'content'), { recursive: true });
    mkdirSync(join(storage, '.incoming'), { recursive: true });
    writeFileSync(incoming, 'partial upload');
    for (const path of [orphan, staged, incoming]) utimesSync(path, old, old);
    // Every package with a row is made old too: the sweep must keep them whatever their age.
    const ids = readdirSync(storage).filter((f) => !f.startsWith('.'));
    const live: { id: string }[] = await app
      .get(DataSource)
      .query(`SELECT id::text FROM h5p_package WHERE id::text = ANY($1)`, [ids]);
    for (const { id } of live) utimesSync(join(storage, id), old, old);

    const removed = await app.get(H5pService).sweepOrphans();

    expect(removed.sort()).toEqual([incoming, orphan, staged].sort());
    expect(existsSync(fresh)).toBe(true);
    rmSync(fresh, { recursive: true });
    expect(await leftovers()).toEqual([]);
  });
});
