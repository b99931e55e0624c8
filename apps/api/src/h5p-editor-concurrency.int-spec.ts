import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { H5pService } from '@lc/api-catalog';
import { draftCourse, materials } from './testing/fixtures';
import { quizSource, withSource } from './testing/editor-sources';
import { bearer, createTestApp } from './testing/test-app';

const N = 50;

/**
 * Editor saves at once (STACK.md: every write path is tested with ≥ 50 concurrent requests). Each save packs,
 * checks and stages a package outside any transaction, then takes the course's lock and the package hashes' locks
 * in one order: nothing hangs, deadlocks or numbers two materials alike, and no package is left without a material.
 */
describe('H5P editor under concurrent saves (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
  });
  afterAll(async () => {
    await app.get(H5pService).sweepOrphans(0);
    await app.close();
  });

  const packagesOf = async (userId: string): Promise<string[]> =>
    (await app.get(DataSource).query(`SELECT id FROM h5p_package WHERE uploaded_by = $1`, [userId])).map(
      (r: { id: string }) => r.id,
    );

  it(`adds ${N} materials saved at once to one draft, each once, numbered in turn`, async () => {
    const { trainer, course } = await draftCourse(app);
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        withSource(
          http.post(`/api/courses/${course.id}/editor/materials`).set(bearer(trainer)),
          quizSource(`Luyện tập ${i}`, i),
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(N).fill(201));
    const detail = (await http.get(`/api/courses/${course.id}`).set(bearer(trainer)).expect(200)).body;
    const saved = materials(detail);
    expect(saved.map((m) => m.position).sort((a, b) => a - b)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    expect(new Set(saved.map((m) => m.h5p!.packageId)).size).toBe(N);
    const list = await http.get(`/api/courses/${course.id}/editor/materials`).set(bearer(trainer)).expect(200);
    expect(list.body).toHaveLength(N);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it(`keeps one package for one material saved ${N} times at once, the others dropped`, async () => {
    const { trainer, course } = await draftCourse(app);
    const url = `/api/courses/${course.id}/editor/materials`;
    const first = await withSource(http.post(url).set(bearer(trainer)), quizSource('Bản đầu')).expect(201);
    const id = materials(first.body)[0]!.id;
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        withSource(http.put(`${url}/${id}`).set(bearer(trainer)), quizSource(`Bản sửa ${i % 10}`, i % 10)),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(N).fill(200));
    const detail = (await http.get(`/api/courses/${course.id}`).set(bearer(trainer)).expect(200)).body;
    const [material] = materials(detail);
    expect(materials(detail)).toHaveLength(1);
    // The last save to commit won, and every package it replaced is gone.
    expect(await packagesOf(trainer.id)).toEqual([material!.h5p!.packageId]);
    const source = await http.get(`${url}/${id}`).set(bearer(trainer)).expect(200);
    expect(source.body.params.title).toBe(material!.title.vi);
  });
});
